// asyncio.Task: a future that drives a coroutine, one step per handle on
// the loop's ready queue, as CPython's Task.__step / __wakeup. A compiled
// coroutine is resumed through its machine (machine_send_step /
// machine_throw_step): a step that suspends on a future registers the
// task's wakeup as that future's done callback; a bare yield (sleep(0))
// schedules the next step at once.
#include <fmt/format.h>

#include <algorithm>

#include "loop/loop.h"

namespace py {

namespace T {
TypeObj* task;
}  // namespace T

namespace {

uint64_t task_name_counter = 0;       // Task-N
Value the_current_task;               // the task whose step is running (one loop runs at a time)
TaskObj* first_task = nullptr;        // live tasks, in creation order (all_tasks): a list through the tasks
TaskObj* last_task = nullptr;

TaskObj* self_task(const Value& v, const char* method) {
  if (!is_task(v)) raise(E::TypeError, fmt::format("descriptor '{}' requires a '_asyncio.Task' object", method));
  return static_cast<TaskObj*>(v.obj());
}


void task_step(const Value& task, const Value& exc);
void step_callback(const Value& task, const Value& exc) { task_step(task, exc); }

}  // namespace

// __wakeup: the future the task waited for is done; resume with its
// outcome (its exception thrown in, else nothing sent: the await picks the
// result up itself).
void task_wakeup_callback(const Value& task, const Value& future) {
  // A native future's result() adds no traceback entry (CPython's is C
  // code): its exception goes in as the task left it.
  Value exc;
  if (is_future(future) && as_future(future)->state == FutureObj::State::Finished) {
    FutureObj* f = as_future(future);
    f->log_traceback = false;
    exc = f->exception;
  } else {
    try {
      if (is_future(future))
        future_result(as_future(future));
      else
        call_method(future, make_str("result"), {});
    } catch (PyError& e) {
      exc = e.exc;
    }
  }
  task_step(task, exc);
}

namespace {

void schedule_step_with_error(TaskObj* t, const std::string& message) {
  Value exc = make_exception(E::RuntimeError, message);
  call_soon_native(static_cast<EventLoopObj*>(t->loop.obj()), step_callback, Value::borrow(t), exc);
}

// One step of the coroutine: send None, or throw `exc` in.
Step resume_coroutine(const Value& coro, const Value& exc, Value& io) {
  if (is_machine(coro)) {
    auto* m = coro.as<MachineObj>();
    if (exc.is_unbound()) {
      io = Value::none();
      return machine_send_step(m, io);
    }
    return machine_throw_step(m, exc, io);
  }
  // Another kind of coroutine object (an async generator's aclose() in
  // a task, say): its send/throw; StopIteration is its return.
  if (exc.is_unbound()) {
    if (TypeObj* t = type_of(coro); t->send) {
      io = Value::none();
      return t->send(coro, io) ? Step::Suspended : Step::Returned;
    }
  }
  try {
    io = exc.is_unbound() ? call_method(coro, make_str("send"), {Value::none()})
                          : call_method(coro, make_str("throw"), {exc});
    return Step::Suspended;
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::StopIteration)) throw;
    io = getattr(e.exc, make_str("value"));
    return Step::Returned;
  }
}

void task_step(const Value& task, const Value& exc_in) {
  auto* t = static_cast<TaskObj*>(task.obj());
  if (t->state != FutureObj::State::Pending)
    raise(E::InvalidStateError, fmt::format("_step(): already done: {}, {}", std::string(sv(repr(task))),
                                            exc_in.is_bound() ? std::string(sv(repr(exc_in))) : "None"));
  Value exc = exc_in;
  if (t->must_cancel) {
    if (!exc.is_bound() || !isinstance_of(exc, E::CancelledError)) exc = make_cancelled_error(t);
    t->must_cancel = false;
  }
  t->fut_waiter.clear();
  auto* loop = static_cast<EventLoopObj*>(t->loop.obj());
  if (the_current_task.is_bound() && !the_current_task.is_none())
    raise(E::RuntimeError, fmt::format("Cannot enter into task {} while another task {} is being executed.",
                                       std::string(sv(repr(task))), std::string(sv(repr(the_current_task)))));
  the_current_task = task;
  Value io;
  Step step;
  try {
    step = resume_coroutine(t->coro, exc, io);
  } catch (PyError& e) {
    the_current_task.clear();
    // The task keeps the coroutine's frames of the traceback, not the
    // loop's callers: re-raised later, it gets the frames of where then.
    auto* ex = e.exc.as<ExceptionObj>();
    ex->handled_depth = current_frame ? current_frame->depth + 1 : 0;
    if (isinstance_of(e.exc, E::CancelledError)) {
      t->rare().cancelled_exc = e.exc;
      future_cancel(t, Value::none());
    } else if (isinstance_of(e.exc, E::KeyboardInterrupt) || isinstance_of(e.exc, E::SystemExit)) {
      future_set_exception(t, e.exc);
      throw;
    } else {
      future_set_exception(t, e.exc);
    }
    return;
  }
  the_current_task.clear();
  if (step == Step::Returned) {
    if (t->must_cancel) {
      t->must_cancel = false;
      future_cancel(t, t->cancel_message());
    } else {
      future_set_result(t, io);
    }
    return;
  }
  // Suspended: io is what the coroutine yielded to the task.
  Value result = std::move(io);
  if (is_future(result)) {
    FutureObj* f = as_future(result);
    if (!f->loop.same(t->loop)) {
      schedule_step_with_error(t, fmt::format("Task {} got Future {} attached to a different loop",
                                              std::string(sv(repr(task))), std::string(sv(repr(result)))));
    } else if (f->blocking) {
      if (result.same(task)) {
        schedule_step_with_error(t, fmt::format("Task cannot await on itself: {}", std::string(sv(repr(task)))));
        return;
      }
      f->blocking = false;
      future_add_callback(f, DoneCallback::of_native(task_wakeup_callback, task, "Task.task_wakeup()"));
      t->fut_waiter = result;
      if (t->must_cancel && cancel_future_any(t->fut_waiter, t->cancel_message())) t->must_cancel = false;
    } else {
      schedule_step_with_error(t, fmt::format("yield was used instead of yield from in task {} with {}",
                                              std::string(sv(repr(task))), std::string(sv(repr(result)))));
    }
  } else if (result.is_none()) {
    schedule_task_step(loop, t);  // a bare yield: one iteration later
  } else if (result.is_obj() && result.obj()->type == T::generator) {
    schedule_step_with_error(t, fmt::format("yield was used instead of yield from for generator in task {} with {}",
                                            std::string(sv(repr(task))), std::string(sv(repr(result)))));
  } else {
    schedule_step_with_error(t, fmt::format("Task got bad yield: {}", std::string(sv(repr(result)))));
  }
}

// ---------------------------------------------------------------- methods

Value repr_slot(const Value& self) {
  auto* t = static_cast<TaskObj*>(self.obj());
  std::string info = future_repr_info(t);
  std::string state = info.substr(0, info.find(' '));
  std::string rest = info.substr(state.size());
  if (t->num_cancels_requested > 0 && t->state == FutureObj::State::Pending) state = "cancelling";
  std::string out = "<Task " + state + " name=" + std::string(sv(repr(task_name(t)))) + " coro=<" +
                    format_coroutine(t->coro) + ">";
  if (t->fut_waiter.is_bound()) out += " wait_for=" + std::string(sv(repr(t->fut_waiter)));
  return make_str(out + rest + ">");
}

Value m_get_name(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("get_name", nargs, kwnames, 1, 1);
  return task_name(self_task(args[0], "get_name"));
}

Value m_set_name(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("set_name", nargs, kwnames, 2, 2);
  self_task(args[0], "set_name")->rare().task_name = str(args[1]);
  return Value::none();
}

Value m_get_coro(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("get_coro", nargs, kwnames, 1, 1);
  return self_task(args[0], "get_coro")->coro;
}

Value m_cancelling(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("cancelling", nargs, kwnames, 1, 1);
  return Value::from_int(self_task(args[0], "cancelling")->num_cancels_requested);
}

Value m_uncancel(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("uncancel", nargs, kwnames, 1, 1);
  TaskObj* t = self_task(args[0], "uncancel");
  if (t->num_cancels_requested > 0) --t->num_cancels_requested;
  return Value::from_int(t->num_cancels_requested);
}

Value task_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value* name = find_kwarg(args, nargs, kwnames, "name");
  const Value* loop = find_kwarg(args, nargs, kwnames, "loop");
  if (nargs != 1) raise(E::TypeError, "Task() takes exactly one positional argument (the coroutine)");
  EventLoopObj* l = loop && !loop->is_none() ? static_cast<EventLoopObj*>(loop->obj()) : current_loop();
  return new_task(l, args[0], name ? *name : Value::none());
}

// ensure_future of an awaitable that is not a coroutine: a task of
//     @types.coroutine
//     def _wrap_awaitable(awaitable):
//         return (yield from awaitable.__await__())
struct WrapAwaitableFrame : MachineObj {
  Value awaitable;
  void clear_locals() override { awaitable.clear(); }
};
const char* const kNoLines[] = {nullptr};
const SourceInfo kTasksSource{kTasksPath, kNoLines, 0};
const CodeInfo kWrapAwaitableCode{.name = "_wrap_awaitable", .qualname = "_wrap_awaitable", .source = &kTasksSource,
                                  .firstline = 687, .kind = FuncKind::Generator, .params = nullptr, .npositional = 0,
                                  .nposonly = 0, .nkwonly = 0, .has_varargs = false, .has_varkw = false, .doc = nullptr};

Step resume_wrap_awaitable(MachineObj* m, Value& io) {
  auto* f = static_cast<WrapAwaitableFrame*>(m);
  if (f->state == 0) {
    f->frame.line = 694;
    f->yield_from = yield_from_iter(f, call_method(f->awaitable, make_str("__await__"), {}));
    io = Value::none();
    f->state = 1;
  }
  if (yield_from_step(f, io)) return Step::Suspended;
  return Step::Returned;
}

}  // namespace

bool cancel_future_any(const Value& fut, const Value& message) {
  if (fut.is_obj() && fut.obj()->type == T::task) return task_cancel(static_cast<TaskObj*>(fut.obj()), message);
  if (fut.is_obj() && fut.obj()->type == T::future) return future_cancel(as_future(fut), message);
  return truthy(call_method(fut, make_str("cancel"), {message}));  // a subclass's own cancel (gather's)
}

// asyncio.iscoroutine: a coroutine, a generator, or what
// collections.abc.Coroutine recognises (a type with __await__, send, throw
// and close: an async generator's asend/athrow awaitables, or a class).
bool is_coroutine(const Value& v) {
  if (!v.is_obj()) return false;
  TypeObj* t = v.obj()->type;
  if (t == T::coroutine || t == T::generator || is_async_gen_awaitable(v)) return true;
  for (const char* method : {"__await__", "send", "throw", "close"})
    if (type_lookup(t, intern(method)).is_unbound()) return false;
  return true;
}

Value new_task(EventLoopObj* loop, const Value& coro, const Value& name) {
  if (!is_coroutine(coro))
    raise(E::TypeError, fmt::format("a coroutine was expected, got {}", std::string(sv(repr(coro)))));
  auto* t = new TaskObj();
  Value task = Value::steal(t);
  t->loop = Value::borrow(loop);
  t->coro = coro;
  // 'Task-N' is numbered now, as CPython names it, and made when asked for.
  if (name.is_none())
    t->name_number = ++task_name_counter;
  else
    t->rare().task_name = str(name);
  schedule_task_step(loop, t);
  return task;
}

const Value& task_name(TaskObj* t) {
  Value& name = t->rare().task_name;
  if (name.is_unbound()) name = make_str(fmt::format("Task-{}", t->name_number));
  return name;
}

bool task_cancel(TaskObj* t, const Value& message) {
  t->log_traceback = false;
  if (t->state != FutureObj::State::Pending) return false;
  ++t->num_cancels_requested;
  if (t->fut_waiter.is_bound() && cancel_future_any(t->fut_waiter, message)) return true;
  t->must_cancel = true;
  t->set_cancel_message(message);
  return true;
}

Value current_task_of(EventLoopObj*) {
  return the_current_task.is_bound() ? the_current_task : Value::none();
}

std::vector<Value> all_tasks_of(EventLoopObj* loop) {
  std::vector<Value> out;
  for (TaskObj* t = first_task; t; t = t->next_task)
    if (t->state == FutureObj::State::Pending && t->loop.obj() == loop) out.push_back(Value::borrow(t));
  return out;
}

// asyncio.coroutines._format_coroutine.
std::string format_coroutine(const Value& coro) {
  std::string name;
  auto nonempty_attr = [&](const char* attr) {
    Value v = getattr_or_unbound(coro, intern(attr));
    if (v.is_bound() && truthy(v)) name = str_string(v);
    return !name.empty();
  };
  if (!nonempty_attr("__qualname__") && !nonempty_attr("__name__"))
    name = fmt::format("<{} without __name__>", type_name(coro));
  name += "()";
  if (!is_machine(coro)) {
    Value running = getattr_or_unbound(coro, intern("cr_running"));
    if (running.is_unbound()) running = getattr_or_unbound(coro, intern("gi_running"));
    return running.is_bound() && truthy(running) ? name + " running" : name;
  }
  auto* m = coro.as<MachineObj>();
  const SourceInfo* src = m->code->source;
  std::string file = src ? src->filename : "<unknown>";
  if (m->state != MachineObj::kFinished) return fmt::format("{} running at {}:{}", name, file, m->frame.line);
  return fmt::format("{} done, defined at {}:{}", name, file, m->code->firstline);
}

Value ensure_future(const Value& obj, EventLoopObj* loop) {
  if (is_future(obj)) {
    if (loop && as_future(obj)->loop.obj() != loop)
      raise(E::ValueError, "The future belongs to a different loop than the one specified as the loop argument");
    return obj;
  }
  if (is_coroutine(obj)) return new_task(loop ? loop : current_loop(), obj, Value::none());
  if (type_lookup(type_of(obj), intern("__await__")).is_bound()) {
    auto* f = new_machine<WrapAwaitableFrame>(&kWrapAwaitableCode, resume_wrap_awaitable);
    Value wrapper = Value::steal(f);
    f->iterable_coroutine = true;
    f->awaitable = obj;
    return new_task(loop ? loop : current_loop(), wrapper, Value::none());
  }
  raise(E::TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

TaskObj::TaskObj() : FutureObj(T::task) {
  prev_task = last_task;
  (last_task ? last_task->next_task : first_task) = this;
  last_task = this;
}

namespace {
void leave_all_tasks(TaskObj* t) {
  if (!t->prev_task && first_task != t) return;  // (left already)
  (t->prev_task ? t->prev_task->next_task : first_task) = t->next_task;
  (t->next_task ? t->next_task->prev_task : last_task) = t->prev_task;
  t->prev_task = t->next_task = nullptr;
}
}  // namespace

TaskObj::~TaskObj() { leave_all_tasks(this); }

// Garbage leaves all_tasks() when it is cleared, not when it is freed:
// a finaliser the clearing sets off must not find it there half cleared.
void TaskObj::gc_clear() {
  leave_all_tasks(this);
  FutureObj::gc_clear();
  coro.clear();
  fut_waiter.clear();
  wakeup_future.clear();
}

namespace {

// A task's step goes through the ready queue as the task itself, as if it
// were CPython's handle of Task.__step (or of Task.__wakeup, with the future
// that woke it): no handle is made per task or per step. A second step
// while one is queued (one with an exception thrown in, say) is a handle
// of its own, as CPython's second call_soon would be.
void push_task_step(EventLoopObj* loop, TaskObj* t, const Value& future) {
  if (t->step_scheduled) [[unlikely]] {
    if (future.is_bound())
      call_soon_native(loop, task_wakeup_callback, Value::borrow(t), future, "Task.task_wakeup()");
    else
      call_soon_native(loop, step_callback, Value::borrow(t), Value());
    return;
  }
  t->step_scheduled = true;
  t->wakeup_future = future;
  loop->ready.push_back(Value::borrow(t));
}

}  // namespace

void schedule_task_step(EventLoopObj* loop, TaskObj* t) { push_task_step(loop, t, Value()); }

void schedule_task_wakeup(EventLoopObj* loop, TaskObj* t, const Value& future) { push_task_step(loop, t, future); }

void schedule_task_done_callback(EventLoopObj* loop, TaskObj* t) {
  t->done_callback_queued = true;
  loop->ready.push_back(Value::borrow(t));
}

void run_task_step(const Value& task) {
  auto* t = static_cast<TaskObj*>(task.obj());
  if (t->done_callback_queued) [[unlikely]] {
    t->done_callback_queued = false;
    DoneCallbacks callbacks = std::move(t->callbacks);
    if (!callbacks.empty()) callbacks[0].native(callbacks[0].target, task);
    return;
  }
  t->step_scheduled = false;
  if (t->wakeup_future.is_bound()) {
    Value future = std::move(t->wakeup_future);
    task_wakeup_callback(task, future);
  } else {
    task_step(task, Value());
  }
}

void init_task_type() {
  TypeObj* t = new_builtin_type("Task", T::future);
  t->module = "_asyncio";
  t->allows_subclassing = false;
  t->repr = repr_slot;
  t->tp_new = task_new;
  t->finalize = T::future->finalize;
  add_method(t, "get_name", m_get_name);
  add_method(t, "set_name", m_set_name);
  add_method(t, "get_coro", m_get_coro);
  add_method(t, "cancelling", m_cancelling);
  add_method(t, "uncancel", m_uncancel);
  T::task = t;
}

}  // namespace py
