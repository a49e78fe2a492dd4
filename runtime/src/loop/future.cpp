// asyncio.Future: a result that arrives later, with done callbacks run
// through the loop's ready queue in the order they were added (CPython's
// _asyncio.Future, messages included). `await future` goes through its
// iterator (FutureIter): it yields the future itself to the task driving
// the coroutine, which waits for it, then returns the result.
#include <fmt/format.h>

#include <algorithm>

#include "loop/loop.h"

namespace py {

namespace T {
TypeObj* future;
TypeObj* future_iter;
}  // namespace T

namespace {

const char* state_word(FutureObj::State s) {
  switch (s) {
    case FutureObj::State::Pending: return "pending";
    case FutureObj::State::Cancelled: return "cancelled";
    case FutureObj::State::Finished: return "finished";
  }
  return "pending";
}

FutureObj* self_future(const Value& v, const char* method) {
  if (!is_future(v)) raise(E::TypeError, fmt::format("descriptor '{}' requires a 'Future' object", method));
  return as_future(v);
}

// A done callback of `self`, done: into the ready queue.
void schedule_callback(EventLoopObj* loop, const DoneCallback& cb, const Value& self) {
  if (cb.native == task_wakeup_callback)
    schedule_task_wakeup(loop, static_cast<TaskObj*>(cb.target.obj()), self);
  else if (cb.native)
    call_soon_native(loop, cb.native, cb.target, self, cb.name);
  else
    call_soon(loop, cb.target, {self});
}

void schedule_callbacks(FutureObj* f) {
  auto* loop = static_cast<EventLoopObj*>(f->loop.obj());
  if (f->type == T::task && f->callbacks.size() == 1) {
    const DoneCallback& cb = f->callbacks[0];
    auto* t = static_cast<TaskObj*>(f);
    if (cb.native && cb.native != task_wakeup_callback && !t->step_scheduled) {
      schedule_task_done_callback(loop, t);
      return;
    }
  }
  DoneCallbacks callbacks = std::move(f->callbacks);
  Value self = Value::borrow(f);
  callbacks.for_each([&](DoneCallback& cb) { schedule_callback(loop, cb, self); });
}

// The text a callback shows in a future's repr (format_helpers).
std::string callback_text(const DoneCallback& cb) {
  if (cb.native) return cb.name ? cb.name : "<native callback>()";
  return callback_source(cb.target, {});
}

std::string shortened(std::string s, size_t max) {
  if (s.size() <= max) return s;
  size_t i = (max - 3) / 2, j = max - 3 - i;
  return s.substr(0, i) + "..." + s.substr(s.size() - j);
}

// ---------------------------------------------------------------- methods

Value m_result(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("result", nargs, kwnames, 1, 1);
  return future_result(self_future(args[0], "result"));
}

Value m_exception(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("exception", nargs, kwnames, 1, 1);
  return future_exception(self_future(args[0], "exception"));
}

Value m_done(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("done", nargs, kwnames, 1, 1);
  return Value::from_bool(self_future(args[0], "done")->state != FutureObj::State::Pending);
}

Value m_cancelled(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("cancelled", nargs, kwnames, 1, 1);
  return Value::from_bool(self_future(args[0], "cancelled")->state == FutureObj::State::Cancelled);
}

Value m_cancel(const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value* msg = find_kwarg(args, nargs, kwnames, "msg");
  if (nargs < 1 || nargs > 2 || kwcount(kwnames) > (msg ? 1u : 0u))
    raise(E::TypeError, "cancel() takes at most 1 argument");
  Value message = nargs == 2 ? args[1] : msg ? *msg : Value::none();
  if (is_task(args[0])) return Value::from_bool(task_cancel(static_cast<TaskObj*>(args[0].obj()), message));
  return Value::from_bool(future_cancel(self_future(args[0], "cancel"), message));
}

Value m_set_result(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("set_result", nargs, kwnames, 2, 2);
  if (is_task(args[0])) raise(E::RuntimeError, "Task does not support set_result operation");
  future_set_result(self_future(args[0], "set_result"), args[1]);
  return Value::none();
}

Value m_set_exception(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("set_exception", nargs, kwnames, 2, 2);
  if (is_task(args[0])) raise(E::RuntimeError, "Task does not support set_exception operation");
  future_set_exception(self_future(args[0], "set_exception"), args[1]);
  return Value::none();
}

Value m_add_done_callback(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs != 2) raise(E::TypeError, fmt::format("add_done_callback() takes exactly one argument ({} given)", nargs - 1));
  FutureObj* f = self_future(args[0], "add_done_callback");
  (void)kwnames;  // context=: the runtime has no contextvars; every callback runs in the one context
  future_add_callback(f, DoneCallback::python(args[1]));
  return Value::none();
}

Value m_remove_done_callback(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("remove_done_callback", nargs, kwnames, 2, 2);
  FutureObj* f = self_future(args[0], "remove_done_callback");
  int64_t removed = 0;
  DoneCallbacks kept;
  f->callbacks.for_each([&](DoneCallback& cb) {
    if (!cb.native && eq_test(cb.target, args[1]))
      ++removed;
    else
      kept.push_back(cb);
  });
  f->callbacks = std::move(kept);
  return Value::from_int(removed);
}

Value m_get_loop(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("get_loop", nargs, kwnames, 1, 1);
  return self_future(args[0], "get_loop")->loop;
}

Value m_await(const Value* args, size_t nargs, TupleObj* kwnames);

Value get_blocking(const Value& self) { return Value::from_bool(as_future(self)->blocking); }
void set_blocking(const Value& self, const Value& v) {
  if (v.is_unbound()) raise(E::AttributeError, "cannot delete attribute");
  as_future(self)->blocking = truthy(v);
}

Value repr_slot(const Value& self) { return future_repr(self); }

Value future_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs) raise(E::TypeError, fmt::format("Future() takes no positional arguments ({} given)", nargs));
  const Value* loop = find_kwarg(args, nargs, kwnames, "loop");
  if (loop && !loop->is_none()) {
    if (type_of(*loop) != T::event_loop) raise(E::TypeError, "loop must be an event loop");
    return new_future(static_cast<EventLoopObj*>(loop->obj()));
  }
  return new_future(current_loop());
}

// Reported when it goes with an exception nobody retrieved, as CPython's
// __del__ does (and a task that is still pending).
void finalize_slot(Object* o) {
  auto* f = static_cast<FutureObj*>(o);
  bool task = f->type == T::task;
  if (task && f->state == FutureObj::State::Pending && f->loop.is_bound()) {
    Value self = Value::borrow(f);
    call_exception_handler(static_cast<EventLoopObj*>(f->loop.obj()), "Task was destroyed but it is pending!",
                           Value(), {{"task", self}});
    return;
  }
  if (!f->log_traceback || !f->loop.is_bound()) return;
  f->log_traceback = false;
  Value self = Value::borrow(f);
  call_exception_handler(static_cast<EventLoopObj*>(f->loop.obj()),
                         task ? "Task exception was never retrieved" : "Future exception was never retrieved",
                         f->exception, {{"future", self}});
}

// ---------------------------------------------------------------- FutureIter

struct FutureIterObj : Object {
  Value future;
  FutureIterObj() : Object(T::future_iter) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(future); }
  void gc_clear() override { future.clear(); }
};

bool iter_next(const Value& self, Value& out) {
  auto* it = self.as<FutureIterObj>();
  if (it->future.is_unbound()) return false;
  FutureObj* f = as_future(it->future);
  if (f->state == FutureObj::State::Pending) {
    if (!f->blocking) {
      f->blocking = true;
      out = it->future;
      return true;
    }
    raise(E::RuntimeError, "await wasn't used with future");
  }
  Value fut = std::move(it->future);
  Value result = future_result(f);
  if (result.is_none()) return false;
  raise_stop_iteration(result);
}

Value iter_send(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("send", nargs, kwnames, 2, 2);
  Value out;
  if (iter_next(args[0], out)) return out;
  raise_stop_iteration(Value::none());
}

Value iter_throw(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("throw", nargs, kwnames, 2, 4);
  const Value& typ = args[1];
  Value val = nargs > 2 ? args[2] : Value::none();
  Value exc;
  if (is_type(typ)) {
    exc = val.is_none() ? call(typ, nullptr, 0) : isinstance_of(val, typ.as<TypeObj>()) ? val : call(typ, {val});
  } else if (is_exception_instance(typ)) {
    exc = typ;
  } else {
    raise(E::TypeError, "exceptions must be classes deriving BaseException or instances of such a class");
  }
  args[0].as<FutureIterObj>()->future.clear();
  raise(exc);
}

Value iter_close(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("close", nargs, kwnames, 1, 1);
  args[0].as<FutureIterObj>()->future.clear();
  return Value::none();
}

Value iter_self(const Value& self) { return self; }

Value m_await(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__await__", nargs, kwnames, 1, 1);
  self_future(args[0], "__await__");
  return future_iter(args[0]);
}

}  // namespace

// reprlib.Repr's defaults: maxlevel 6, lists/tuples/sets 6 items, dicts 4,
// strings 30 characters, ints 40 digits, anything else 30 characters.
std::string reprlib_repr(const Value& v, int level) {
  TypeObj* t = type_of(v);
  auto sequence = [&](const std::vector<Value>& items, size_t max, const char* open, const char* close) {
    if (items.empty()) return std::string(open) + close;
    if (level <= 0) return std::string(open) + "..." + close;
    std::string out = open;
    for (size_t i = 0; i < items.size() && i < max; ++i) out += (i ? ", " : "") + reprlib_repr(items[i], level - 1);
    if (items.size() > max) out += ", ...";
    if (t == T::tuple && items.size() == 1) out += ",";
    return out + close;
  };
  if (t == T::str) return shortened(std::string(sv(repr(v))), 30);
  if (t == T::int_) return shortened(std::string(sv(repr(v))), 40);
  if (t == T::list) return sequence(v.as<ListObj>()->items, 6, "[", "]");
  if (t == T::tuple) return sequence(v.as<TupleObj>()->items, 6, "(", ")");
  if (t == T::set || t == T::frozenset) {
    std::vector<Value> items;
    Value it = iter(v), x;
    while (next(it, x)) items.push_back(x);
    if (items.empty()) return t == T::set ? "set()" : "frozenset()";
    try {  // sorted where the items compare, as reprlib does
      std::stable_sort(items.begin(), items.end(), [](auto& a, auto& b) { return lt_test(a, b); });
    } catch (PyError&) {
    }
    std::string inner = sequence(items, 6, "{", "}");
    return t == T::set ? inner : "frozenset(" + inner + ")";
  }
  if (t == T::dict) {
    auto* d = v.as<DictObj>();
    if (d->used == 0) return "{}";
    if (level <= 0) return "{...}";
    std::vector<std::pair<Value, Value>> entries;
    for (auto& e : d->entries)
      if (e.key.is_bound()) entries.push_back({e.key, e.value});
    try {  // sorted by key where the keys compare, as reprlib does
      std::stable_sort(entries.begin(), entries.end(), [](auto& a, auto& b) { return lt_test(a.first, b.first); });
    } catch (PyError&) {
    }
    std::string out = "{";
    for (size_t i = 0; i < entries.size() && i < 4; ++i)
      out += (i ? ", " : "") + reprlib_repr(entries[i].first, level - 1) + ": " + reprlib_repr(entries[i].second, level - 1);
    if (entries.size() > 4) out += ", ...";
    return out + "}";
  }
  return shortened(std::string(sv(repr(v))), 30);
}

FutureObj::FutureObj(TypeObj* t) : Object(t) { gc::track(this); }
FutureObj::~FutureObj() = default;

// (After its finaliser reported what it had to, with everything in place.)
void FutureObj::gc_clear() {
  DoneCallbacks dropped = std::move(callbacks);
  std::unique_ptr<FutureRare> rare_dropped = std::move(rare_fields);
  loop.clear();
  result.clear();
  exception.clear();
}

Value new_future(EventLoopObj* loop) {
  auto* f = new FutureObj(T::future);
  f->loop = Value::borrow(loop);
  return Value::steal(f);
}

void future_set_result(FutureObj* f, const Value& result) {
  if (f->state != FutureObj::State::Pending) raise(E::InvalidStateError, "invalid state");
  f->result = result;
  f->state = FutureObj::State::Finished;
  schedule_callbacks(f);
}

void future_set_exception(FutureObj* f, const Value& exc_or_type) {
  if (f->state != FutureObj::State::Pending) raise(E::InvalidStateError, "invalid state");
  Value exc = exc_or_type;
  if (is_type(exc)) exc = call(exc, nullptr, 0);
  if (!is_exception_instance(exc)) raise(E::TypeError, "invalid exception object");
  if (isinstance_of(exc, E::StopIteration))
    raise(E::TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  f->exception = exc;
  f->state = FutureObj::State::Finished;
  f->log_traceback = true;
  schedule_callbacks(f);
}

bool future_cancel(FutureObj* f, const Value& message) {
  f->log_traceback = false;
  if (f->state != FutureObj::State::Pending) return false;
  f->state = FutureObj::State::Cancelled;
  f->set_cancel_message(message);
  schedule_callbacks(f);
  return true;
}

void future_add_callback(FutureObj* f, DoneCallback cb) {
  if (f->state != FutureObj::State::Pending) {
    schedule_callback(static_cast<EventLoopObj*>(f->loop.obj()), cb, Value::borrow(f));
    return;
  }
  f->callbacks.push_back(std::move(cb));
}

Value make_cancelled_error(FutureObj* f) {
  if (f->has_cancelled_exc()) {
    Value exc = std::move(f->rare_fields->cancelled_exc);
    f->rare_fields->cancelled_exc.clear();
    return exc;
  }
  Value message = f->cancel_message();
  if (message.is_none()) return new_exception(E::CancelledError, nullptr, 0);
  return new_exception(E::CancelledError, &message, 1);
}

Value future_result(FutureObj* f) {
  if (f->state == FutureObj::State::Cancelled) raise(make_cancelled_error(f));
  if (f->state != FutureObj::State::Finished) raise(E::InvalidStateError, "Result is not set.");
  f->log_traceback = false;
  if (f->exception.is_bound()) raise(f->exception);
  return f->result;
}

Value future_exception(FutureObj* f) {
  if (f->state == FutureObj::State::Cancelled) raise(make_cancelled_error(f));
  if (f->state != FutureObj::State::Finished) raise(E::InvalidStateError, "Exception is not set.");
  f->log_traceback = false;
  return f->exception.is_bound() ? f->exception : Value::none();
}

std::string future_repr_info(FutureObj* f) {
  std::string info = state_word(f->state);
  if (f->state == FutureObj::State::Finished) {
    if (f->exception.is_bound())
      info += " exception=" + std::string(sv(repr(f->exception)));
    else
      info += " result=" + reprlib_repr(f->result);
  }
  // (A done future's callbacks are scheduled: a task's one native callback
  // waits in it for its turn in the ready queue, but is no longer its own.)
  size_t n = f->state == FutureObj::State::Pending ? f->callbacks.size() : 0;
  if (n == 1) info += " cb=[" + callback_text(f->callbacks[0]) + "]";
  if (n == 2) info += " cb=[" + callback_text(f->callbacks[0]) + ", " + callback_text(f->callbacks[1]) + "]";
  if (n > 2)
    info += fmt::format(" cb=[{}, <{} more>, {}]", callback_text(f->callbacks[0]), n - 2, callback_text(f->callbacks[n - 1]));
  return info;
}

Value future_iter(const Value& f) {
  auto* it = new FutureIterObj();
  it->future = f;
  return Value::steal(it);
}

Value future_repr(const Value& v) {
  FutureObj* f = as_future(v);
  return make_str("<Future " + future_repr_info(f) + ">");
}

void init_future_types() {
  TypeObj* f = new_builtin_type("Future", nullptr);
  f->module = "_asyncio";
  f->allows_subclassing = false;
  f->repr = repr_slot;
  f->tp_new = future_new;
  f->finalize = finalize_slot;
  add_method(f, "result", m_result);
  add_method(f, "exception", m_exception);
  add_method(f, "done", m_done);
  add_method(f, "cancelled", m_cancelled);
  add_method(f, "cancel", m_cancel);
  add_method(f, "set_result", m_set_result);
  add_method(f, "set_exception", m_set_exception);
  add_method(f, "add_done_callback", m_add_done_callback);
  add_method(f, "remove_done_callback", m_remove_done_callback);
  add_method(f, "get_loop", m_get_loop);
  add_method(f, "__await__", m_await);
  add_method(f, "__iter__", m_await);
  add_getset(f, "_asyncio_future_blocking", get_blocking, set_blocking);
  T::future = f;

  TypeObj* it = new_builtin_type("FutureIter", nullptr);
  it->module = "_asyncio";
  it->allows_subclassing = false;
  it->iter = iter_self;
  it->next = iter_next;
  add_method(it, "send", iter_send);
  add_method(it, "throw", iter_throw);
  add_method(it, "close", iter_close);
  T::future_iter = it;
}

}  // namespace py
