// gevent's loop, native: the callbacks and timers of gevent's hub, run in
// the order libev 4.33 runs them as gevent 22.10 drives it (Debian's
// default loop). Shared by gevent_loop.cpp and the hub's native parts
// (fibers/gevent_hub.cpp); the rest of gevent (Python, gevent_core.py)
// sees it as `gevent._core.Loop`, with gevent's watcher API:
//
//     loop = Loop()                       # (the hub makes one: hub.loop)
//     cb = loop.run_callback(f, 1, 2)     # f(1, 2) at the loop's next pass
//     t = loop.timer(0.5, priority=-1)    # a timer, not started
//     t.start(g, 'x')                     # g('x') once 0.5 s have gone by
//     loop.run()                          # until nothing referenced is left
//
// It lives beside asyncio's loop (loop.h), on the same clock and the same
// ready-queue ring; what differs is the order, which each library's
// programs print in: asyncio runs a FIFO of handles then due timers from a
// binary heap; libev runs callbacks added during a pass in that pass (for
// at most 5 ms past every 50th), then waits, then runs due timers from a
// 4-heap, highest priority first.
//
// The hub's own waits (sleep, a Waiter switched by a timer) schedule a
// native function with its owner instead of a Python callable: a
// sleep(0) makes one callback object and calls nothing through Python.
#pragma once

#include <cstdint>
#include <vector>

#include "loop/loop.h"

namespace py {

namespace T {
extern TypeObj *gevent_loop, *gevent_callback, *gevent_timer;
}

// What runs instead of callback(*args): fn(owner, arg).
using GeventNativeFn = void (*)(const Value& owner, const Value& arg);

// A callable with its arguments, or a native one; shared by callbacks and timers.
struct GeventCall {
  Value callback = Value::none();  // a Python callable; None: none (a native one, or gone)
  Value args = Value::none();      // a tuple (a native one's: ()); None once run or stopped
  GeventNativeFn native = nullptr;
  Value owner, arg;            // native's arguments
  bool has_target() const { return native != nullptr || !callback.is_none(); }
  void clear() {
    callback = Value::none();
    args = Value::none();
    native = nullptr;
    owner.clear();
    arg.clear();
  }
  template <class Visit>
  void traverse(Visit&& visit) {
    visit(callback), visit(args), visit(owner), visit(arg);
  }
};

// loop.run_callback()'s result: `pending` until it runs or is stopped.
struct GeventCallbackObj : Object {
  GeventCall call;
  GeventCallbackObj() : Object(T::gevent_callback) { gc::track(this); }
  template <class Visit>
  void traverse(Visit&& visit) {
    call.traverse(visit);
  }
  void gc_traverse(GcVisitor& visit) override { traverse(visit); }
  void gc_clear() override { call.clear(); }
};

struct GeventTimerObj : Object {
  Value loop;                  // its GeventLoopObj
  GeventCall call;
  double after = 0, repeat = 0;
  double at = 0;               // its deadline on the loop's clock, while active
  int priority = 0;            // due timers run highest priority first (Timeout's: -1)
  size_t index = 0;            // its place in the loop's heap while active
  bool ref = true;             // keeps the loop running while active
  bool active = false;         // in the heap
  bool pending = false;        // due, waiting for its callback to run
  GeventTimerObj() : Object(T::gevent_timer) { gc::track(this); }
  template <class Visit>
  void traverse(Visit&& visit) {
    visit(loop), call.traverse(visit);
  }
  void gc_traverse(GcVisitor& visit) override { traverse(visit); }
  // (Garbage only: an active timer is the loop's heap's, which the
  // collector counts as held from outside; the loop is not tracked.)
  void gc_clear() override {
    loop.clear();
    call.clear();
  }
};

struct GeventLoopObj : Object {
  ReadyQueue callbacks;        // GeventCallbackObj, in the order they were added
  // Active timers: libev's 4-heap, its entries from index kHeap0 (the ones
  // before are unused), each with its timer's deadline so that sifting
  // reads no timer. An active timer is held by the heap, as gevent keeps a
  // started watcher alive.
  struct HeapEntry {
    double at;
    Value timer;
  };
  static constexpr size_t kHeap0 = 3;
  std::vector<HeapEntry> heap = std::vector<HeapEntry>(kHeap0);
  size_t ref_timers = 0;       // active timers with ref
  // This iteration's due timers, in the order they run; entries before
  // due_head have run (a timer stopped while due stays, not pending).
  std::vector<Value> due;
  size_t due_head = 0;
  double now = 0;              // the loop's cached time
  // Inside a pass over the callbacks: a timer started then reads the clock.
  bool starting_timer_may_update_loop_time = false;
  Value error_handler;         // the hub: its handle_error(context, type, value, tb) reports
  GeventLoopObj();
  size_t timer_count() const { return heap.size() - kHeap0; }
  template <class Visit>
  void traverse(Visit&& visit) {
    callbacks.for_each(visit);
    for (size_t i = kHeap0; i < heap.size(); ++i) visit(heap[i].timer);
    for (auto& d : due) visit(d);
    visit(error_handler);
  }
};

// Adds fn(owner, arg) to the loop's callbacks (run_callback's native form).
GeventCallbackObj* gevent_run_callback_native(GeventLoopObj* loop, GeventNativeFn fn, const Value& owner,
                                              const Value& arg);  // (the loop holds it)
// A timer that is not started (loop.timer()).
Value gevent_new_timer(GeventLoopObj* loop, double after, double repeat, bool ref, int priority);
// timer.start()'s native form; `update` reads the clock first.
void gevent_timer_start_native(GeventTimerObj* t, GeventNativeFn fn, const Value& owner, const Value& arg,
                               bool update);
void gevent_timer_stop(GeventTimerObj* t);
void gevent_update_now(GeventLoopObj* loop);
// Reports an exception that left a callback of the loop, through its
// error handler (called inside the handler of `e`).
void gevent_handle_error(GeventLoopObj* loop, const Value& context, PyError& e);

void init_gevent_loop_types();

}  // namespace py
