// gevent's loop in libev's order (see gevent_loop.h). One iteration, as
// libev's ev_run with gevent's callbacks in its prepare watcher:
//
//     run the callbacks (those added meanwhile too; after every 50th, stop
//       if 5 ms have gone by, leaving the rest for the next pass)
//     stop if no callback and no referenced timer is left
//     wait: until the first deadline (epoll's milliseconds, at least one),
//       or not at all when callbacks were left over
//     run the due timers: out of the heap in heap order, then highest
//       priority first (a stable sort keeps heap order within a priority)
#include "loop/gevent_loop.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "stdlib/clock.h"
#include "stdlib/mod_util.h"

namespace py {

namespace T {
TypeObj *gevent_loop = nullptr, *gevent_callback = nullptr, *gevent_timer = nullptr;
}

namespace {

using namespace modutil;
using HeapEntry = GeventLoopObj::HeapEntry;
constexpr size_t kHeap0 = GeventLoopObj::kHeap0;

GeventLoopObj* as_loop(const Value& v) { return static_cast<GeventLoopObj*>(v.obj()); }
GeventTimerObj* as_timer(const Value& v) { return static_cast<GeventTimerObj*>(v.obj()); }
GeventCallbackObj* as_callback(const Value& v) { return static_cast<GeventCallbackObj*>(v.obj()); }

// Runs a callback or timer's call; an exception goes to the error handler
// with `context` (the watcher) as gevent reports it.
[[gnu::always_inline]] inline void run_call(GeventLoopObj* loop, const Value& context, GeventNativeFn native, const Value& owner,
              const Value& arg, const Value& callback, const Value& args) {
  try {
    if (native) {
      native(owner, arg);
    } else {
      Value keep = args;  // (the callback may stop its own watcher, dropping them there)
      auto& items = keep.as<TupleObj>()->items;
      call(callback, items.data(), items.size());
    }
  } catch (PyError& e) {
    gevent_handle_error(loop, context, e);
  }
}

// ---------------------------------------------------------------- the 4-heap (libev's ev.c)

size_t parent_of(size_t k) { return (k - kHeap0 - 1) / 4 + kHeap0; }

void place(GeventLoopObj* loop, size_t k, HeapEntry&& e) {
  as_timer(e.timer)->index = k;
  loop->heap[k] = std::move(e);
}

void upheap(GeventLoopObj* loop, size_t k) {
  HeapEntry he = std::move(loop->heap[k]);
  while (k > kHeap0) {  // (the root is its own parent)
    size_t p = parent_of(k);
    if (loop->heap[p].at <= he.at) break;
    place(loop, k, std::move(loop->heap[p]));
    k = p;
  }
  place(loop, k, std::move(he));
}

void downheap(GeventLoopObj* loop, size_t k) {
  auto& heap = loop->heap;
  size_t end = heap.size();
  HeapEntry he = std::move(heap[k]);
  for (;;) {
    size_t pos = 4 * (k - kHeap0) + kHeap0 + 1;
    if (pos >= end) break;
    size_t minpos = pos;
    double minat = heap[pos].at;
    for (size_t i = pos + 1; i < pos + 4 && i < end; ++i) {
      if (heap[i].at < minat) {
        minpos = i;
        minat = heap[i].at;
      }
    }
    if (he.at <= minat) break;
    place(loop, k, std::move(heap[minpos]));
    k = minpos;
  }
  place(loop, k, std::move(he));
}

void timer_start(GeventTimerObj* t) {
  GeventLoopObj* loop = as_loop(t->loop);
  t->at = loop->now + t->after;
  loop->heap.push_back(HeapEntry{t->at, Value::borrow(t)});
  t->active = true;
  if (t->ref) ++loop->ref_timers;
  upheap(loop, loop->heap.size() - 1);
}

// Takes t out of the heap (and out of the due timers); its call stays.
void timer_remove(GeventTimerObj* t) {
  t->pending = false;  // (a due one stays in `due`, skipped)
  if (!t->active) return;
  GeventLoopObj* loop = as_loop(t->loop);
  Value keep = Value::borrow(t);
  size_t active = t->index;
  size_t last = loop->heap.size() - 1;
  if (active < last) {
    HeapEntry moved = std::move(loop->heap[last]);
    loop->heap.pop_back();
    double at = moved.at;
    place(loop, active, std::move(moved));
    if (active > kHeap0 && at <= loop->heap[parent_of(active)].at)
      upheap(loop, active);
    else
      downheap(loop, active);
  } else {
    loop->heap.pop_back();
  }
  t->active = false;
  if (t->ref) --loop->ref_timers;
}

// ---------------------------------------------------------------- one iteration

void run_callbacks(GeventLoopObj* loop) {
  loop->starting_timer_may_update_loop_time = true;
  int count = 50;
  double expiration = loop->now + 0.005;
  bool out_of_time = false;
  while (!loop->callbacks.empty()) {
    Value cb = loop->callbacks.pop_front();
    --count;
    GeventCall& c = as_callback(cb)->call;
    if (c.has_target() && !c.args.is_none()) {
      // Not pending from here on (pending is "its callback is not None"),
      // true until it has run (its args go then).
      Value callback = std::exchange(c.callback, Value::none());
      GeventNativeFn native = std::exchange(c.native, nullptr);
      Value owner = std::move(c.owner), arg = std::move(c.arg);
      run_call(loop, cb, native, owner, arg, callback, c.args);
      as_callback(cb)->call.args = Value::none();
    }
    if (count == 0 && !loop->callbacks.empty()) {
      count = 50;
      gevent_update_now(loop);
      if (loop->now >= expiration) {
        out_of_time = true;
        break;
      }
    }
  }
  if (!out_of_time) gevent_update_now(loop);
  loop->starting_timer_may_update_loop_time = false;
}

void run_due_timers(GeventLoopObj* loop) {
  loop->due.clear();
  loop->due_head = 0;
  while (loop->timer_count() && loop->heap[kHeap0].at <= loop->now) {
    Value t = loop->heap[kHeap0].timer;
    GeventTimerObj* timer = as_timer(t);
    timer_remove(timer);
    if (timer->repeat != 0) {
      timer->after = timer->repeat;
      timer_start(timer);
    }
    timer->pending = true;
    loop->due.push_back(std::move(t));
  }
  std::stable_sort(loop->due.begin(), loop->due.end(),
                   [](const Value& a, const Value& b) { return as_timer(a)->priority > as_timer(b)->priority; });
  while (loop->due_head < loop->due.size()) {
    Value t = std::move(loop->due[loop->due_head++]);
    GeventTimerObj* timer = as_timer(t);
    if (!timer->pending) continue;  // stopped since
    timer->pending = false;
    GeventCall c = timer->call;
    if (timer->repeat == 0) timer->call.clear();
    if (c.has_target()) run_call(loop, t, c.native, c.owner, c.arg, c.callback, c.args);
  }
  loop->due.clear();
  loop->due_head = 0;
}

void wait(GeventLoopObj* loop) {
  if (loop->callbacks.empty()) {
    double wait = loop->timer_count() ? loop->heap[kHeap0].at - loop->now : 0.0;
    double ms = std::max(1.0, std::floor(wait * 1000.0 + 0.9999));
    clock_sleep(ms / 1000.0);
  }
  gevent_update_now(loop);
}

bool alive(GeventLoopObj* loop) { return !loop->callbacks.empty() || loop->ref_timers > 0; }

// ---------------------------------------------------------------- Python API

GeventLoopObj* checked_loop(const Value& v) {
  if (!v.is_obj() || v.obj()->type != T::gevent_loop)
    raise(E::TypeError, fmt::format("descriptor requires a 'loop' object but received a '{}'", type_name(v)));
  return as_loop(v);
}

Value loop_new(TypeObj*, const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("loop", nargs, kwnames, 0);
  return Value::steal(new GeventLoopObj());
}

Value m_now(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("now", nargs - 1, kwnames, 0);
  return Value::from_float(checked_loop(args[0])->now);
}

Value m_update_now(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("update_now", nargs - 1, kwnames, 0);
  gevent_update_now(checked_loop(args[0]));
  return Value::none();
}

Value m_run_callback(const Value* args, size_t nargs, TupleObj* kwnames) {
  no_kwargs("run_callback", kwnames);
  GeventLoopObj* loop = checked_loop(args[0]);
  if (nargs < 2) raise(E::TypeError, "run_callback() missing 1 required positional argument: 'func'");
  auto* cb = new GeventCallbackObj();
  Value result = Value::steal(cb);
  cb->call.callback = args[1];
  cb->call.args = make_tuple(std::vector<Value>(args + 2, args + nargs));
  loop->callbacks.push_back(result);
  return result;
}

// timer(after, repeat=0.0, ref=True, priority=None)
Value m_timer(const Value* args, size_t nargs, TupleObj* kwnames) {
  GeventLoopObj* loop = checked_loop(args[0]);
  Value out[4];
  bind(Signature{"timer", {"after", "repeat", "ref", "priority"}, 4, 1, true}, args + 1, nargs - 1, kwnames, out);
  double repeat = out[1].is_bound() ? to_double(out[1]) : 0.0;
  bool ref = out[2].is_bound() ? truthy(out[2]) : true;
  int priority = out[3].is_bound() && !out[3].is_none() ? static_cast<int>(index_value(out[3])) : 0;
  return gevent_new_timer(loop, to_double(out[0]), repeat, ref, priority);
}

Value m_run(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("run", nargs - 1, kwnames, 0);
  GeventLoopObj* loop = checked_loop(args[0]);
  Value keep = args[0];
  for (;;) {
    if (!loop->callbacks.empty()) run_callbacks(loop);
    if (!alive(loop)) break;
    wait(loop);
    run_due_timers(loop);
    if (!alive(loop)) break;
  }
  return Value::none();
}

Value get_error_handler(const Value& self) {
  Value h = as_loop(self)->error_handler;
  return h.is_bound() ? h : Value::none();
}
void set_error_handler(const Value& self, const Value& v) { as_loop(self)->error_handler = v; }

// gevent's watcher reprs: <timer at 0x... native=0x... active callback=... args=...>
std::string call_repr(const GeventCall& c) {
  std::string out;
  if (!c.callback.is_none()) out += " callback=" + modutil::repr_string(c.callback);
  if (!c.args.is_none()) out += " args=" + modutil::repr_string(c.args);
  return out;
}

Value callback_repr(const Value& self) {
  GeventCallbackObj* cb = as_callback(self);
  std::string out = fmt::format("<callback at 0x{:x}", reinterpret_cast<uintptr_t>(cb));
  if (cb->call.has_target()) out += " pending";
  return make_str(out + call_repr(cb->call) + ">");
}

Value timer_repr(const Value& self) {
  GeventTimerObj* t = as_timer(self);
  std::string out = fmt::format("<timer at 0x{:x} native=0x{:x}", reinterpret_cast<uintptr_t>(t),
                                reinterpret_cast<uintptr_t>(&t->call));
  if (t->active) out += " active";
  if (t->pending) out += " pending";
  return make_str(out + call_repr(t->call) + ">");
}

// callback.stop() / close(): it will not run.
Value cb_stop(const Value* args, size_t, TupleObj*) {
  as_callback(args[0])->call.clear();
  return Value::none();
}

// True until it has run or was stopped.
Value cb_bool(const Value* args, size_t, TupleObj*) {
  return Value::from_bool(!as_callback(args[0])->call.args.is_none());
}

GeventTimerObj* checked_timer(const Value& v) {
  if (!v.is_obj() || v.obj()->type != T::gevent_timer)
    raise(E::TypeError, fmt::format("descriptor requires a 'timer' object but received a '{}'", type_name(v)));
  return as_timer(v);
}

// start(callback, *args, update=None)
Value t_start(const Value* args, size_t nargs, TupleObj* kwnames) {
  GeventTimerObj* t = checked_timer(args[0]);
  GeventLoopObj* loop = as_loop(t->loop);
  size_t nkw = kwcount(kwnames);
  Value update;
  for (size_t i = 0; i < nkw; ++i) {
    if (sv(kwnames->items[i]) != "update")
      raise(E::TypeError, fmt::format("start() got an unexpected keyword argument '{}'", sv(kwnames->items[i])));
    update = args[nargs + i];
  }
  if (nargs < 2) raise(E::TypeError, "start() missing 1 required positional argument: 'callback'");
  if (update.is_bound() ? truthy(update) : loop->starting_timer_may_update_loop_time) gevent_update_now(loop);
  t->call.clear();
  t->call.callback = args[1];
  t->call.args = make_tuple(std::vector<Value>(args + 2, args + nargs));
  if (!t->active) timer_start(t);
  return Value::none();
}

Value t_stop(const Value* args, size_t, TupleObj*) {
  gevent_timer_stop(checked_timer(args[0]));
  return Value::none();
}

Value t_again(const Value* args, size_t nargs, TupleObj* kwnames) {
  gevent_timer_stop(checked_timer(args[0]));
  return t_start(args, nargs, kwnames);
}

Value t_enter(const Value* args, size_t, TupleObj*) { return args[0]; }

Value t_exit(const Value* args, size_t, TupleObj*) {
  gevent_timer_stop(checked_timer(args[0]));
  return Value::none();
}

void set_ref(const Value& self, const Value& v) {
  GeventTimerObj* t = as_timer(self);
  bool ref = truthy(v);
  if (ref == t->ref) return;
  if (t->active) {
    GeventLoopObj* loop = as_loop(t->loop);
    if (ref)
      ++loop->ref_timers;
    else
      --loop->ref_timers;
  }
  t->ref = ref;
}

}  // namespace

GeventLoopObj::GeventLoopObj() : Object(T::gevent_loop), now(clock_monotonic()) {}

void gevent_update_now(GeventLoopObj* loop) { loop->now = clock_monotonic(); }

GeventCallbackObj* gevent_run_callback_native(GeventLoopObj* loop, GeventNativeFn fn, const Value& owner,
                                              const Value& arg) {
  auto* cb = new GeventCallbackObj();
  Value v = Value::steal(cb);
  cb->call.native = fn;
  cb->call.owner = owner;
  cb->call.arg = arg;
  cb->call.args = make_tuple({});  // (not None: it has not run)
  loop->callbacks.push_back(std::move(v));
  return cb;
}

Value gevent_new_timer(GeventLoopObj* loop, double after, double repeat, bool ref, int priority) {
  auto* t = new GeventTimerObj();
  Value v = Value::steal(t);
  t->loop = Value::borrow(loop);
  t->after = after;
  t->repeat = repeat;
  t->ref = ref;
  t->priority = priority;
  return v;
}

void gevent_timer_start_native(GeventTimerObj* t, GeventNativeFn fn, const Value& owner, const Value& arg,
                               bool update) {
  GeventLoopObj* loop = as_loop(t->loop);
  if (update || loop->starting_timer_may_update_loop_time) gevent_update_now(loop);
  t->call.clear();
  t->call.native = fn;
  t->call.owner = owner;
  t->call.arg = arg;
  if (!t->active) timer_start(t);
}

void gevent_timer_stop(GeventTimerObj* t) {
  timer_remove(t);
  t->call.clear();
}

void gevent_handle_error(GeventLoopObj* loop, const Value& context, PyError& e) {
  HandlerScope handling(e);
  Value exc = e.exc;
  Value tb = getattr(exc, name("__traceback__"));
  if (loop->error_handler.is_bound() && !loop->error_handler.is_none()) {
    call_method(loop->error_handler, name("handle_error"), {context, Value::borrow(type_of(exc)), exc, tb});
  } else {
    print_exception(exc);
  }
}

void init_gevent_loop_types() {
  TypeObj* l = new_builtin_type("loop", nullptr);
  l->module = "gevent.libev.corecext";
  l->allows_subclassing = false;
  l->tp_new = loop_new;
  add_method(l, "now", m_now);
  add_method(l, "update_now", m_update_now);
  add_method(l, "run_callback", m_run_callback);
  add_method(l, "timer", m_timer);
  add_method(l, "run", m_run);
  add_getset(l, "error_handler", get_error_handler, set_error_handler);
  T::gevent_loop = l;

  TypeObj* c = new_builtin_type("callback", nullptr);
  c->module = "gevent.libev.corecext";
  c->allows_subclassing = false;
  c->repr = callback_repr;
  add_method(c, "stop", cb_stop);
  add_method(c, "close", cb_stop);
  add_method(c, "__bool__", cb_bool);
  add_getset(c, "pending", [](const Value& v) { return Value::from_bool(as_callback(v)->call.has_target()); }, nullptr);
  add_getset(c, "callback", [](const Value& v) { return as_callback(v)->call.callback; }, nullptr);
  add_getset(c, "args", [](const Value& v) { return as_callback(v)->call.args; }, nullptr);
  T::gevent_callback = c;

  TypeObj* t = new_builtin_type("timer", nullptr);
  t->module = "gevent.libev.corecext";
  t->allows_subclassing = false;
  t->repr = timer_repr;
  add_method(t, "start", t_start);
  add_method(t, "again", t_again);
  add_method(t, "stop", t_stop);
  add_method(t, "close", t_stop);
  add_method(t, "__enter__", t_enter);
  add_method(t, "__exit__", t_exit);
  add_getset(t, "active", [](const Value& v) { return Value::from_bool(as_timer(v)->active); }, nullptr);
  add_getset(t, "pending", [](const Value& v) { return Value::from_bool(as_timer(v)->pending); }, nullptr);
  add_getset(t, "priority", [](const Value& v) { return Value::from_int(as_timer(v)->priority); }, nullptr);
  add_getset(t, "ref", [](const Value& v) { return Value::from_bool(as_timer(v)->ref); }, set_ref);
  add_getset(t, "at", [](const Value& v) { return Value::from_float(as_timer(v)->at); }, nullptr);
  add_getset(t, "loop", [](const Value& v) { return as_timer(v)->loop; }, nullptr);
  add_getset(t, "callback", [](const Value& v) { return as_timer(v)->call.callback; }, nullptr);
  add_getset(t, "args", [](const Value& v) { return as_timer(v)->call.args; }, nullptr);
  T::gevent_timer = t;
}

}  // namespace py
