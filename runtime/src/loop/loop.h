// The event loop layer: asyncio's loop, handles, futures and tasks, native.
// Shared by the files of this layer (event_loop.cpp, future.cpp, task.cpp,
// mod_asyncio.cpp); never included by generated code.
//
// Scheduling is CPython's asyncio exactly, because programs print in its
// order: a FIFO ready queue of handles; each iteration of the loop runs the
// handles that were ready when it began; due timers join the ready queue in
// the order of CPython's heap of deadlines; a future's done callbacks are scheduled
// through the ready queue in registration order; a task's every step is a
// ready-queue entry (the task itself stands for its step's handle, and a
// waiting asyncio.sleep's frame for its TimerHandle). A task drives its coroutine's machine directly (machine_send_step,
// machine_throw_step): no Python-level Task.__step.
//
// The cycle collector (core/gc.h) sees futures, tasks and the handles of
// Python callbacks (a task whose coroutine refers back to the task is a
// cycle): each lists its Values in a `traverse` member. The loop itself is not tracked: what its
// ready queue and timer heap hold counts as held from outside, so nothing
// scheduled is ever collected; a pending task nothing can wake (it waits
// for a future only its own cycle reaches) is, as CPython collects it
// ("Task was destroyed but it is pending!").
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
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
  const char* native_name = nullptr;  // how CPython's repr names a native one ("_run_until_complete_cb() at ...");
                                      // static storage
  Value owner;                 // native: its first argument
  Value native_arg;            // native: its second argument (Unbound: none)
  Value loop;
  bool cancelled = false;
  // A TimerHandle's (call_later/call_at): its deadline on the loop's clock.
  bool is_timer = false;
  bool scheduled = false;      // in the loop's timer heap
  double when = 0;
  explicit HandleObj(TypeObj* t) : Object(t) {}
  template <class Visit>
  void traverse(Visit&& visit) {
    visit(callback), visit(owner), visit(native_arg), visit(loop);
    for (auto& a : args) visit(a);
  }
  void gc_traverse(GcVisitor& visit) override { traverse(visit); }
  void gc_clear() override;
};

// The ready queue: a FIFO ring of handles over storage that only grows, so
// that scheduling allocates nothing once the queue has been as long before.
class ReadyQueue {
 public:
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  void push_back(Value v) {
    if (size_ == buf_.size()) grow();
    buf_[(head_ + size_) & (buf_.size() - 1)] = std::move(v);
    ++size_;
  }
  Value pop_front() {
    Value v = std::move(buf_[head_]);
    head_ = (head_ + 1) & (buf_.size() - 1);
    --size_;
    return v;
  }
  // Drops every handle (their finalisers may schedule more: those stay).
  void clear() {
    std::vector<Value> old;
    old.reserve(size_);
    while (size_) old.push_back(pop_front());
  }
  template <class F>
  void for_each(F&& f) {
    for (size_t i = 0; i < size_; ++i) f(buf_[(head_ + i) & (buf_.size() - 1)]);
  }

 private:
  void grow() {
    std::vector<Value> bigger(buf_.empty() ? 64 : buf_.size() * 2);
    for (size_t i = 0; i < size_; ++i) bigger[i] = std::move(buf_[(head_ + i) & (buf_.size() - 1)]);
    buf_.swap(bigger);
    head_ = 0;
  }
  std::vector<Value> buf_;  // a power of two long
  size_t head_ = 0, size_ = 0;
};

struct EventLoopObj : Object {
  ReadyQueue ready;              // HandleObj; a TaskObj (its next step, or done: its done callback); a SleepFrame (its timer, due)
  // The async generators that started while this loop ran (its
  // sys.set_asyncgen_hooks firstiter hook), not kept alive by it:
  // shutdown_asyncgens() closes those still there.
  AsyncGenRegistry asyncgens;
  bool asyncgens_shutdown_called = false;
  // TimerHandles, a binary heap by deadline (heapq's); each entry carries
  // its handle's deadline so that sifting reads no handle.
  struct Timer {
    double when;
    Value handle;
  };
  std::vector<Timer> timers;
  int cancelled_timers = 0;      // cancelled handles still in the heap
  bool running = false, stopping = false, closed = false;
  Value exception_handler;       // set_exception_handler(), or Unbound
  EventLoopObj();
  template <class Visit>
  void traverse(Visit&& visit) {
    ready.for_each(visit);
    for (auto& t : timers) visit(t.handle);
    visit(exception_handler);
  }
};

// asyncio.sleep(delay)'s frame (mod_asyncio.cpp), a hand-written machine.
// While it waits it is its own timer in the loop's heap, where CPython's
// sleep puts a TimerHandle of _set_result_unless_cancelled(future, result):
// due, it joins the ready queue as that handle would and sets its future's
// result when it runs there; the finally's h.cancel() cancels it. Order and
// cancellation are the handle's, without a handle per sleep.
struct SleepFrame : MachineObj {
  Value delay, result, future;
  EventLoopObj* loop = nullptr;  // while it is a timer (its future holds the loop)
  bool timer_scheduled = false;  // in the loop's timer heap
  bool timer_cancelled = false;
  void clear_locals() override {
    delay.clear();
    result.clear();
    future.clear();
  }
};
inline bool is_sleep_timer(const Value& entry) { return entry.obj()->type == T::coroutine; }
void sleep_timer_fire(SleepFrame* f);    // run from the ready queue: the future's result, unless cancelled
void sleep_timer_cancel(SleepFrame* f);  // h.cancel()
// Puts a TimerHandle or a SleepFrame into the loop's timer heap.
void push_timer(EventLoopObj* loop, double when, const Value& entry);

// A done callback of a future: scheduled with the future as its argument.
struct DoneCallback {
  NativeCallback native = nullptr;  // null: a Python callable
  Value target;                     // the Python callable, or the native one's owner (its first argument)
  const char* name = nullptr;       // a native one: how CPython's repr shows its callback (static storage)
  static DoneCallback python(const Value& fn) { return {nullptr, fn, nullptr}; }
  static DoneCallback of_native(NativeCallback fn, const Value& owner, const char* name) { return {fn, owner, name}; }
};

// A future's done callbacks, in the order they were added. Nearly every
// future has one (the task waiting for it, or gather's): that one is kept
// inline, so a future with one callback allocates nothing for it; the rest
// (rare) go to a vector made when a second one comes.
class DoneCallbacks {
 public:
  DoneCallbacks() = default;
  DoneCallbacks(DoneCallbacks&& o) noexcept : first_(std::move(o.first_)), rest_(std::move(o.rest_)) {
    o.first_ = DoneCallback();
  }
  DoneCallbacks& operator=(DoneCallbacks&& o) noexcept {
    DoneCallbacks old(std::move(*this));  // (released after the new ones are in: a finaliser may look)
    first_ = std::move(o.first_);
    rest_ = std::move(o.rest_);
    o.first_ = DoneCallback();
    return *this;
  }
  bool empty() const { return !has_first(); }
  size_t size() const { return has_first() ? 1 + (rest_ ? rest_->size() : 0) : 0; }
  DoneCallback& operator[](size_t i) { return i == 0 ? first_ : (*rest_)[i - 1]; }
  const DoneCallback& operator[](size_t i) const { return i == 0 ? first_ : (*rest_)[i - 1]; }
  void push_back(DoneCallback cb) {
    if (!has_first()) {
      first_ = std::move(cb);
      return;
    }
    if (!rest_) rest_ = std::make_unique<std::vector<DoneCallback>>();
    rest_->push_back(std::move(cb));
  }
  // Removes the i-th; those after it move up.
  void erase(size_t i) {
    if (i == 0) {
      if (rest_ && !rest_->empty()) {
        first_ = std::move(rest_->front());
        rest_->erase(rest_->begin());
      } else {
        first_ = DoneCallback();
      }
      return;
    }
    rest_->erase(rest_->begin() + static_cast<std::ptrdiff_t>(i - 1));
  }
  template <class F>
  void for_each(F&& f) {
    if (!has_first()) return;
    f(first_);
    if (rest_)
      for (auto& cb : *rest_) f(cb);
  }

 private:
  bool has_first() const { return first_.native || first_.target.is_bound(); }
  DoneCallback first_;
  std::unique_ptr<std::vector<DoneCallback>> rest_;
};

// What few futures need (a cancellation's message and error; a task's name
// as a str), kept apart so that every future does not carry it: a million
// sleeping tasks are a million tasks and a million futures.
struct FutureRare {
  Value cancel_message;          // cancel(msg)
  Value cancelled_exc;           // the CancelledError that cancelled it, once made
  Value task_name;               // a task's get_name(), given; or made when first asked for
};

struct FutureObj : Object {
  enum class State : uint8_t { Pending, Cancelled, Finished };
  State state = State::Pending;
  bool blocking = false;         // _asyncio_future_blocking: yielded to a task, which will wait for it
  bool log_traceback = false;    // an exception nobody retrieved yet: reported when it goes
  Value loop;
  Value result, exception;
  DoneCallbacks callbacks;
  std::unique_ptr<FutureRare> rare_fields;  // made when first needed (rare())
  explicit FutureObj(TypeObj* t);
  ~FutureObj() override;
  FutureRare& rare() {
    if (!rare_fields) rare_fields = std::make_unique<FutureRare>();
    return *rare_fields;
  }
  // Keeps cancel(msg)'s message.
  void set_cancel_message(const Value& message) {
    // (None, the usual message, needs no room of its own: it reads as none given)
    if (rare_fields || (message.is_bound() && !message.is_none())) rare().cancel_message = message;
  }
  // cancel(msg)'s message (None: none given).
  Value cancel_message() const {
    return rare_fields && rare_fields->cancel_message.is_bound() ? rare_fields->cancel_message : Value::none();
  }
  bool has_cancelled_exc() const { return rare_fields && rare_fields->cancelled_exc.is_bound(); }
  template <class Visit>
  void traverse(Visit&& visit) {
    visit(loop), visit(result), visit(exception);
    if (rare_fields) visit(rare_fields->cancel_message), visit(rare_fields->cancelled_exc), visit(rare_fields->task_name);
    callbacks.for_each([&](DoneCallback& c) { visit(c.target); });
  }
  void gc_traverse(GcVisitor& visit) override { traverse(visit); }
  void gc_clear() override;
};

struct TaskObj : FutureObj {
  Value coro;                    // what it drives: a coroutine (a machine, usually)
  uint64_t name_number = 0;      // 'Task-<name_number>' unless given a name (rare().task_name; task_name())
  Value fut_waiter;              // the future it waits for, while suspended on one
  // While the task itself is in the ready queue as its next step
  // (task.cpp): the future whose completion woke it (Unbound: a plain step).
  Value wakeup_future;
  bool step_scheduled = false;
  // Done, and in the ready queue for its one native done callback (gather's,
  // run_until_complete's), still in `callbacks`: the task stands for that
  // callback's handle, so a million tasks finishing make no million handles.
  bool done_callback_queued = false;
  bool must_cancel = false;      // cancel() came while it was not waiting: raise at its next step
  int num_cancels_requested = 0;
  TaskObj* prev_task = nullptr;  // the live tasks, in creation order (all_tasks)
  TaskObj* next_task = nullptr;
  TaskObj();                     // joins all_tasks
  ~TaskObj() override;           // leaves all_tasks
  template <class Visit>
  void traverse(Visit&& visit) {
    FutureObj::traverse(visit);
    visit(coro), visit(fut_waiter), visit(wakeup_future);
  }
  void gc_traverse(GcVisitor& visit) override { traverse(visit); }
  void gc_clear() override;
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
                       const char* name = nullptr);  // name: static storage
// A task's next step (no exception thrown in) through its own step handle.
void schedule_task_step(EventLoopObj* loop, TaskObj* t);
// The task's wakeup (task_wakeup_callback) by `future`, done, through its own step handle.
void schedule_task_wakeup(EventLoopObj* loop, TaskObj* t, const Value& future);
// Task.__wakeup: the done callback a task waiting on a future adds to it.
void task_wakeup_callback(const Value& task, const Value& future);
// A done task's one native done callback, through the task itself in the
// ready queue (as its steps are).
void schedule_task_done_callback(EventLoopObj* loop, TaskObj* t);
// Runs a task's step popped from the ready queue (event_loop.cpp's run_once):
// the ready queue holds a task itself for its next step (task.cpp), or for
// its done callback.
void run_task_step(const Value& task);
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
Value future_iter(const Value& f);           // f.__await__(): its FutureIter
std::string future_repr_info(FutureObj* f);  // "pending", "finished result=1", ... + callbacks

// ---- tasks (task.cpp)
Value new_task(EventLoopObj* loop, const Value& coro, const Value& name);
bool task_cancel(TaskObj* t, const Value& message);
const Value& task_name(TaskObj* t);         // get_name()
Value current_task_of(EventLoopObj* loop);  // None if none
std::vector<Value> all_tasks_of(EventLoopObj* loop);  // not done, in creation order
bool is_coroutine(const Value& v);          // asyncio.iscoroutine
Value ensure_future(const Value& obj, EventLoopObj* loop);
std::string format_coroutine(const Value& coro);  // "main() running at /abs/x.py:5"

void init_event_loop_types();
void init_future_types();
void init_task_type();

}  // namespace py
