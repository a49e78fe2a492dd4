// Fibers (see fiber.h): stacks switched by pyrt_fiber_jump on x86-64,
// Boost.Context's fcontext elsewhere. A jump hands the target
// the fiber it came from; the target records where that one stopped (its
// context, to resume it later) or, when it finished, takes its stack back.
#include "fibers/fiber.h"

#include "core/gc.h"

#include <sys/mman.h>

#ifdef PYRT_ADDRESS_SANITIZER
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

#include <cstdlib>
#include <vector>

namespace py {

namespace ctx = boost::context::detail;

Fiber* Fiber::current_ = nullptr;

namespace {

// Stacks are reserved many at a time: one mapping per chunk, not per stack.
constexpr std::size_t kStacksPerChunk = 64;
std::vector<char*> free_stacks;    // finished fibers' stacks: their top pages are in memory already
std::vector<char*> fresh_stacks;   // never used

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23     // Linux 5.14
#endif

// The top page of a fresh stack is touched at once by almost every fiber
// (a greenlet's run down to its first switch takes 1.3 KiB, a gevent
// greenlet's down to a sleep 3.2-3.4 KiB: keep the C frames on that path
// small): map it in with one call rather than a page fault (on the VMs
// this runs on, a fault costs ~13 us, the call ~2 us and the first touch
// after it ~6 us). A kernel without MADV_POPULATE_WRITE faults it in as
// before. (Not more: a page populated but never used costs memory and
// time, and 100k suspended greenlets are 100k such pages.)
constexpr std::size_t kPopulatedBytes = 4096;

char* take_stack() {
  if (!free_stacks.empty()) {
    char* stack = free_stacks.back();
    free_stacks.pop_back();
#ifdef PYRT_ADDRESS_SANITIZER
    // The fiber that had it never returned from its frames: their red zones
    // are still poisoned in ASan's shadow.
    __asan_unpoison_memory_region(stack, Fiber::kStackBytes);
#endif
    return stack;
  }
  if (fresh_stacks.empty()) {
    std::size_t bytes = kStacksPerChunk * Fiber::kStackBytes;
    void* chunk = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (chunk == MAP_FAILED) raise(E::MemoryError, "cannot reserve a stack for a greenlet");
    // Only the pages a fiber touches may cost memory: no transparent huge
    // pages (a first touch would clear 2 MiB, four stacks' worth).
    madvise(chunk, bytes, MADV_NOHUGEPAGE);
    for (std::size_t i = kStacksPerChunk; i-- > 0;) fresh_stacks.push_back(static_cast<char*>(chunk) + i * Fiber::kStackBytes);
  }
  char* stack = fresh_stacks.back();
  fresh_stacks.pop_back();
  madvise(stack + Fiber::kStackBytes - kPopulatedBytes, kPopulatedBytes, MADV_POPULATE_WRITE);
  return stack;
}

// AddressSanitizer keeps a shadow of the stack it runs on: a jump to
// another stack it was not told of looks like a wild write, and an
// exception thrown there unpoisons the wrong range. Each jump is announced
// (the stack it goes to; no fake stack to keep when the fiber leaving is
// finished) and each arrival confirmed (which tells the extent of the stack
// we came from: the main fiber's is learnt so).
void announce_switch(void** fake_stack_of_leaving, const void* bottom, std::size_t size) {
#ifdef PYRT_ADDRESS_SANITIZER
  __sanitizer_start_switch_fiber(fake_stack_of_leaving, bottom, size);
#else
  (void)fake_stack_of_leaving, (void)bottom, (void)size;
#endif
}

void confirm_switch(void* fake_stack, const void** bottom_left, std::size_t* size_left) {
#ifdef PYRT_ADDRESS_SANITIZER
  __sanitizer_finish_switch_fiber(fake_stack, bottom_left, size_left);
#else
  (void)fake_stack, (void)bottom_left, (void)size_left;
#endif
}

}  // namespace

Fiber::Fiber(MainTag) : started_(true) {}

Fiber* Fiber::main() {
  static Fiber* const main_fiber = new Fiber(MainTag{});
  if (!current_) current_ = main_fiber;
  return main_fiber;
}

Fiber::Fiber(Body body, void* owner) : body_(body), owner_(owner) {}

Fiber::~Fiber() {
  // A fiber dropped while suspended (its owner could not end it) keeps its
  // stack: what is on it was never unwound, so it is never reused.
}

void Fiber::arrived(ctx::transfer_t from) {
  auto* previous = static_cast<Fiber*>(from.data);
  confirm_switch(asan_fake_stack_, &previous->asan_stack_bottom_, &previous->asan_stack_size_);
  if (previous->finished_) {
    free_stacks.push_back(previous->stack_);
    previous->stack_ = nullptr;
    previous->context_ = nullptr;
  } else {
    previous->context_ = from.fctx;
  }
  current_frame = frame_;
  handled_exception = std::move(handled_);
  gc::restore_stack_limit(limit_);  // (a collection asked for keeps its claim on the entry check)
}

void Fiber::entry(ctx::transfer_t from) {
  Fiber* self = current_;
  self->arrived(from);
  self->body_(self);
  std::abort();  // a body ends with finish_and_switch()
}

#ifdef PYRT_FIBER_OWN_SWITCH
// pyrt_fiber_jump(to, data): pushes the callee-saved registers on the
// stack being left, takes `to` as the stack pointer, pops the registers
// saved there and returns into that fiber, handing it (the left stack's
// pointer, data) in rax:rdx, a transfer_t. A fiber that never ran returns
// into pyrt_fiber_start, with its entry function in r12.
asm(R"(
    .text
    .globl pyrt_fiber_jump
    .type pyrt_fiber_jump, @function
    .p2align 4
pyrt_fiber_jump:
    pushq %rbp
    pushq %rbx
    pushq %r15
    pushq %r14
    pushq %r13
    pushq %r12
    movq %rsp, %rax
    movq %rdi, %rsp
    popq %r12
    popq %r13
    popq %r14
    popq %r15
    popq %rbx
    popq %rbp
    movq %rsi, %rdx
    ret
    .size pyrt_fiber_jump, .-pyrt_fiber_jump

    .type pyrt_fiber_start, @function
    .p2align 4
pyrt_fiber_start:
    movq %rax, %rdi
    movq %rdx, %rsi
    callq *%r12
    ud2
    .size pyrt_fiber_start, .-pyrt_fiber_start
)");
extern "C" void pyrt_fiber_start();
#endif

void Fiber::start() {
  started_ = true;
  stack_ = take_stack();
#ifdef PYRT_FIBER_OWN_SWITCH
  // What pyrt_fiber_jump pops, from the lowest address: r12 (the entry),
  // r13, r14, r15, rbx, rbp, the return address (pyrt_fiber_start); above
  // it the stack pointer is 16-byte aligned, as a call needs.
  auto** sp = reinterpret_cast<void**>(reinterpret_cast<uintptr_t>(stack_ + kStackBytes) & ~uintptr_t{15});
  *--sp = nullptr;
  *--sp = nullptr;
  *--sp = reinterpret_cast<void*>(&pyrt_fiber_start);
  for (int saved = 0; saved < 5; ++saved) *--sp = nullptr;
  *--sp = reinterpret_cast<void*>(&Fiber::entry);
  context_ = sp;
#else
  context_ = ctx::make_fcontext(stack_ + kStackBytes, kStackBytes, &Fiber::entry);
#endif
  frame_ = nullptr;
  handled_ = Value::none();
  limit_ = stack_ + kStackMargin;
  asan_stack_bottom_ = stack_;
  asan_stack_size_ = kStackBytes;
}

// Leaving `from` for this fiber (see jump() in fiber.h).
void Fiber::announce_jump(Fiber* from) {
  announce_switch(from->finished_ ? nullptr : &from->asan_fake_stack_, asan_stack_bottom_, asan_stack_size_);
}

void Fiber::finish_and_switch(Fiber* next) {
  finished_ = true;
  current_frame = nullptr;
  handled_exception = Value::none();
  next->jump(this);
  std::abort();  // a finished fiber is never resumed
}

}  // namespace py
