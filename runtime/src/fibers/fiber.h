// py::Fiber: a C stack of its own, switched to and from with a few
// instructions of our own on x86-64 (Boost.Context's fcontext elsewhere),
// for code that suspends from any depth of ordinary calls (greenlets).
//
// Each fiber keeps its own Python state, swapped on every switch: the frame
// chain (tracebacks inside a fiber name its own frames, and its frame
// depth, hence its recursion depth, starts at 0), the exception being
// handled (sys.exc_info()), and the stack limit below which a call raises
// RecursionError instead of running off the stack.
//
// Stacks: kStackBytes of address space each, reserved (MAP_NORESERVE) in
// chunks of many stacks, so that only the pages a fiber touches cost
// memory and 100k live fibers stay far from the kernel's map-count limit
// (a guard page per stack would cost a mapping each). Without guard pages
// the limit is kept in software: every compiled call checks its frame's
// address against py::stack_limit (pyrt/frame.h), kStackMargin above the
// stack's end, which leaves room for the runtime's own calls. A finished
// fiber's stack goes back to a pool for the next fiber.
//
// Worked example (what the greenlet module does):
//     Fiber* child = new Fiber(body, owner);   // nothing runs yet
//     child->switch_to();                      // runs body(child) until it switches back
//     ...                                      // body: Fiber::main()->switch_to();
//     child->switch_to();                      // resumes body after its switch
//     // body ends with finish_and_switch(parent): its stack is released by whoever runs next
#pragma once

#include <boost/context/detail/fcontext.hpp>
#include <cstddef>

#include "core/core.h"
#include "core/gc.h"

// On x86-64 (ELF) a switch is our own (fiber.cpp): Boost's jump_fcontext
// also saves and restores the x87 and SSE control words, which costs more
// than the rest of a switch and which nothing in a program changes.
#if defined(__x86_64__) && defined(__ELF__)
#define PYRT_FIBER_OWN_SWITCH 1
extern "C" boost::context::detail::transfer_t pyrt_fiber_jump(boost::context::detail::fcontext_t to, void* data);
#endif

namespace py {

class Fiber {
 public:
  using Body = void (*)(Fiber* self);
  static constexpr std::size_t kStackBytes = 512 * 1024;
  static constexpr std::size_t kStackMargin = 64 * 1024;

  // The thread's own stack, on which the program started.
  static Fiber* main();
  // The fiber running now.
  static Fiber* current() { return current_ ? current_ : main(); }

  // A fiber that runs body(this) on a stack of its own when first switched
  // to. body must not let a C++ exception out, and must end with
  // finish_and_switch(): it never returns.
  Fiber(Body body, void* owner);
  ~Fiber();  // a started fiber must have finished
  Fiber(const Fiber&) = delete;
  Fiber& operator=(const Fiber&) = delete;

  // Suspends the current fiber and runs this one (from where it switched
  // away, or from the start of its body). Returns when something switches
  // back to the caller.
  inline void switch_to();
  // The end of a body: this fiber is done; runs `next` and never returns.
  [[noreturn]] void finish_and_switch(Fiber* next);

  void* owner() const { return owner_; }
  bool started() const { return started_; }
  bool finished() const { return finished_; }
  // The innermost Python frame of a fiber switched away (null if none).
  Frame* suspended_frame() const { return frame_; }

 private:
  struct MainTag {};
  explicit Fiber(MainTag);
  static void entry(boost::context::detail::transfer_t from);
  // After a jump lands here: records where the fiber we came from stopped
  // (or releases its stack if it finished), and takes our Python state back.
  void arrived(boost::context::detail::transfer_t from);
  // Inline, as switch_to: every call still open across a jump returns
  // into a stack the CPU's return predictor did not see called, and
  // mispredicts, so the fewer frames span a switch the faster it is.
  inline void jump(Fiber* from);
  void start();  // a first jump: its stack and initial context
  void announce_jump(Fiber* from);  // (AddressSanitizer builds)

  static Fiber* current_;

  boost::context::detail::fcontext_t context_ = nullptr;
  char* stack_ = nullptr;  // the low end of this fiber's stack (null: the main fiber)
  Body body_ = nullptr;
  void* owner_ = nullptr;
  bool started_ = false, finished_ = false;
  // The Python state while this fiber is switched away.
  Frame* frame_ = nullptr;
  Value handled_;
  char* limit_ = nullptr;
  // AddressSanitizer must be told of every switch of stacks (a sanitizer
  // build only; see fiber.cpp): the stack's extent, learnt for the main
  // fiber at its first switch, and ASan's fake stack while switched away.
  const void* asan_stack_bottom_ = nullptr;
  std::size_t asan_stack_size_ = 0;
  void* asan_fake_stack_ = nullptr;
};

inline void Fiber::jump(Fiber* from) {
  if (!started_) [[unlikely]]
    start();
  current_ = this;
#ifdef PYRT_ADDRESS_SANITIZER
  announce_jump(from);
#endif
#ifdef PYRT_FIBER_OWN_SWITCH
  boost::context::detail::transfer_t back = pyrt_fiber_jump(context_, from);
#else
  boost::context::detail::transfer_t back = boost::context::detail::jump_fcontext(context_, from);
#endif
  // Someone switched back to `from`, which is running again.
  from->arrived(back);
}

inline void Fiber::switch_to() {
  Fiber* from = current();
  if (from == this) return;
  from->frame_ = current_frame;
  from->handled_ = std::move(handled_exception);
  from->limit_ = gc::saved_stack_limit();
  jump(from);
}

}  // namespace py
