// The event loop (runtime/src/loop/) driven from C++: the order in which it
// runs callbacks, timers and task steps is CPython's BaseEventLoop._run_once,
// and programs print in that order. Each expectation is what the Python
// program in the comment above the test prints under python3 (3.11).
#include <string>
#include <vector>

#include "core_test_util.h"
#include "loop/loop.h"
#include "pyrt/machine.h"

using namespace py;
using namespace pyrt_test;

namespace {

std::vector<std::string> LOG;

// A native callback that logs its argument (a str).
void log_arg(const Value&, const Value& arg) { LOG.push_back(str_of(arg)); }

EventLoopObj* L(const Value& loop) { return static_cast<EventLoopObj*>(loop.obj()); }

class Loop : public ::testing::Test {
 protected:
  void SetUp() override {
    ensure_runtime();
    LOG.clear();
    loop_ = new_event_loop();
  }
  void TearDown() override { loop_close(L(loop_)); }
  EventLoopObj* loop() { return L(loop_); }
  void soon(const char* what) { call_soon_native(loop(), log_arg, Value(), S(what)); }
  Value at(double when, const char* what) { return call_at_native(loop(), when, log_arg, Value(), S(what)); }
  Value loop_;
};

// A callback that stops the loop it runs in.
void stop_loop(const Value& loop, const Value&) { loop_stop(L(loop)); }

// A callback that schedules another one: it runs in the next iteration,
// after everything that was ready before it.
void schedule_later(const Value& loop, const Value& what) {
  LOG.push_back("A");
  call_soon_native(L(loop), log_arg, Value(), what);
}

// loop.call_soon(a)  # a: print("A"); loop.call_soon(print, "C")
// loop.call_soon(print, "B"); loop.call_soon(loop.stop)
// loop.run_forever()  ->  A B, then stop ends the iteration
// loop.call_soon(loop.stop); loop.run_forever()  ->  C
TEST_F(Loop, AnIterationRunsOnlyWhatWasReadyWhenItBegan) {
  call_soon_native(loop(), schedule_later, loop_, S("C"));
  soon("B");
  call_soon_native(loop(), stop_loop, loop_, Value());
  run_forever(loop());
  EXPECT_EQ(LOG, (std::vector<std::string>{"A", "B"}));
  call_soon_native(loop(), stop_loop, loop_, Value());
  run_forever(loop());
  EXPECT_EQ(LOG, (std::vector<std::string>{"A", "B", "C"}));
}

// t = loop.time(); loop.call_at(t, print, "x"); loop.call_at(t - 1, print, "early");
// loop.call_at(t, print, "y"); loop.call_soon(print, "soon"); loop.call_at(t, loop.stop)
// loop.run_forever()  ->  soon early y x: due timers join the ready queue
// after what is there, in the order heapq pops them; TimerHandles compare
// by deadline alone and heapq is not stable, so equal deadlines do not keep
// their insertion order.
TEST_F(Loop, DueTimersJoinTheReadyQueueInHeapOrder) {
  double t = loop_time(loop());
  at(t, "x");
  at(t - 1, "early");
  at(t, "y");
  soon("soon");
  call_at_native(loop(), t, stop_loop, loop_, Value());
  run_forever(loop());
  EXPECT_EQ(LOG, (std::vector<std::string>{"soon", "early", "y", "x"}));
}

// h = loop.call_at(t, print, "cancelled"); loop.call_at(t, print, "kept"); h.cancel()
TEST_F(Loop, ACancelledTimerNeverRuns) {
  double t = loop_time(loop());
  Value h = at(t, "cancelled");
  at(t, "kept");
  handle_cancel(static_cast<HandleObj*>(h.obj()));
  call_at_native(loop(), t, stop_loop, loop_, Value());
  run_forever(loop());
  EXPECT_EQ(LOG, (std::vector<std::string>{"kept"}));
}

// A timer due later than now: the loop waits for it (the clock moves).
TEST_F(Loop, ALaterTimerIsWaitedFor) {
  double t = loop_time(loop());
  at(t + 0.002, "later");
  soon("now");
  call_at_native(loop(), t + 0.002, stop_loop, loop_, Value());
  run_forever(loop());
  EXPECT_EQ(LOG, (std::vector<std::string>{"now", "later"}));
  EXPECT_GE(loop_time(loop()), t + 0.002);
}

// f = loop.create_future(); f.add_done_callback(cb1); f.add_done_callback(cb2)
// loop.call_soon(print, "before"); f.set_result(1); loop.call_soon(print, "after")
// ->  before cb1 cb2 after: done callbacks go through the ready queue in order.
void done_logger(const Value& what, const Value&) { LOG.push_back(str_of(what)); }
TEST_F(Loop, DoneCallbacksAreScheduledInRegistrationOrder) {
  Value f = new_future(loop());
  future_add_callback(as_future(f), DoneCallback::of_native(done_logger, S("cb1"), "cb1"));
  future_add_callback(as_future(f), DoneCallback::of_native(done_logger, S("cb2"), "cb2"));
  soon("before");
  future_set_result(as_future(f), Value::from_int(1));
  soon("after");
  call_soon_native(loop(), stop_loop, loop_, Value());
  run_forever(loop());
  EXPECT_EQ(LOG, (std::vector<std::string>{"before", "cb1", "cb2", "after"}));
}

// ------------------------------------------------ tasks on hand-written machines

const char* const kLines[] = {
    "async def waiter(fut):",                  // 1
    "    try:",                                // 2
    "        r = await fut",                   // 3
    "    except CancelledError as e:",         // 4
    "        log('cancelled', e.args)",        // 5
    "        return 'handled'",                // 6
    "    return r * 2",                        // 7
};
const SourceInfo kSource{"loop.py", kLines, 7};
CodeInfo waiter_code{"waiter", "waiter", &kSource, 1, FuncKind::Coroutine, nullptr, 0, 0, 0, false, false, nullptr};

[[noreturn]] void unreachable_state() { std::abort(); }

// waiter(fut): `await fut` lowered as the leaf of a delegation: Future's
// __await__ marks it blocking and yields it to the task.
struct WaiterFrame : MachineObj {
  Value v_fut, v_r, caught;
};
Step resume_waiter(MachineObj* m_, Value& io_) {
  auto* f = static_cast<WaiterFrame*>(m_);
  int rs = m_->state;
  switch (rs) {
    case 0: break;
    case 1: goto try_entry;
    default: unreachable_state();
  }
  f->frame.line = 2;
try_entry:
  try {
    if (rs == 1) goto resume_1;
    f->frame.line = 3;
    as_future(f->v_fut)->blocking = true;
    io_ = f->v_fut;
    m_->state = 1;
    return Step::Suspended;
  resume_1:
    rs = 0;
    machine_resumed(m_);
    f->v_r = future_result(as_future(f->v_fut));
  } catch (PyError& e) {
    f->caught = std::move(e.exc);
    f->frame.line = 4;
    if (!exc_matches(f->caught, Value::borrow(E::CancelledError))) throw;
    LOG.push_back("cancelled " + repr_of(attr(f->caught, "args")));
    f->frame.line = 6;
    io_ = S("handled");
    return Step::Returned;
  }
  f->frame.line = 7;
  io_ = mul(f->v_r, Value::from_int(2));
  return Step::Returned;
}
Value waiter(const Value& fut) {
  Value m = Value::steal(new_machine<WaiterFrame>(&waiter_code, resume_waiter));
  static_cast<WaiterFrame*>(m.as<MachineObj>())->v_fut = fut;
  return m;
}

void set_result_21(const Value& fut, const Value&) { future_set_result(as_future(fut), Value::from_int(21)); }

// fut = loop.create_future(); loop.call_soon(fut.set_result, 21)
// loop.run_until_complete(loop.create_task(waiter(fut)))  ->  42
TEST_F(Loop, ATaskWaitsForTheFutureItsCoroutineAwaits) {
  Value fut = new_future(loop());
  Value task = new_task(loop(), waiter(fut), Value());
  call_soon_native(loop(), set_result_21, fut, Value());
  Value r = run_until_complete(loop(), task);
  EXPECT_EQ(repr_of(r), "42");
  EXPECT_EQ(repr_of(future_result(as_future(task))), "42");
}

void cancel_task(const Value& task, const Value&) { task_cancel(static_cast<TaskObj*>(task.obj()), S("stop")); }

// fut = loop.create_future(); t = loop.create_task(waiter(fut))
// loop.call_soon(t.cancel, "stop"): CancelledError('stop') arrives at the
// await; the future it waited for is cancelled too.
TEST_F(Loop, CancellingATaskDeliversCancelledErrorAtItsAwait) {
  Value fut = new_future(loop());
  Value task = new_task(loop(), waiter(fut), Value());
  call_soon_native(loop(), cancel_task, task, Value());
  Value r = run_until_complete(loop(), task);
  EXPECT_EQ(repr_of(r), "'handled'");
  EXPECT_EQ(LOG, (std::vector<std::string>{"cancelled ('stop',)"}));
  EXPECT_EQ(as_future(fut)->state, FutureObj::State::Cancelled);
}

}  // namespace
