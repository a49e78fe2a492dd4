// _asyncio, the native half of asyncio: run, sleep, gather, create_task and
// the loop functions, over the loop, futures and tasks of this layer. The
// asyncio module itself (asyncio.py beside this file, compiled by pyco2cpp
// into the runtime) re-exports these and adds what asyncio writes in Python
// over them: locks, queues, wait, wait_for, shield, TaskGroup, ...
//
// asyncio's own coroutines (sleep, and the two shutdown steps asyncio.run
// takes) are hand-written machines, the way codegen lowers a coroutine
// (pyrt/machine.h), with CodeInfo naming asyncio's source as CPython 3.11.7
// lays it out, so tracebacks and task reprs show asyncio's lines.
#include <fmt/format.h>

#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include "loop/loop.h"
#include "machines/machine_internal.h"
#include "stdlib/mod_util.h"

namespace py {

namespace T {
TypeObj* gathering_future;
}  // namespace T

namespace {

using namespace modutil;

const char* const kNoLines[] = {nullptr};
const SourceInfo kTasksPy{kTasksPath, kNoLines, 0};
const SourceInfo kBaseEventsPy{kBaseEventsPath, kNoLines, 0};

CodeInfo coroutine_code(const char* name, const char* qualname, const SourceInfo* source, int line) {
  return CodeInfo{.name = name, .qualname = qualname, .source = source, .firstline = line,
                  .kind = FuncKind::Coroutine, .params = nullptr, .npositional = 0, .nposonly = 0,
                  .nkwonly = 0, .has_varargs = false, .has_varkw = false, .doc = nullptr};
}
const CodeInfo kSleepCode = coroutine_code("sleep", "sleep", &kTasksPy, 637);
const CodeInfo kShutdownAsyncgensCode =
    coroutine_code("shutdown_asyncgens", "BaseEventLoop.shutdown_asyncgens", &kBaseEventsPy, 539);
const CodeInfo kShutdownExecutorCode =
    coroutine_code("shutdown_default_executor", "BaseEventLoop.shutdown_default_executor", &kBaseEventsPy, 564);

EventLoopObj* loop_arg(const Value& v) {
  if (v.is_obj() && v.obj()->type == T::event_loop) return static_cast<EventLoopObj*>(v.obj());
  raise(E::TypeError, "an event loop was expected");
}

// ---------------------------------------------------------------- sleep

// One step of `await future` as the future's iterator (FutureIter) takes
// it: the future, yielded once to the task that will wait for it; then its
// result. True: suspended (io: what it yields).
bool sleep_await_step(SleepFrame* f, Value& io) {
  if (f->pending_throw.is_bound()) [[unlikely]] {  // a throw(): raised at the await
    f->yield_from.clear();
    machine_raise_pending(f);
  }
  FutureObj* fut = as_future(f->future);
  if (fut->state == FutureObj::State::Pending) {
    if (fut->blocking) raise(E::RuntimeError, "await wasn't used with future");
    fut->blocking = true;
    io = f->future;
    return true;
  }
  f->yield_from.clear();
  io = future_result(fut);
  return false;
}

// async def sleep(delay, result=None):
//     if delay <= 0:
//         await __sleep0()          # a bare yield: one loop iteration
//         return result
//     future = loop.create_future()
//     h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
//     try:
//         return await future
//     finally:
//         h.cancel()
Step resume_sleep(MachineObj* m, Value& io) {
  auto* f = static_cast<SleepFrame*>(m);
  switch (f->state) {
    case 0: break;
    case 1: goto resume_1;
    case 2: goto resume_2;
  }
  f->frame.line = 639;
  if (le_test(f->delay, Value::from_int(0))) {
    f->frame.line = 640;
    io = Value::none();
    f->state = 1;
    return Step::Suspended;
  resume_1:
    machine_resumed(f);
    f->frame.line = 641;
    io = f->result;
    return Step::Returned;
  }
  {
    f->frame.line = 643;
    EventLoopObj* loop = get_running_loop_or_raise();
    f->future = new_future(loop);
    f->frame.line = 645;
    double when = loop_time(loop) + to_double(f->delay);
    f->loop = loop;
    f->timer_scheduled = true;
    push_timer(loop, when, Value::borrow(f));
    f->frame.line = 649;
    // `await future` without the future's iterator (FutureIter): the frame
    // does its work (sleep_await_step), and its delegate is the future
    // itself, so that it counts as awaiting (a second await of this
    // coroutine is refused) and a throw() goes in at the await. cr_await
    // asks for the iterator: made then (sleep_delegate), the frame awaits
    // through it as CPython's does.
    f->yield_from = f->future;
    io = Value::none();
    f->state = 2;
  }
resume_2:
  try {
    if (f->yield_from.same(f->future) ? sleep_await_step(f, io) : yield_from_step(f, io)) return Step::Suspended;
  } catch (PyError&) {
    f->frame.line = 651;
    sleep_timer_cancel(f);
    throw;
  }
  f->frame.line = 651;
  sleep_timer_cancel(f);
  return Step::Returned;  // io: the future's result
}

// cr_await of a sleep (suspended): the future's iterator, made when first
// asked for (see resume_sleep).
Value sleep_delegate(MachineObj* m) {
  auto* f = static_cast<SleepFrame*>(m);
  if (f->yield_from.is_bound() && f->yield_from.same(f->future)) f->yield_from = future_iter(f->future);
  return f->yield_from;
}

}  // namespace

// _set_result_unless_cancelled(future, result), the sleep's timer callback.
void sleep_timer_fire(SleepFrame* f) {
  if (f->future.is_unbound()) return;
  FutureObj* fut = as_future(f->future);
  if (fut->state == FutureObj::State::Cancelled) return;
  future_set_result(fut, f->result);
}

void sleep_timer_cancel(SleepFrame* f) {
  if (f->timer_cancelled) return;
  f->timer_cancelled = true;
  if (f->timer_scheduled) ++f->loop->cancelled_timers;
}

namespace {

Value fn_sleep(const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value* result_kw = find_kwarg(args, nargs, kwnames, "result");
  if (nargs < 1 || nargs > 2 || kwcount(kwnames) > (result_kw ? 1u : 0u))
    raise(E::TypeError, "sleep() takes 1 or 2 arguments: delay, result=None");
  auto* f = new_machine<SleepFrame>(&kSleepCode, resume_sleep);
  Value coro = Value::steal(f);
  f->delay = args[0];
  f->result = nargs == 2 ? args[1] : result_kw ? *result_kw : Value::none();
  return coro;
}

// A coroutine of asyncio that returns at once (the loop's shutdown steps:
// nothing to shut down here, but CPython runs each as a task, and the
// iterations that takes run what else is ready).
Step resume_immediate(MachineObj*, Value& io) {
  io = Value::none();
  return Step::Returned;
}
struct ImmediateFrame : MachineObj {};

// ---------------------------------------------------------------- gather

// gather()'s future: cancelling it cancels its children.
struct GatheringFutureObj : FutureObj {
  std::vector<Value> children;
  size_t nfuts = 0, nfinished = 0;
  bool return_exceptions = false;
  bool cancel_requested = false;
  GatheringFutureObj() : FutureObj(T::gathering_future) {}
  void gc_traverse(GcVisitor& visit) override {
    FutureObj::gc_traverse(visit);
    gc_visit_all(visit, children);
  }
  void gc_clear() override {
    FutureObj::gc_clear();
    gc_clear_all(children);
  }
};

void gather_child_done(const Value& outer_v, const Value& fut_v) {
  auto* outer = static_cast<GatheringFutureObj*>(outer_v.obj());
  FutureObj* fut = as_future(fut_v);
  ++outer->nfinished;
  if (outer->state != FutureObj::State::Pending) {
    if (fut->state != FutureObj::State::Cancelled) future_exception(fut);  // mark it retrieved
    return;
  }
  if (!outer->return_exceptions) {
    if (fut->state == FutureObj::State::Cancelled) {
      future_set_exception(outer, make_cancelled_error(fut));
      return;
    }
    Value exc = future_exception(fut);
    if (!exc.is_none()) {
      future_set_exception(outer, exc);
      return;
    }
  }
  if (outer->nfinished < outer->nfuts) return;
  std::vector<Value> results;
  for (auto& child : outer->children) {
    FutureObj* c = as_future(child);
    if (c->state == FutureObj::State::Cancelled) {
      Value msg = c->cancel_message();
      if (msg.is_none()) msg = make_str("");
      results.push_back(new_exception(E::CancelledError, &msg, 1));
    } else {
      Value exc = future_exception(c);
      results.push_back(exc.is_none() ? c->result : exc);
    }
  }
  if (outer->cancel_requested)
    future_set_exception(outer, make_cancelled_error(fut));
  else
    future_set_result(outer, make_list(std::move(results)));
}

Value fn_gather(const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value* ret_exc = find_kwarg(args, nargs, kwnames, "return_exceptions");
  if (kwcount(kwnames) > (ret_exc ? 1u : 0u)) raise(E::TypeError, "gather() got an unexpected keyword argument");
  if (nargs == 0) {
    Value outer = new_future(current_loop());
    future_set_result(as_future(outer), make_list({}));
    return outer;
  }
  auto* outer = new GatheringFutureObj();
  Value outer_v = Value::steal(outer);
  outer->return_exceptions = ret_exc && truthy(*ret_exc);
  EventLoopObj* loop = nullptr;
  static const std::string done_name = "gather.<locals>._done_callback() at " + std::string(kTasksPath) + ":764";
  // Each distinct argument (by identity) becomes one future; a repeated one
  // shares it. (Every argument that makes a future is an object.)
  std::unordered_map<const Object*, size_t> arg_to_child;
  outer->children.reserve(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    const Value& arg = args[i];
    if (arg.is_obj()) {
      auto seen = arg_to_child.find(arg.obj());
      if (seen != arg_to_child.end()) {
        outer->children.push_back(outer->children[seen->second]);
        continue;
      }
    }
    Value fut = ensure_future(arg, loop);
    if (!loop) loop = static_cast<EventLoopObj*>(as_future(fut)->loop.obj());
    ++outer->nfuts;
    if (arg.is_obj()) arg_to_child.emplace(arg.obj(), outer->children.size());
    future_add_callback(as_future(fut), DoneCallback::of_native(gather_child_done, outer_v, done_name.c_str()));
    outer->children.push_back(fut);
  }
  outer->loop = Value::borrow(loop);
  return outer_v;
}

Value gathering_cancel(const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value* msg = find_kwarg(args, nargs, kwnames, "msg");
  Value message = nargs == 2 ? args[1] : msg ? *msg : Value::none();
  auto* outer = static_cast<GatheringFutureObj*>(args[0].obj());
  if (outer->state != FutureObj::State::Pending) return Value::from_bool(false);
  bool ret = false;
  for (auto& child : outer->children) {
    bool cancelled = cancel_future_any(child, message);
    ret = ret || cancelled;
  }
  if (ret) outer->cancel_requested = true;
  return Value::from_bool(ret);
}

Value gathering_repr(const Value& self) {
  return make_str("<_GatheringFuture " + future_repr_info(as_future(self)) + ">");
}

// ---------------------------------------------------------------- shutdown_asyncgens

// async def shutdown_asyncgens(self):           # base_events.py:539
//     self._asyncgens_shutdown_called = True
//     if not len(self._asyncgens):
//         return
//     closing_agens = list(self._asyncgens)
//     self._asyncgens.clear()
//     results = await tasks.gather(
//         *[ag.aclose() for ag in closing_agens],
//         return_exceptions=True)
//     for result, agen in zip(results, closing_agens):
//         if isinstance(result, Exception):
//             self.call_exception_handler({
//                 'message': f'an error occurred during closing of '
//                            f'asynchronous generator {agen!r}',
//                 'exception': result,
//                 'asyncgen': agen
//             })
struct ShutdownAsyncgensFrame : MachineObj {
  Value loop, closing;
  void clear_locals() override {
    loop.clear();
    closing.clear();
  }
};

Step resume_shutdown_asyncgens(MachineObj* m, Value& io) {
  auto* f = static_cast<ShutdownAsyncgensFrame*>(m);
  auto* loop = static_cast<EventLoopObj*>(f->loop.obj());
  switch (f->state) {
    case 0: break;
    case 1: goto resume_1;
  }
  {
    f->frame.line = 541;
    loop->asyncgens_shutdown_called = true;
    f->frame.line = 543;
    if (loop->asyncgens.size == 0) {
      f->frame.line = 546;
      io = Value::none();
      return Step::Returned;
    }
    f->frame.line = 548;
    f->closing = make_list(loop->asyncgens.take_all());
    f->frame.line = 552;
    std::vector<Value> gather_args;
    for (auto& ag : f->closing.as<ListObj>()->items) gather_args.push_back(async_gen_aclose(ag));
    size_t npositional = gather_args.size();
    gather_args.push_back(Value::from_bool(true));
    Value kwnames = make_tuple({make_str("return_exceptions")});
    f->frame.line = 551;
    Value gathered = fn_gather(gather_args.data(), npositional, kwnames.as<TupleObj>());
    f->yield_from = await_iter(gathered);
    io = Value::none();
    f->state = 1;
  }
resume_1:
  machine_resumed(f);
  if (yield_from_step(f, io)) return Step::Suspended;
  {
    Value results = std::move(io);
    auto& gens = f->closing.as<ListObj>()->items;
    auto& outcomes = results.as<ListObj>()->items;
    for (size_t i = 0; i < gens.size() && i < outcomes.size(); ++i) {
      f->frame.line = 556;
      if (!isinstance_of(outcomes[i], E::Exception)) continue;
      f->frame.line = 557;
      call_exception_handler(loop, "an error occurred during closing of asynchronous generator " + py::repr_string(gens[i]),
                             outcomes[i], {{"asyncgen", gens[i]}});
    }
  }
  io = Value::none();
  return Step::Returned;
}

Value shutdown_asyncgens(EventLoopObj* loop) {
  auto* f = new_machine<ShutdownAsyncgensFrame>(&kShutdownAsyncgensCode, resume_shutdown_asyncgens);
  Value coro = Value::steal(f);
  f->loop = Value::borrow(loop);
  return coro;
}

// ---------------------------------------------------------------- tasks

Value fn_create_task(const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value* name = find_kwarg(args, nargs, kwnames, "name");
  if (nargs != 1 || kwcount(kwnames) > (name ? 1u : 0u))
    raise(E::TypeError, fmt::format("create_task() takes 1 positional argument but {} were given", nargs));
  EventLoopObj* loop = get_running_loop_or_raise();
  // CPython's create_task makes the task (numbering it) and then names it.
  Value task = new_task(loop, args[0], Value::none());
  if (name && !name->is_none()) static_cast<TaskObj*>(task.obj())->rare().task_name = str(*name);
  return task;
}

Value fn_ensure_future(const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value* loop = find_kwarg(args, nargs, kwnames, "loop");
  if (nargs != 1) raise(E::TypeError, "ensure_future() takes exactly one positional argument");
  return ensure_future(args[0], loop && !loop->is_none() ? loop_arg(*loop) : nullptr);
}

Value fn_current_task(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("current_task", nargs, kwnames, 0, 1);
  EventLoopObj* loop = nargs ? loop_arg(args[0]) : get_running_loop_or_raise();
  return current_task_of(loop);
}

Value fn_all_tasks(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("all_tasks", nargs, kwnames, 0, 1);
  EventLoopObj* loop = nargs ? loop_arg(args[0]) : get_running_loop_or_raise();
  Value set = call(builtin("set"), nullptr, 0);
  for (auto& t : all_tasks_of(loop)) call_method(set, make_str("add"), {t});
  return set;
}

Value fn_iscoroutine(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("iscoroutine", nargs, kwnames, 1, 1);
  return Value::from_bool(is_coroutine(args[0]));
}

Value fn_iscoroutinefunction(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("iscoroutinefunction", nargs, kwnames, 1, 1);
  Value f = args[0];
  if (type_of(f) == T::method) f = f.as<MethodObj>()->func;
  return Value::from_bool(type_of(f) == T::function && f.as<FuncObj>()->code->kind == FuncKind::Coroutine);
}

// inspect.isgeneratorfunction, for --asyncio-legacy's coroutine decorator.
Value fn_isgeneratorfunction(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("_isgeneratorfunction", nargs, kwnames, 1, 1);
  Value f = args[0];
  if (type_of(f) == T::method) f = f.as<MethodObj>()->func;
  return Value::from_bool(type_of(f) == T::function && f.as<FuncObj>()->code->kind == FuncKind::Generator);
}

// ---------------------------------------------------------------- loops

Value fn_get_running_loop(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("get_running_loop", nargs, kwnames, 0, 0);
  return Value::borrow(get_running_loop_or_raise());
}

Value fn_get_event_loop(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("get_event_loop", nargs, kwnames, 0, 0);
  if (EventLoopObj* loop = running_loop()) return Value::borrow(loop);
  return Value::borrow(current_loop());
}

Value fn_new_event_loop(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("new_event_loop", nargs, kwnames, 0, 0);
  return new_event_loop();
}

Value fn_set_event_loop(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("set_event_loop", nargs, kwnames, 1, 1);
  set_current_loop(args[0]);
  return Value::none();
}

// asyncio.run's clean-up: cancel what is left and let it finish.
void cancel_all_tasks(EventLoopObj* loop) {
  std::vector<Value> to_cancel = all_tasks_of(loop);
  if (to_cancel.empty()) return;
  for (auto& t : to_cancel) task_cancel(static_cast<TaskObj*>(t.obj()), Value::none());
  std::vector<Value> gather_args = to_cancel;
  Value kw = Value::from_bool(true);
  gather_args.push_back(kw);
  Value kwnames = make_tuple({make_str("return_exceptions")});
  Value gathered = fn_gather(gather_args.data(), to_cancel.size(), kwnames.as<TupleObj>());
  run_until_complete(loop, gathered);
  for (auto& t : to_cancel) {
    FutureObj* f = as_future(t);
    if (f->state == FutureObj::State::Cancelled) continue;
    Value exc = future_exception(f);
    if (!exc.is_none())
      call_exception_handler(loop, "unhandled exception during asyncio.run() shutdown", exc, {{"task", t}});
  }
}

Value fn_run(const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value* debug = find_kwarg(args, nargs, kwnames, "debug");
  if (nargs != 1 || kwcount(kwnames) > (debug ? 1u : 0u))
    raise(E::TypeError, fmt::format("run() takes 1 positional argument but {} were given", nargs));
  if (running_loop()) raise(E::RuntimeError, "asyncio.run() cannot be called from a running event loop");
  const Value& main = args[0];
  if (!is_coroutine(main)) raise(E::ValueError, fmt::format("a coroutine was expected, got {}", std::string(sv(repr(main)))));
  Value loop_v = new_event_loop();
  auto* loop = static_cast<EventLoopObj*>(loop_v.obj());
  set_current_loop(loop_v);
  auto close = [&] {
    try {
      cancel_all_tasks(loop);
      run_until_complete(loop, shutdown_asyncgens(loop));
      run_until_complete(loop, Value::steal(new_machine<ImmediateFrame>(&kShutdownExecutorCode, resume_immediate)));
    } catch (...) {
      set_current_loop(Value::none());
      loop_close(loop);
      throw;
    }
    set_current_loop(Value::none());
    loop_close(loop);
  };
  Value result;
  try {
    Value task = new_task(loop, main, Value::none());
    result = run_until_complete(loop, task);
  } catch (...) {
    close();
    throw;
  }
  close();
  return result;
}

// ---------------------------------------------------------------- --asyncio-legacy

// _warn_deprecated(message): warnings.warn(message, DeprecationWarning,
// stacklevel=2) called by a function of asyncio.py, under CPython's default
// warning filters: shown (once per message and line) when the frame that
// called that function is the program's own module (__main__), ignored
// anywhere else. The caller of a task's own coroutine is the loop, that is
// asyncio's code (events.py's Handle._run in CPython): ignored.
// CPython's format: `FILE:LINE: DeprecationWarning: MESSAGE` and the source
// line, stripped, indented by two spaces.
Value fn_warn_deprecated(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("_warn_deprecated", nargs, kwnames, 1, 1);
  Frame* callee = current_frame;  // the asyncio.py function (native calls push no frame)
  if (!callee || !callee->back) return Value::none();
  if (EventLoopObj* loop = running_loop()) {
    Value task = current_task_of(loop);
    if (is_task(task)) {
      const Value& coro = static_cast<TaskObj*>(task.obj())->coro;
      if (is_machine(coro) && &static_cast<MachineObj*>(coro.obj())->frame == callee) return Value::none();
    }
  }
  Frame* caller = callee->back;
  const SourceInfo* src = caller->code ? caller->code->source : nullptr;
  if (!src || src != main_source()) return Value::none();
  static std::set<std::pair<std::string, int>> shown;  // __main__'s __warningregistry__
  std::string message = modutil::str_string(args[0]);
  if (!shown.emplace(message, caller->line).second) return Value::none();
  std::string out = fmt::format("{}:{}: DeprecationWarning: {}\n", src->filename, caller->line, message);
  if (caller->line >= 1 && caller->line <= src->nlines) {
    std::string_view line = src->lines[caller->line - 1];
    size_t b = line.find_first_not_of(" \t\f\r\n");
    size_t e = line.find_last_not_of(" \t\f\r\n");
    if (b != std::string_view::npos) out += fmt::format("  {}\n", line.substr(b, e - b + 1));
  }
  write_stderr(out);
  return Value::none();
}

}  // namespace

void init__asyncio_module(ModuleObj* m) {
  if (!T::gathering_future) {
    TypeObj* g = new_builtin_type("_GatheringFuture", T::future);
    g->module = "asyncio.tasks";
    g->allows_subclassing = false;
    g->repr = gathering_repr;
    g->finalize = T::future->finalize;
    add_method(g, "cancel", gathering_cancel);
    T::gathering_future = g;
  }
  module_add_fn(m, "run", fn_run);
  module_add_fn(m, "sleep", fn_sleep);
  lazy_delegate_resume = resume_sleep;
  lazy_delegate = sleep_delegate;
  module_add_fn(m, "gather", fn_gather);
  module_add_fn(m, "create_task", fn_create_task);
  module_add_fn(m, "ensure_future", fn_ensure_future);
  module_add_fn(m, "current_task", fn_current_task);
  module_add_fn(m, "all_tasks", fn_all_tasks);
  module_add_fn(m, "iscoroutine", fn_iscoroutine);
  module_add_fn(m, "iscoroutinefunction", fn_iscoroutinefunction);
  module_add_fn(m, "get_running_loop", fn_get_running_loop);
  module_add_fn(m, "get_event_loop", fn_get_event_loop);
  module_add_fn(m, "new_event_loop", fn_new_event_loop);
  module_add_fn(m, "set_event_loop", fn_set_event_loop);
  // --asyncio-legacy (set_asyncio_legacy): asyncio.py defines coroutine and
  // lets wait() take bare coroutines when _legacy is true.
  module_add(m, "_legacy", Value::from_bool(asyncio_legacy()));
  module_add_fn(m, "_warn_deprecated", fn_warn_deprecated);
  module_add_fn(m, "_isgeneratorfunction", fn_isgeneratorfunction);
  module_add(m, "Future", Value::borrow(T::future));
  module_add(m, "Task", Value::borrow(T::task));
  module_add(m, "Handle", Value::borrow(T::handle));
  module_add(m, "TimerHandle", Value::borrow(T::timer_handle));
  module_add(m, "CancelledError", Value::borrow(E::CancelledError));
  module_add(m, "InvalidStateError", Value::borrow(E::InvalidStateError));
  module_add(m, "TimeoutError", Value::borrow(E::TimeoutError));
}

}  // namespace py
