#include "pyco2cpp/stack.h"

#include <pthread.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace pyco2cpp {

namespace {

// What is left below this many bytes is kept for the deepest step between two
// checks (an ANTLR prediction, a destructor chain, formatting an error).
constexpr size_t kMargin = size_t{4} << 20;

// The lowest address the current thread's stack may grow to, plus the margin.
uintptr_t stack_floor() {
  thread_local uintptr_t floor = [] {
    pthread_attr_t attr;
    void* low = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return uintptr_t{0};
    pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
    uintptr_t base = reinterpret_cast<uintptr_t>(low);
    // A stack smaller than twice the margin: keep a quarter of it instead.
    return size > 2 * kMargin ? base + kMargin : base + size / 4;
  }();
  return floor;
}

void* thread_main(void* work) {
  (*static_cast<const std::function<void()>*>(work))();
  return nullptr;
}

}  // namespace

bool stack_nearly_exhausted() {
  char here = 0;
  return reinterpret_cast<uintptr_t>(&here) < stack_floor();
}

void run_with_large_stack(const std::function<void()>& work, size_t bytes) {
  pthread_attr_t attr;
  pthread_t thread;
  bool started = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, bytes) == 0 &&
                 pthread_create(&thread, &attr, thread_main, const_cast<std::function<void()>*>(&work)) == 0;
  pthread_attr_destroy(&attr);
  if (!started) {
    // No thread (address space too tight): the checks keep this stack safe too.
    work();
    return;
  }
  pthread_join(thread, nullptr);
}

}  // namespace pyco2cpp
