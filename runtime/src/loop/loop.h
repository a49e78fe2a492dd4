// The event loop layer: asyncio's loop, handles, futures and tasks, native.
// Shared by the files of this layer (event_loop.cpp, future.cpp, task.cpp,
// mod_asyncio.cpp); never included by generated code.
//
// Scheduling is CPython's asyncio exactly, because programs print in its
// order: a FIFO ready queue of handles; each iteration of the loop runs the
// handles that were ready when it began; due timers join the ready queue in
// the order of CPython's heap of deadlines; a future's done callbacks are scheduled
// through the ready queue in registration order; a task's every step is a
// handle. A task drives its coroutine's machine directly (machine_send_step,
// machine_throw_step): no Python-level Task.__step.
//
// References a cycle collector will have to traverse (a later issue adds
// one; a task whose coroutine refers back to the task is a cycle): each
// object here lists its Values in a `traverse` member.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

#include "core/core.h"
#include "machines/async_generator_internal.h"
#include "pyrt/machine.h"

namespace py {

struct EventLoopObj;
struct FutureObj;

namespace T {
extern TypeObj *event_loop, *handle, *timer_handle, *future, *future_iter, *task;
}

// What a handle or a done callback calls: a Python callable with arguments,
// or a runtime function with its owner (a task's wakeup, gather's count),
// which saves making a Python object per callback.
using NativeCallback = void (*)(const Value& owner, const Value& arg);

struct HandleObj : Object {
  Value callback;              // a Python callable (Unbound for a native one)
  std::vector<Value> args;     // its arguments
  NativeCallback native = nullptr;
  std::string native_name;     // how CPython's repr names a native one ("_run_until_complete_cb() at ...")
  Value owner;                 // native: its first argument
  Value loop;
  bool cancelled = false;
  // A TimerHandle's (call_later/call_at): its deadline on the loop's clock.
  bool is_timer = false;
  bool scheduled = false;      // in the loop's timer heap
  double when = 0;
  explicit HandleObj(TypeObj* t) : Object(t) {}
  template <class Visit>
  void traverse(Visit&& visit) {
    visit(callback), visit(owner), visit(loop);
    for (auto& a : args) visit(a);
  }
};

struct EventLoopObj : Object {
  std::deque<Value> ready;       // HandleObj
  // The async generators that started while this loop ran (its
  // sys.set_asyncgen_hooks firstiter hook), not kept alive by it:
  // shutdown_asyncgens() closes those still there.
  AsyncGenRegistry asyncgens;
  bool asyncgens_shutdown_called = false;
  std::vector<Value> timers;     // TimerHandles, a binary heap by deadline (heapq's)
  int cancelled_timers = 0;      // cancelled handles still in the heap
  bool running = false, stopping = false, closed = false;
  Value exception_handler;       // set_exception_handler(), or Unbound
  EventLoopObj();
  template <class Visit>
  void traverse(Visit&& visit) {
    for (auto& h : ready) visit(h);
    for (auto& h : timers) visit(h);
    visit(exception_handler);
  }
};

// A done callback of a future: scheduled with the future as its argument.
struct DoneCallback {
  Value fn;                      // Python callable, or Unbound
  NativeCallback native = nullptr;
  Value owner;
  std::string name;              // a native one: how CPython's repr shows its callback
};

struct FutureObj : Object {
  enum class State : uint8_t { Pending, Cancelled, Finished };
  State state = State::Pending;
  Value loop;
  Value result, exception;
  Value cancel_message;          // cancel(msg)
  Value cancelled_exc;           // the CancelledError that cancelled it, once made
  std::vector<DoneCallback> callbacks;
  bool blocking = false;         // _asyncio_future_blocking: yielded to a task, which will wait for it
  bool log_traceback = false;    // an exception nobody retrieved yet: reported when it goes
  explicit FutureObj(TypeObj* t);
  ~FutureObj() override;
  template <class Visit>
  void traverse(Visit&& visit) {
    visit(loop), visit(result), visit(exception), visit(cancel_message), visit(cancelled_exc);
    for (auto& c : callbacks) visit(c.fn), visit(c.owner);
  }
};

struct TaskObj : FutureObj {
  Value coro;                    // what it drives: a coroutine (a machine, usually)
  Value name;                    // get_name(): 'Task-N' unless given
  Value fut_waiter;              // the future it waits for, while suspended on one
  bool must_cancel = false;      // cancel() came while it was not waiting: raise at its next step
  int num_cancels_requested = 0;
  TaskObj() : FutureObj(T::task) {}
  ~TaskObj() override;  // leaves all_tasks
  template <class Visit>
  void traverse(Visit&& visit) {
    FutureObj::traverse(visit);
    visit(coro), visit(name), visit(fut_waiter);
  }
};

inline bool is_future(const Value& v) {
  if (!v.is_obj()) return false;
  TypeObj* t = v.obj()->type;
  return t == T::future || t == T::task || is_subtype(t, T::future);
}
inline bool is_task(const Value& v) { return v.is_obj() && v.obj()->type == T::task; }
inline FutureObj* as_future(const Value& v) { return static_cast<FutureObj*>(v.obj()); }

// ---- the loop (event_loop.cpp)
Value new_event_loop();
EventLoopObj* running_loop();    // the loop running now, or null
EventLoopObj* get_running_loop_or_raise();  // RuntimeError('no running event loop')
EventLoopObj* current_loop();    // get_event_loop(): the running one, else the set one (made if none)
void set_current_loop(const Value& loop);  // set_event_loop (None clears it)
double loop_time(EventLoopObj* loop);
Value call_soon(EventLoopObj* loop, const Value& callback, std::vector<Value> args);
Value call_soon_native(EventLoopObj* loop, NativeCallback fn, const Value& owner, const Value& arg,
                       const std::string& name = "");
Value call_at(EventLoopObj* loop, double when, const Value& callback, std::vector<Value> args);
Value call_at_native(EventLoopObj* loop, double when, NativeCallback fn, const Value& owner, const Value& arg);
void handle_cancel(HandleObj* h);
// run_forever installs the loop's async generator hooks (CPython's
// _asyncgen_firstiter_hook / _asyncgen_finalizer_hook) for as long as it runs.
void run_forever(EventLoopObj* loop);
Value run_until_complete(EventLoopObj* loop, const Value& future);
void loop_stop(EventLoopObj* loop);
void loop_close(EventLoopObj* loop);
// The default exception handler's report, or the loop's own handler:
// `message` and the (key, value) context entries CPython's would hold.
void call_exception_handler(EventLoopObj* loop, const std::string& message, const Value& exception,
                            const std::vector<std::pair<const char*, Value>>& context);

// The file names CPython's asyncio callbacks and coroutines show (3.11.7's
// lines): what reprs and tracebacks print for the runtime's own.
inline constexpr const char* kBaseEventsPath = "/usr/lib/python3.11/asyncio/base_events.py";
inline constexpr const char* kTasksPath = "/usr/lib/python3.11/asyncio/tasks.py";

// reprlib.repr: a value shortened as asyncio's reprs show it.
std::string reprlib_repr(const Value& v, int level = 6);
// format_helpers._format_callback_source: "f(1, 'a') at /abs/x.py:3".
std::string callback_source(const Value& callback, const std::vector<Value>& args);
bool cancel_future_any(const Value& fut, const Value& message);  // fut.cancel(msg), any future

// ---- futures (future.cpp)
Value new_future(EventLoopObj* loop);
void future_set_result(FutureObj* f, const Value& result);
void future_set_exception(FutureObj* f, const Value& exc);
bool future_cancel(FutureObj* f, const Value& message);  // Future.cancel: false if done
void future_add_callback(FutureObj* f, DoneCallback cb);
// result(): the value, or raises (the exception, CancelledError, InvalidStateError).
Value future_result(FutureObj* f);
Value future_exception(FutureObj* f);
Value make_cancelled_error(FutureObj* f);   // CancelledError(cancel message)
Value future_repr(const Value& f);
std::string future_repr_info(FutureObj* f);  // "pending", "finished result=1", ... + callbacks

// ---- tasks (task.cpp)
Value new_task(EventLoopObj* loop, const Value& coro, const Value& name);
bool task_cancel(TaskObj* t, const Value& message);
Value current_task_of(EventLoopObj* loop);  // None if none
std::vector<Value> all_tasks_of(EventLoopObj* loop);  // not done, in creation order
bool is_coroutine(const Value& v);          // asyncio.iscoroutine
Value ensure_future(const Value& obj, EventLoopObj* loop);
std::string format_coroutine(const Value& coro);  // "main() running at /abs/x.py:5"

void init_event_loop_types();
void init_future_types();
void init_task_type();

}  // namespace py
