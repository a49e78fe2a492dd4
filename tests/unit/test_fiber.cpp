// The fiber layer (runtime/src/fibers/fiber.h): switching order, the Python
// state each fiber keeps (frame chain, handled exception, stack limit),
// stacks reused once a fiber finishes, many live fibers, and recursion
// inside a fiber ending in RecursionError rather than off its stack.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core_test_util.h"
#include "fibers/fiber.h"

namespace {

using namespace py;
using pyrt_test::ensure_runtime;

std::vector<std::string> LOG;

class Fibers : public ::testing::Test {
 protected:
  void SetUp() override {
    ensure_runtime();
    LOG.clear();
  }
};

// body: logs, hands control back to main three times, then ends.
void ping_pong_body(Fiber* self) {
  for (int i = 0; i < 3; ++i) {
    LOG.push_back("child " + std::to_string(i));
    Fiber::main()->switch_to();
  }
  LOG.push_back("child ends");
  self->finish_and_switch(Fiber::main());
}

TEST_F(Fibers, SwitchesInOrderAndFinishes) {
  Fiber child(ping_pong_body, nullptr);
  EXPECT_FALSE(child.started());
  for (int i = 0; i < 4; ++i) {
    LOG.push_back("main " + std::to_string(i));
    child.switch_to();
    EXPECT_EQ(Fiber::current(), Fiber::main());
  }
  EXPECT_TRUE(child.finished());
  std::vector<std::string> want = {"main 0", "child 0", "main 1", "child 1", "main 2",
                                   "child 2", "main 3", "child ends"};
  EXPECT_EQ(LOG, want);
}

// Each fiber sees its own frame chain and handled exception.
struct StateProbe {
  Frame* frame_seen = reinterpret_cast<Frame*>(1);
  bool handled_none = false;
  const char* limit_seen = nullptr;
  const char* local_address = nullptr;
};
StateProbe PROBE;

void state_body(Fiber* self) {
  PROBE.frame_seen = current_frame;
  PROBE.handled_none = handled_exception.is_none();
  PROBE.limit_seen = stack_limit;
  char local = 0;
  PROBE.local_address = &local;
  // Change this fiber's state before switching away: main must not see it.
  handled_exception = make_exception(E::ValueError, "inside the fiber");
  Fiber::main()->switch_to();
  EXPECT_EQ(type_of(handled_exception), E::ValueError);  // kept across the switch
  self->finish_and_switch(Fiber::main());
}

TEST_F(Fibers, EachFiberHasItsOwnPythonState) {
  static const SourceInfo source{"test.py", nullptr, 0};
  static const CodeInfo code{.name = "f", .qualname = "f", .source = &source, .firstline = 1};
  FrameScope scope(&code);
  Frame* main_frame = current_frame;
  char* main_limit = stack_limit;
  handled_exception = Value::none();
  Fiber child(state_body, nullptr);
  child.switch_to();
  EXPECT_EQ(PROBE.frame_seen, nullptr);  // a fiber's frame chain starts empty (depth 0)
  EXPECT_TRUE(PROBE.handled_none);
  EXPECT_NE(PROBE.limit_seen, main_limit);
  EXPECT_GT(PROBE.local_address, PROBE.limit_seen);
  EXPECT_LT(PROBE.local_address, PROBE.limit_seen + Fiber::kStackBytes);
  EXPECT_EQ(current_frame, main_frame);
  EXPECT_TRUE(handled_exception.is_none());
  EXPECT_EQ(stack_limit, main_limit);
  child.switch_to();
  EXPECT_TRUE(child.finished());
  EXPECT_TRUE(handled_exception.is_none());
}

const char* STACK_SEEN = nullptr;
void note_stack_body(Fiber* self) {
  char local = 0;
  STACK_SEEN = &local;
  self->finish_and_switch(Fiber::main());
}

TEST_F(Fibers, AFinishedFibersStackIsReused) {
  Fiber first(note_stack_body, nullptr);
  first.switch_to();
  const char* first_stack = STACK_SEEN;
  Fiber second(note_stack_body, nullptr);
  second.switch_to();
  // The same stack, so the same spot in it.
  EXPECT_EQ(STACK_SEEN, first_stack);
}

int RESUMED = 0;
void suspend_once_body(Fiber* self) {
  char touched[2048];
  touched[0] = 1;
  Fiber::main()->switch_to();
  RESUMED += touched[0];
  self->finish_and_switch(Fiber::main());
}

TEST_F(Fibers, TenThousandLiveFibers) {
  constexpr int kCount = 10000;
  std::vector<std::unique_ptr<Fiber>> fibers;
  for (int i = 0; i < kCount; ++i) {
    fibers.push_back(std::make_unique<Fiber>(suspend_once_body, nullptr));
    fibers.back()->switch_to();
  }
  RESUMED = 0;
  for (auto& f : fibers) f->switch_to();
  EXPECT_EQ(RESUMED, kCount);
  for (auto& f : fibers) EXPECT_TRUE(f->finished());
}

// A recursion that only the stack limit stops (the depth limit is raised
// far above what a fiber's stack holds).
int recurse(int n) {
  static const SourceInfo source{"test.py", nullptr, 0};
  static const CodeInfo code{.name = "recurse", .qualname = "recurse", .source = &source, .firstline = 1};
  FrameScope scope(&code);
  volatile char pad[256];
  pad[0] = static_cast<char>(n);
  return n == 0 ? pad[0] : recurse(n - 1) + 1;
}

bool RECURSION_ERROR = false;
void deep_body(Fiber* self) {
  try {
    recurse(1 << 30);
  } catch (PyError& e) {
    RECURSION_ERROR = type_of(e.exc) == E::RecursionError;
  }
  self->finish_and_switch(Fiber::main());
}

TEST_F(Fibers, DeepRecursionRaisesRecursionError) {
  int saved = recursion_limit;
  recursion_limit = 1 << 30;
  Fiber child(deep_body, nullptr);
  child.switch_to();
  recursion_limit = saved;
  EXPECT_TRUE(RECURSION_ERROR);
  EXPECT_TRUE(child.finished());
}

}  // namespace
