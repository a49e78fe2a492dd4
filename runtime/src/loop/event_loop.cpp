// The event loop: a ready queue of handles and a heap of timers, run one
// iteration at a time exactly as CPython's BaseEventLoop._run_once, so that
// programs print in CPython's order. Time is the runtime's monotonic clock
// (virtual under PYCO2CPP_VIRTUAL_CLOCK=1: waiting for a timer then jumps
// the clock instead of sleeping).
#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "loop/loop.h"
#include "stdlib/clock.h"
#include "stdlib/mod_util.h"

namespace py {

namespace T {
TypeObj* event_loop;
TypeObj* handle;
TypeObj* timer_handle;
}  // namespace T

namespace {

EventLoopObj* the_running_loop = nullptr;  // one thread: at most one loop runs
Value the_current_loop;                    // set_event_loop()'s
bool current_loop_was_set = false;         // set_event_loop() was called: get_event_loop() makes none

// The timer heap is CPython's: heapq's algorithm, comparing deadlines only
// (TimerHandle.__lt__), so timers due at the same time (call_at with one
// `when`) run in the order CPython's heap gives them.
using Timer = EventLoopObj::Timer;
inline bool earlier(const Timer& a, const Timer& b) { return a.when < b.when; }

void sift_down(std::vector<Timer>& heap, size_t start, size_t pos) {
  Timer item = std::move(heap[pos]);
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    if (!earlier(item, heap[parent])) break;
    heap[pos] = std::move(heap[parent]);
    pos = parent;
  }
  heap[pos] = std::move(item);
}

void sift_up(std::vector<Timer>& heap, size_t pos) {
  size_t end = heap.size(), start = pos;
  Timer item = std::move(heap[pos]);
  size_t child = 2 * pos + 1;
  while (child < end) {
    size_t right = child + 1;
    if (right < end && !earlier(heap[child], heap[right])) child = right;
    heap[pos] = std::move(heap[child]);
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = std::move(item);
  sift_down(heap, start, pos);
}


Value pop_timer(EventLoopObj* loop) {
  auto& heap = loop->timers;
  Timer last = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return std::move(last.handle);
  Timer first = std::move(heap[0]);
  heap[0] = std::move(last);
  sift_up(heap, 0);
  return std::move(first.handle);
}

void heapify_timers(EventLoopObj* loop) {
  for (size_t i = loop->timers.size() / 2; i-- > 0;) sift_up(loop->timers, i);
}

// A heap entry: a TimerHandle or a waiting sleep's frame.
bool timer_cancelled(const Value& entry) {
  if (is_sleep_timer(entry)) [[likely]]
    return static_cast<SleepFrame*>(entry.obj())->timer_cancelled;
  return static_cast<HandleObj*>(entry.obj())->cancelled;
}
void timer_unscheduled(const Value& entry) {
  if (is_sleep_timer(entry)) [[likely]]
    static_cast<SleepFrame*>(entry.obj())->timer_scheduled = false;
  else
    static_cast<HandleObj*>(entry.obj())->scheduled = false;
}

EventLoopObj* self_loop(const Value& v) {
  if (!v.is_obj() || v.obj()->type != T::event_loop) raise(E::TypeError, "an event loop was expected");
  return static_cast<EventLoopObj*>(v.obj());
}

void check_closed(EventLoopObj* loop) {
  if (loop->closed) raise(E::RuntimeError, "Event loop is closed");
}

// ---------------------------------------------------------------- reprs

// format_helpers._format_callback_source: "f(1, 'a') at /abs/x.py:3".
}  // namespace

namespace {

// format_helpers._format_callback: the callable's name and its arguments
// (reprlib'd), a partial unwrapped into its function with its own
// arguments and keywords first, then `suffix` (the arguments of the call
// the partial is given).
std::string format_callback(const Value& callback, const std::vector<Value>& args, const Value& keywords,
                            const std::string& suffix) {
  std::string arguments = "(";
  for (size_t i = 0; i < args.size(); ++i) arguments += (i ? ", " : "") + reprlib_repr(args[i]);
  if (type_of(keywords) == T::dict) {
    bool first = args.empty();
    for (auto& e : keywords.as<DictObj>()->entries) {
      if (e.key.is_unbound()) continue;
      arguments += (first ? "" : ", ") + std::string(sv(str(e.key))) + "=" + reprlib_repr(e.value);
      first = false;
    }
  }
  arguments += ")";
  if (type_name(callback) == "functools.partial" || type_name(callback) == "partial") {
    Value func = getattr_or_unbound(callback, intern("func"));
    Value pargs = getattr_or_unbound(callback, intern("args"));
    if (func.is_bound() && type_of(pargs) == T::tuple)
      return format_callback(func, pargs.as<TupleObj>()->items, getattr_or_unbound(callback, intern("keywords")),
                             arguments + suffix);
  }
  Value qual = getattr_or_unbound(callback, intern("__qualname__"));
  std::string name;
  if (qual.is_bound() && type_of(qual) == T::str && !sv(qual).empty()) {
    name = sv(qual);
  } else {
    Value n = getattr_or_unbound(callback, intern("__name__"));
    name = n.is_bound() && type_of(n) == T::str && !sv(n).empty() ? std::string(sv(n)) : std::string(sv(repr(callback)));
  }
  return name + arguments + suffix;
}

// Where a callback's code is (only a plain function, or one inside partials, has one).
std::string function_source(const Value& callback) {
  if (type_of(callback) == T::function) {
    const CodeInfo* code = callback.as<FuncObj>()->code;
    if (code->source) return fmt::format(" at {}:{}", code->source->filename, code->firstline);
  }
  if (type_name(callback) == "functools.partial" || type_name(callback) == "partial") {
    Value func = getattr_or_unbound(callback, intern("func"));
    if (func.is_bound()) return function_source(func);
  }
  return "";
}

}  // namespace

std::string callback_source(const Value& callback, const std::vector<Value>& args) {
  return format_callback(callback, args, Value(), "") + function_source(callback);
}

namespace {

std::string native_callback_source(const HandleObj* h) {
  if (h->native_name) return h->native_name;
  if (is_task(h->owner)) return "Task.task_wakeup()";
  return "<native callback>()";
}

Value handle_repr(const Value& self) {
  auto* h = static_cast<HandleObj*>(self.obj());
  std::string out = h->is_timer ? "<TimerHandle" : "<Handle";
  if (h->cancelled) out += " cancelled";
  if (h->is_timer) out += " when=" + std::string(sv(repr(Value::from_float(h->when))));
  if (h->native)
    out += " " + native_callback_source(h);
  else if (h->callback.is_bound())
    out += " " + callback_source(h->callback, h->args);
  return make_str(out + ">");
}

Value loop_repr(const Value& self) {
  auto* l = self_loop(self);
  return make_str(fmt::format("<_UnixSelectorEventLoop running={} closed={} debug=False>",
                              l->running ? "True" : "False", l->closed ? "True" : "False"));
}

// ---------------------------------------------------------------- running

void run_handle(EventLoopObj* loop, HandleObj* h) {
  if (h->native) {
    h->native(h->owner, h->native_arg);
    return;
  }
  try {
    call(h->callback, h->args.data(), h->args.size());
  } catch (PyError& e) {
    if (isinstance_of(e.exc, E::SystemExit) || isinstance_of(e.exc, E::KeyboardInterrupt)) throw;
    Value handle = Value::borrow(h);
    call_exception_handler(loop, "Exception in callback " + callback_source(h->callback, h->args), e.exc,
                           {{"handle", handle}});
  }
}

// Nothing is ready, no timer is pending, and nothing else could wake the
// loop (it waits on no I/O, signals or threads): CPython would wait
// forever. Say so, and what every task waits at, and end with status 1.
[[noreturn]] void report_deadlock(EventLoopObj* loop) {
  flush_stdout();
  std::string out =
      "pyco2cpp: the event loop can never wake up: nothing is ready to run, no timer is pending, and "
      "nothing else can wake it (CPython would wait here forever)\n";
  for (const Value& task : all_tasks_of(loop))
    out += fmt::format("  {} waits at {}\n", std::string(sv(repr(task_name(static_cast<TaskObj*>(task.obj()))))),
                       format_coroutine(static_cast<TaskObj*>(task.obj())->coro));
  write_stderr(out);
  // As a fatal error ends: nothing is unwound or cleared (tasks are still
  // waiting), and no static destructor runs under live objects.
  ::_exit(1);
}

// One iteration: CPython's _run_once.
void run_once(EventLoopObj* loop) {
  // Cancelled timers at the head go; when most of the heap is cancelled, all of them.
  size_t scheduled = loop->timers.size();
  if (scheduled > 100 && double(loop->cancelled_timers) / double(scheduled) > 0.5) {
    std::vector<Timer> kept;
    for (auto& t : loop->timers) {
      if (timer_cancelled(t.handle))
        timer_unscheduled(t.handle);
      else
        kept.push_back(t);
    }
    loop->timers = std::move(kept);
    heapify_timers(loop);
    loop->cancelled_timers = 0;
  } else {
    while (!loop->timers.empty() && timer_cancelled(loop->timers.front().handle)) {
      --loop->cancelled_timers;
      timer_unscheduled(pop_timer(loop));
    }
  }

  if (loop->ready.empty() && !loop->stopping) {
    if (loop->timers.empty()) report_deadlock(loop);
    double wait = loop->timers.front().when - loop_time(loop);
    // CPython waits in epoll_wait, whose resolution is a millisecond: it
    // rounds the timeout up, so timers a few microseconds after the first
    // one are due when it wakes and run in the same iteration.
    if (wait > 0 && !clock_is_virtual()) wait = std::ceil(wait * 1e3) * 1e-3;
    if (wait > 0) clock_sleep(std::min(wait, 86400.0));
  }

  // Timers due by now (within the clock's resolution) join the ready queue.
  double end_time = loop_time(loop) + 1e-9;
  while (!loop->timers.empty()) {
    if (loop->timers.front().when >= end_time) break;
    Value due = pop_timer(loop);
    timer_unscheduled(due);
    loop->ready.push_back(std::move(due));
  }

  // Only what was ready when the iteration began runs in it.
  size_t ntodo = loop->ready.size();
  for (size_t i = 0; i < ntodo; ++i) {
    Value hv = loop->ready.pop_front();
    TypeObj* type = hv.obj()->type;
    if (type == T::task) [[likely]] {
      run_task_step(hv);
      continue;
    }
    if (type == T::coroutine) {
      auto* f = static_cast<SleepFrame*>(hv.obj());
      if (!f->timer_cancelled) sleep_timer_fire(f);
      continue;
    }
    auto* h = static_cast<HandleObj*>(hv.obj());
    if (h->cancelled) continue;
    run_handle(loop, h);
  }
}

// ---------------------------------------------------------------- methods

Value m_call_soon(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs < 2) raise(E::TypeError, "call_soon() missing 1 required positional argument: 'callback'");
  if (kwcount(kwnames)) raise(E::TypeError, "call_soon() got an unexpected keyword argument");
  EventLoopObj* loop = self_loop(args[0]);
  check_closed(loop);
  return call_soon(loop, args[1], std::vector<Value>(args + 2, args + nargs));
}

Value m_call_later(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs < 3) raise(E::TypeError, "call_later() missing required positional arguments: 'delay' and 'callback'");
  if (kwcount(kwnames)) raise(E::TypeError, "call_later() got an unexpected keyword argument");
  EventLoopObj* loop = self_loop(args[0]);
  if (args[1].is_none()) raise(E::TypeError, "delay must not be None");
  double when = to_double(add(Value::from_float(loop_time(loop)), args[1]));
  check_closed(loop);
  return call_at(loop, when, args[2], std::vector<Value>(args + 3, args + nargs));
}

Value m_call_at(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs < 3) raise(E::TypeError, "call_at() missing required positional arguments: 'when' and 'callback'");
  if (kwcount(kwnames)) raise(E::TypeError, "call_at() got an unexpected keyword argument");
  EventLoopObj* loop = self_loop(args[0]);
  check_closed(loop);
  return call_at(loop, to_double(args[1]), args[2], std::vector<Value>(args + 3, args + nargs));
}

Value m_time(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("time", nargs, kwnames, 1, 1);
  return Value::from_float(loop_time(self_loop(args[0])));
}

Value m_run_forever(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("run_forever", nargs, kwnames, 1, 1);
  run_forever(self_loop(args[0]));
  return Value::none();
}

Value m_run_until_complete(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("run_until_complete", nargs, kwnames, 2, 2);
  return run_until_complete(self_loop(args[0]), args[1]);
}

Value m_stop(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("stop", nargs, kwnames, 1, 1);
  loop_stop(self_loop(args[0]));
  return Value::none();
}

Value m_close(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("close", nargs, kwnames, 1, 1);
  loop_close(self_loop(args[0]));
  return Value::none();
}

Value m_is_running(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("is_running", nargs, kwnames, 1, 1);
  return Value::from_bool(self_loop(args[0])->running);
}

Value m_is_closed(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("is_closed", nargs, kwnames, 1, 1);
  return Value::from_bool(self_loop(args[0])->closed);
}

Value m_get_debug(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("get_debug", nargs, kwnames, 1, 1);
  return Value::from_bool(false);
}

Value m_create_future(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("create_future", nargs, kwnames, 1, 1);
  return new_future(self_loop(args[0]));
}

Value m_create_task(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs != 2) raise(E::TypeError, fmt::format("create_task() takes 2 positional arguments but {} were given", nargs));
  const Value* name = find_kwarg(args, nargs, kwnames, "name");
  EventLoopObj* loop = self_loop(args[0]);
  check_closed(loop);
  return new_task(loop, args[1], name ? *name : Value::none());
}

Value m_set_exception_handler(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("set_exception_handler", nargs, kwnames, 2, 2);
  if (!args[1].is_none() && !is_callable(args[1]))
    raise(E::TypeError, fmt::format("A callable object or None is expected, got {}", std::string(sv(repr(args[1])))));
  self_loop(args[0])->exception_handler = args[1].is_none() ? Value() : args[1];
  return Value::none();
}

Value m_call_exception_handler(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("call_exception_handler", nargs, kwnames, 2, 2);
  EventLoopObj* loop = self_loop(args[0]);
  if (type_of(args[1]) != T::dict) raise(E::TypeError, "context must be a dict");
  auto* d = args[1].as<DictObj>();
  Value* message = dict_find_str(d, intern("message"));
  Value* exception = dict_find_str(d, intern("exception"));
  std::vector<std::pair<const char*, Value>> context;
  for (auto& entry : d->entries) {
    if (entry.key.is_unbound() || type_of(entry.key) != T::str) continue;
    std::string_view key = sv(entry.key);
    if (key == "message" || key == "exception") continue;
    context.push_back({intern(key)->s.c_str(), entry.value});
  }
  call_exception_handler(loop, message && type_of(*message) == T::str ? std::string(sv(*message)) : "",
                         exception ? *exception : Value(), context);
  return Value::none();
}

// Handle.cancel / cancelled / when
Value h_cancel(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("cancel", nargs, kwnames, 1, 1);
  handle_cancel(static_cast<HandleObj*>(args[0].obj()));
  return Value::none();
}
Value h_cancelled(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("cancelled", nargs, kwnames, 1, 1);
  return Value::from_bool(static_cast<HandleObj*>(args[0].obj())->cancelled);
}
Value h_when(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("when", nargs, kwnames, 1, 1);
  return Value::from_float(static_cast<HandleObj*>(args[0].obj())->when);
}

Value loop_new(TypeObj*, const Value*, size_t nargs, TupleObj* kwnames) {
  if (nargs || kwcount(kwnames)) raise(E::TypeError, "event loops take no arguments");
  return new_event_loop();
}

}  // namespace

EventLoopObj::EventLoopObj() : Object(T::event_loop) {}

// Only the handles of Python callbacks are tracked (call_soon, call_at):
// the program may keep one in a cycle (self.timer = loop.call_later(1,
// self.tick)). A native one (a task's step or wakeup, sleep's timer) is
// only ever held by the loop and the runtime's own frames, which report
// nothing, so it could never be found garbage: tracking it would only make
// collections longer. (Garbage only: a handle the loop holds, scheduled or
// ready, is held from outside the collector's set and never cleared.)
void HandleObj::gc_clear() {
  callback.clear();
  gc_clear_all(args);
  owner.clear();
  native_arg.clear();
  loop.clear();
}

Value new_event_loop() { return Value::steal(new EventLoopObj()); }

EventLoopObj* running_loop() { return the_running_loop; }

EventLoopObj* get_running_loop_or_raise() {
  if (!the_running_loop) raise(E::RuntimeError, "no running event loop");
  return the_running_loop;
}

EventLoopObj* current_loop() {
  if (the_running_loop) return the_running_loop;
  if (the_current_loop.is_unbound() || the_current_loop.is_none()) {
    // The policy makes one only until set_event_loop() was called (asyncio.run calls it).
    if (current_loop_was_set) raise(E::RuntimeError, "There is no current event loop in thread 'MainThread'.");
    the_current_loop = new_event_loop();
  }
  return static_cast<EventLoopObj*>(the_current_loop.obj());
}

void set_current_loop(const Value& loop) {
  if (!loop.is_none() && type_of(loop) != T::event_loop)
    raise(E::TypeError, fmt::format("loop must be an instance of AbstractEventLoop or None, not '{}'", type_name(loop)));
  current_loop_was_set = true;
  the_current_loop = loop;
}

double loop_time(EventLoopObj*) { return clock_monotonic(); }

Value call_soon(EventLoopObj* loop, const Value& callback, std::vector<Value> args) {
  // (CPython checks the callback only in debug mode: a bad one fails when it runs.)
  auto* h = new HandleObj(T::handle);
  gc::track(h);
  h->callback = callback;
  h->args = std::move(args);
  h->loop = Value::borrow(loop);
  Value hv = Value::steal(h);
  loop->ready.push_back(hv);
  return hv;
}

Value call_soon_native(EventLoopObj* loop, NativeCallback fn, const Value& owner, const Value& arg,
                       const char* name) {
  auto* h = new HandleObj(T::handle);
  h->native = fn;
  h->native_name = name;
  h->owner = owner;
  h->native_arg = arg;
  h->loop = Value::borrow(loop);
  Value hv = Value::steal(h);
  loop->ready.push_back(hv);
  return hv;
}

Value call_at(EventLoopObj* loop, double when, const Value& callback, std::vector<Value> args) {
  auto* h = new HandleObj(T::timer_handle);
  gc::track(h);
  h->is_timer = true;
  h->when = when;
  h->callback = callback;
  h->args = std::move(args);
  h->loop = Value::borrow(loop);
  h->scheduled = true;
  Value hv = Value::steal(h);
  push_timer(loop, when, hv);
  return hv;
}

Value call_at_native(EventLoopObj* loop, double when, NativeCallback fn, const Value& owner, const Value& arg) {
  auto* h = new HandleObj(T::timer_handle);
  h->is_timer = true;
  h->when = when;
  h->native = fn;
  h->owner = owner;
  h->native_arg = arg;
  h->loop = Value::borrow(loop);
  h->scheduled = true;
  Value hv = Value::steal(h);
  push_timer(loop, when, hv);
  return hv;
}

void push_timer(EventLoopObj* loop, double when, const Value& entry) {
  loop->timers.push_back({when, entry});
  sift_down(loop->timers, 0, loop->timers.size() - 1);
}

void handle_cancel(HandleObj* h) {
  if (h->cancelled) return;
  h->cancelled = true;
  if (h->is_timer && h->scheduled) ++static_cast<EventLoopObj*>(h->loop.obj())->cancelled_timers;
  // Its callback and arguments go now, as CPython drops them.
  h->callback.clear();
  h->args.clear();
  h->owner.clear();
  h->native_arg.clear();
}

namespace {

// The async generator hooks a running loop installs.
Value m_asyncgen_firstiter_hook(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("_asyncgen_firstiter_hook", nargs, kwnames, 2, 2);
  // (CPython warns with a ResourceWarning, ignored by default, when this
  // comes after shutdown_asyncgens().)
  if (type_of(args[1]) == T::async_generator) self_loop(args[0])->asyncgens.add(static_cast<AsyncGenObj*>(args[1].obj()));
  return Value::none();
}

void create_aclose_task(const Value& loop, const Value& aclose) {
  new_task(static_cast<EventLoopObj*>(loop.obj()), aclose, Value::none());
}

// An async generator the program dropped before it ended: its aclose() runs
// as a task, made by a callback (call_soon_threadsafe(self.create_task, ...)).
Value m_asyncgen_finalizer_hook(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("_asyncgen_finalizer_hook", nargs, kwnames, 2, 2);
  EventLoopObj* loop = self_loop(args[0]);
  if (type_of(args[1]) == T::async_generator) loop->asyncgens.remove(static_cast<AsyncGenObj*>(args[1].obj()));
  if (!loop->closed)
    call_soon_native(loop, create_aclose_task, args[0], async_gen_aclose(args[1]), "BaseEventLoop.create_task");
  return Value::none();
}

// Installs the loop's hooks; the destructor puts the previous ones back.
struct AsyncGenHooksScope {
  Value old_firstiter, old_finalizer;
  explicit AsyncGenHooksScope(EventLoopObj* loop)
      : old_firstiter(asyncgen_firstiter()), old_finalizer(asyncgen_finalizer()) {
    Value self = Value::borrow(loop);
    Value firstiter = getattr(self, make_str("_asyncgen_firstiter_hook"));
    Value finalizer = getattr(self, make_str("_asyncgen_finalizer_hook"));
    set_asyncgen_hooks(&firstiter, &finalizer);
  }
  ~AsyncGenHooksScope() {
    Value none = Value::none();
    set_asyncgen_hooks(old_firstiter.is_bound() ? &old_firstiter : &none,
                       old_finalizer.is_bound() ? &old_finalizer : &none);
  }
};

}  // namespace

void run_forever(EventLoopObj* loop) {
  check_closed(loop);
  if (loop->running) raise(E::RuntimeError, "This event loop is already running");
  if (the_running_loop) raise(E::RuntimeError, "Cannot run the event loop while another loop is running");
  Value keep = Value::borrow(loop);
  AsyncGenHooksScope hooks(loop);
  loop->running = true;
  the_running_loop = loop;
  try {
    for (;;) {
      run_once(loop);
      if (loop->stopping) break;
    }
  } catch (...) {
    loop->stopping = false;
    loop->running = false;
    the_running_loop = nullptr;
    throw;
  }
  loop->stopping = false;
  loop->running = false;
  the_running_loop = nullptr;
}

namespace {
void stop_when_done(const Value& loop, const Value&) { loop_stop(static_cast<EventLoopObj*>(loop.obj())); }
}  // namespace

Value run_until_complete(EventLoopObj* loop, const Value& future) {
  check_closed(loop);
  if (loop->running) raise(E::RuntimeError, "This event loop is already running");
  bool new_task = !is_future(future);
  Value fut = ensure_future(future, loop);
  FutureObj* f = as_future(fut);
  static const std::string cb_name = "_run_until_complete_cb() at " + std::string(kBaseEventsPath) + ":180";
  future_add_callback(f, DoneCallback::of_native(stop_when_done, Value::borrow(loop), cb_name.c_str()));
  auto remove_stop = [&] {
    if (f->state != FutureObj::State::Pending) return;  // scheduled already: a done future has no callbacks
    auto& cbs = f->callbacks;
    for (size_t i = 0; i < cbs.size(); ++i)
      if (cbs[i].native == stop_when_done) {
        cbs.erase(i);
        break;
      }
  };
  try {
    run_forever(loop);
  } catch (...) {
    // CPython: a task made here that then failed has its exception marked retrieved.
    if (new_task && f->state != FutureObj::State::Pending && f->state != FutureObj::State::Cancelled)
      f->log_traceback = false;
    remove_stop();
    throw;
  }
  remove_stop();
  if (f->state == FutureObj::State::Pending) raise(E::RuntimeError, "Event loop stopped before Future completed.");
  return future_result(f);
}

void loop_stop(EventLoopObj* loop) { loop->stopping = true; }

void loop_close(EventLoopObj* loop) {
  if (loop->running) raise(E::RuntimeError, "Cannot close a running event loop");
  if (loop->closed) return;
  loop->closed = true;
  loop->ready.clear();
  for (auto& t : loop->timers) timer_unscheduled(t.handle);
  loop->timers.clear();
  loop->cancelled_timers = 0;
}

void call_exception_handler(EventLoopObj* loop, const std::string& message, const Value& exception,
                            const std::vector<std::pair<const char*, Value>>& context) {
  if (loop->exception_handler.is_bound()) {
    Value ctx = make_dict();
    dict_set(ctx.as<DictObj>(), make_str("message"), make_str(message));
    if (exception.is_bound()) dict_set(ctx.as<DictObj>(), make_str("exception"), exception);
    for (auto& [key, value] : context) dict_set(ctx.as<DictObj>(), make_str(key), value);
    Value args[2] = {Value::borrow(loop), ctx};
    try {
      call(loop->exception_handler, args, 2);
    } catch (PyError& e) {
      if (isinstance_of(e.exc, E::SystemExit) || isinstance_of(e.exc, E::KeyboardInterrupt)) throw;
      // A handler that fails is reported by the default one, and the loop goes on.
      Value handler = loop->exception_handler;
      loop->exception_handler.clear();
      try {
        call_exception_handler(loop, "Unhandled error in exception handler", e.exc, {{"context", ctx}});
      } catch (...) {
        loop->exception_handler = handler;
        throw;
      }
      loop->exception_handler = handler;
    }
    return;
  }
  // The default handler logs through the logging module's last resort:
  // the message, each other context entry by name, then the traceback.
  std::string out = message.empty() ? "Unhandled exception in event loop" : message;
  std::vector<std::pair<std::string, Value>> sorted(context.begin(), context.end());
  std::sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) { return a.first < b.first; });
  for (auto& [key, value] : sorted) out += "\n" + key + ": " + std::string(sv(repr(value)));
  out += "\n";
  if (exception.is_bound() && !exception.is_none()) out += format_exception(exception);
  flush_stdout();
  write_stderr(out);
}

void init_loop_types() {
  init_event_loop_types();
  init_future_types();
  init_task_type();
}

void init_event_loop_types() {
  TypeObj* l = new_builtin_type("_UnixSelectorEventLoop", nullptr);
  l->module = "asyncio.unix_events";
  l->allows_subclassing = false;
  l->repr = loop_repr;
  l->tp_new = loop_new;
  add_method(l, "call_soon", m_call_soon);
  add_method(l, "call_later", m_call_later);
  add_method(l, "call_at", m_call_at);
  add_method(l, "time", m_time);
  add_method(l, "run_forever", m_run_forever);
  add_method(l, "run_until_complete", m_run_until_complete);
  add_method(l, "stop", m_stop);
  add_method(l, "close", m_close);
  add_method(l, "is_running", m_is_running);
  add_method(l, "is_closed", m_is_closed);
  add_method(l, "get_debug", m_get_debug);
  add_method(l, "create_future", m_create_future);
  add_method(l, "create_task", m_create_task);
  add_method(l, "set_exception_handler", m_set_exception_handler);
  add_method(l, "call_exception_handler", m_call_exception_handler);
  add_method(l, "_asyncgen_firstiter_hook", m_asyncgen_firstiter_hook);
  add_method(l, "_asyncgen_finalizer_hook", m_asyncgen_finalizer_hook);
  T::event_loop = l;

  TypeObj* h = new_builtin_type("Handle", nullptr);
  h->module = "asyncio.events";
  h->allows_subclassing = false;
  h->repr = handle_repr;
  add_method(h, "cancel", h_cancel);
  add_method(h, "cancelled", h_cancelled);
  T::handle = h;
  TypeObj* th = new_builtin_type("TimerHandle", h);
  th->module = "asyncio.events";
  th->allows_subclassing = false;
  th->repr = handle_repr;
  add_method(th, "when", h_when);
  T::timer_handle = th;
}

}  // namespace py
