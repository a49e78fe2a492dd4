// The event loop's hot paths call no allocator: a loop switch (a task's
// `await asyncio.sleep(0)`) allocates nothing once the loop has warmed up.
// Counted by replacing the global operator new for this test binary.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "core/internal.h"
#include "loop/loop.h"

namespace {
std::atomic<long> g_allocations{0};
}  // namespace

void* operator new(size_t size) {
  ++g_allocations;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](size_t size) { return operator new(size); }
// The nothrow forms too (std::stable_sort's buffer): left to the library,
// they would allocate elsewhere (under ASan, its own allocator) what the
// replaced delete frees.
void* operator new(size_t size, const std::nothrow_t&) noexcept {
  ++g_allocations;
  return std::malloc(size ? size : 1);
}
void* operator new[](size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }

namespace {

using namespace py;

const char* const kNoLines[] = {nullptr};
const SourceInfo kSource{"switch.py", kNoLines, 0};
const CodeInfo kSwitchCode{"switcher", "switcher", &kSource, 1, FuncKind::Coroutine, nullptr, 0, 0, 0, false, false,
                           nullptr};

// async def switcher(n):
//     for i in range(n):
//         await asyncio.sleep(0)
struct SwitchFrame : MachineObj {
  Value sleep;
  int64_t i = 0, n = 0;
  void clear_locals() override { sleep.clear(); }
};

Step resume_switcher(MachineObj* m, Value& io) {
  auto* f = static_cast<SwitchFrame*>(m);
  if (f->state == 1) goto resume_1;
  for (f->i = 0; f->i < f->n; ++f->i) {
    {
      Value zero = Value::from_int(0);
      f->yield_from = await_iter(call(f->sleep, &zero, 1));
    }
    io = Value::none();
    f->state = 1;
  resume_1:
    machine_resumed(f);
    if (yield_from_step(f, io)) return Step::Suspended;
  }
  io = Value::none();
  return Step::Returned;
}

// Allocations made by running `tasks` tasks of `rounds` switches each to their end.
long allocations_for(int tasks, int rounds) {
  Value asyncio = import_module("asyncio");
  Value sleep = getattr(asyncio, make_str("sleep"));
  Value loop_v = new_event_loop();
  auto* loop = static_cast<EventLoopObj*>(loop_v.obj());
  std::vector<Value> all;
  long before = g_allocations.load();
  for (int t = 0; t < tasks; ++t) {
    auto* f = new_machine<SwitchFrame>(&kSwitchCode, resume_switcher);
    Value coro = Value::steal(f);
    f->sleep = sleep;
    f->n = rounds;
    all.push_back(new_task(loop, coro, Value::none()));
  }
  for (auto& t : all) run_until_complete(loop, t);
  long used = g_allocations.load() - before;
  for (auto& t : all) EXPECT_EQ(as_future(t)->state, FutureObj::State::Finished);
  loop_close(loop);
  return used;
}

TEST(LoopAlloc, NoAllocationPerSwitch) {
  // What is measured is the object pool's reuse; a sanitizer build has no pool.
  if (!object_pool::kPooled) GTEST_SKIP() << "AddressSanitizer build: objects bypass the pool";
  runtime_init();
  allocations_for(50, 10);  // warm-up: the runtime's lazy tables, the module
  long few = allocations_for(50, 10);
  long many = allocations_for(50, 1010);
  EXPECT_GT(few, 0);  // the hook counts (each task is an allocation)
  // 50,000 more switches, not one more allocation.
  EXPECT_EQ(many, few);
}

}  // namespace
