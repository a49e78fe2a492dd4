// py::GenObj — a generator: one compiled state machine behind next(), send(),
// throw() and close() (mypyc's "one resume helper" design).
//
// Codegen turns a generator function into
//   - a frame struct deriving from GenObj, holding the function's locals and
//     spilled temporaries as members (they live across suspensions);
//   - one resume function, `Step resume(GenObj* g, Value& io)`, a state
//     machine: it dispatches on g->state to the point after the last yield,
//     runs to the next yield or the end, and reports which.
//
// Worked example:
//
//     def count(n):                 struct Frame_count : py::GenObj {
//         i = 0                       Value v_n, v_i; ... };
//         while i < n:              py::Step resume_count(py::GenObj* g_, Value& io_) {
//             got = yield i           auto* f = static_cast<Frame_count*>(g_);
//             i += 1                  switch (g_->state) { case 0: break; case 1: goto resume_1; }
//         return "done"               f->v_i = 0;
//                                     while (...) {
//                                       io_ = f->v_i; g_->state = 1; return py::Step::Yielded;
//                                     resume_1:
//                                       py::gen_resumed(g_);          // throw() lands here
//                                       f->v_got = std::move(io_);    // the sent value
//                                       ...
//                                     }
//                                     io_ = "done"; return py::Step::Returned;
//                                   }
//
// The runtime owns everything else: the protocol and its messages, the
// "already executing" guard, PEP 479, close() semantics, finalisation of a
// suspended generator when its last reference goes, `yield from`
// delegation, frames for tracebacks, and the handled-exception state a
// generator keeps across its suspensions.
#pragma once

#include <cstdint>
#include <new>

#include "pyrt/api.h"

namespace py {

enum class Step : uint8_t { Yielded, Returned };

struct GenObj;
// Runs the machine from g->state. On entry `io` holds the value sent in
// (None for next()); on exit it holds the yielded value (Step::Yielded) or
// the return value (Step::Returned). Python exceptions propagate as
// py::PyError. The runtime sets g->state to kFinished after Returned or an
// exception; the machine itself only stores resume points (> 0).
using ResumeFn = Step (*)(GenObj* g, Value& io);

struct GenObj : Object {
  static constexpr int32_t kNotStarted = 0;
  static constexpr int32_t kFinished = -1;

  int32_t state = kNotStarted;  // 0: not started; -1: finished; > 0: a resume point
  bool running = false;         // gi_running; resuming a running generator is a ValueError
  ResumeFn resume = nullptr;
  const CodeInfo* code = nullptr;
  Value name, qualname;         // __name__, __qualname__ (settable)
  Value pending_throw;          // set by throw()/close(): raised at the suspension point
  Value yield_from;             // the iterator a suspended `yield from` delegates to (gi_yieldfrom)
  Value saved_exc;              // the exception being handled inside the generator, kept across yields
  Frame frame{};                // its traceback frame; linked in while it runs

  // Runtime bookkeeping (the machine never touches these):
  int32_t handler_depth = 0;    // yielding handlers entered and not yet left (gen_handler_enter/exit)
  bool pending_raw = false;     // pending_throw is already in flight (its traceback is recorded)
  GenObj* parent = nullptr;     // the generator whose `yield from` drives this one (a linked chain)
  GenObj* leaf = nullptr;       // on a chain's root: its innermost active generator (itself if none)

  // What the machine can do, known when it was compiled. Codegen's frames
  // say false where they can: the inline fast paths then skip the checks
  // for a delegate (`yield from`/`await`) and for a yield inside a handler.
  static constexpr bool kDelegates = true;
  static constexpr bool kYieldsInHandler = true;
  // false: every yield drops the value sent in unread (a for loop's next()
  // need not pass None).
  static constexpr bool kReadsSent = true;

  GenObj();  // type: T::generator
  ~GenObj() override;
  // Releases the locals (frame fields) when the generator finishes, as
  // CPython clears a finished generator's frame: a local's finaliser runs
  // then, not when the generator object goes. Codegen overrides it:
  //   void clear_locals() override { v_x.clear(); v_i.clear(); ... }
  virtual void clear_locals() {}
};

namespace T {
extern TypeObj* generator;
}

void init_generator(GenObj* g, const CodeInfo* code, ResumeFn resume);
void init_generator(GenObj* g, const FuncObj* fn, ResumeFn resume);  // fn's code
[[noreturn]] void gen_raise_pending(GenObj* g);

// Makes a generator object of the frame type F (F derives from GenObj; its
// members are the locals). One allocation, nothing runs yet.
template <class F>
inline F* new_generator(const CodeInfo* code, ResumeFn resume) {
  F* f = new F();
  init_generator(f, code, resume);
  return f;
}

// At every resume point, first thing: raises a pending throw()/close()
// exception at the suspension point.
inline void gen_resumed(GenObj* g) {
  if (g->pending_throw.is_bound()) [[unlikely]] gen_raise_pending(g);
}

// `yield from x` / `await x` inside the machine:
//     g->yield_from = py::yield_from_iter(x);   // iter(x), or x itself if a generator
//     io_ = Value::none();
//     g->state = K;
//   resume_K:
//     if (py::yield_from_step(g, io_)) return py::Step::Yielded;  // io_: the delegate's value
//     t = std::move(io_);                                          // the delegate's return value
// yield_from_step forwards what the generator was resumed with (io / a
// pending throw or close) to the delegate (PEP 380: send, throw, close,
// StopIteration.value), clears g->yield_from when the delegate is done.
Value yield_from_iter(const Value& iterable);
bool yield_from_step(GenObj* g, Value& io);

// An `except` (or a `finally` on its exceptional path) whose body contains a
// yield cannot be a C++ catch block nor a HandlerScope. The machine keeps the
// caught exception in a frame field and brackets the handler body with
//     py::gen_handler_enter(g_, f->h_K, exc);   // as HandlerScope's constructor
//     ... handler body (may yield) ...
//     py::gen_handler_exit(g_, f->h_K);          // as its destructor
// where f->h_K is one `Value` frame field per such handler (the handled
// exception it replaced). Call gen_handler_exit on every way out of the
// handler that stays inside the generator: normal end, return/break/continue
// through it, and an exception leaving the body that a handler of the same
// generator will catch (exit before entering that handler). When the
// generator itself finishes (returns, or an exception leaves it) the runtime
// restores the caller's state, so no exit is needed on those paths.
// Across a suspension the handled exception stays with the generator: the
// caller never sees it, and sys.exc_info()/__context__/bare `raise` inside
// see it again when the generator resumes (CPython's per-generator exc_info).
// Handlers without a yield keep using py::HandlerScope as plain functions do.
void gen_handler_enter(GenObj* g, Value& slot, const Value& exc);
void gen_handler_exit(GenObj* g, Value& slot);

// The protocol (also reachable as methods of the generator type):
// next(): false when it returned (no StopIteration made); `out` then holds
// the return value (None if it had finished before).
bool gen_next(GenObj* g, Value& out);
Value gen_send(GenObj* g, const Value& v);        // raises StopIteration(value) when it returns
Value gen_throw(GenObj* g, const Value& exc);     // throw(exc): exc a class or an instance
// throw(typ, val, tb) with CPython's argument rules (val/tb may be Unbound).
Value gen_throw3(GenObj* g, const Value& typ, const Value& val, const Value& tb);
void gen_close(GenObj* g);                        // close()


// ------------------------------------------------------------ inline fast paths
// The protocol above, with the machine known at compile time: codegen calls
// these where it knows which generator function made the object (a for loop
// over a call of a module-level generator function, send() on a local bound
// only to such calls). The common case — not delegating, not inside a
// handler that yields, not running — runs the machine through a direct,
// inlinable call; everything else takes the out-of-line path above.

// Out-of-line ends of the fast paths.
void gen_returned(GenObj* g);  // the machine returned: finish g (locals released)
// Called inside the catch of an exception leaving the machine: finishes g,
// restores `caller` as the current frame, rethrows (PEP 479: StopIteration
// becomes RuntimeError).
[[noreturn]] void gen_raised(GenObj* g, Frame* caller, PyError& e);
// The last reference to a suspended generator is going: close it now,
// reporting an exception as unraisable (CPython's finaliser).
void gen_close_unreferenced(GenObj* g);
void gen_suspended_in_handler(GenObj* g);  // it yielded inside a handler: the caller's handled exception returns
[[noreturn]] void raise_recursion_depth();  // RecursionError, nothing to restore
[[noreturn]] void raise_stop_iteration(const Value& value);

// True when g, a generator of the machine `Resume` (frame F), can be resumed
// by it directly.
template <class F, ResumeFn Resume>
inline bool gen_fast_resumable(const GenObj* g) {
  if (g->resume != Resume || g->running || g->parent) return false;
  if constexpr (F::kDelegates)
    if (g->leaf != g) return false;
  if constexpr (F::kYieldsInHandler)
    if (g->handler_depth) return false;
  return true;
}

// Chains g's frame under the current one (for tracebacks); returns the caller's.
[[gnu::always_inline]] inline Frame* gen_link_frame(GenObj* g) {
  Frame* caller = current_frame;
  int depth = caller ? caller->depth + 1 : 0;
  g->frame.back = caller;
  g->frame.depth = depth;
  if (depth > recursion_limit) [[unlikely]] raise_recursion_depth();
  return caller;
}

// Who can reach the generator a fast path resumes: a Python object (others
// may hold it and look at gi_running) or only the C++ loop that owns it
// (py::LocalGenIter), where nobody can see it running.
enum class GenReach : uint8_t { Shared, LoopOnly };

// Runs the machine once, g's frame already chained under `caller`.
template <class F, ResumeFn Resume, GenReach Reach = GenReach::Shared>
[[gnu::always_inline]] inline Step gen_run_linked_inline(GenObj* g, Value& io, Frame* caller) {
  current_frame = &g->frame;
  if constexpr (Reach == GenReach::Shared) g->running = true;
  Step step;
  try {
    step = Resume(g, io);
  } catch (PyError& e) {
    gen_raised(g, caller, e);
  }
  current_frame = caller;
  if constexpr (Reach == GenReach::Shared) g->running = false;
  if (step == Step::Returned) [[unlikely]] {
    gen_returned(g);
  } else if constexpr (F::kYieldsInHandler) {
    if (g->handler_depth) [[unlikely]] gen_suspended_in_handler(g);
  }
  return step;
}

template <class F, ResumeFn Resume>
[[gnu::always_inline]] inline Step gen_run_inline(GenObj* g, Value& io) {
  return gen_run_linked_inline<F, Resume>(g, io, gen_link_frame(g));
}

// gen_send for a generator probably made by the machine `Resume`; `io`
// carries the value sent in and comes back holding the value yielded.
template <class F, ResumeFn Resume>
[[gnu::always_inline]] inline void gen_send_in_place(GenObj* g, Value& io) {
  if (g->state <= 0 || !gen_fast_resumable<F, Resume>(g)) [[unlikely]] {
    io = gen_send(g, io);
    return;
  }
  if (gen_run_inline<F, Resume>(g, io) == Step::Returned) [[unlikely]]
    raise_stop_iteration(io);
}

// `obj.send(arg)` in compiled code. A generator's `send` attribute is always
// generator.send (the type is fixed and has no instance dict), so the lookup
// is a type test; anything else is an ordinary method call.
// send_method consumes `arg` (a temporary: released once the send is over,
// as CPython drops a call's arguments); send_method_as borrows a variable's
// value or consumes a temporary, and resumes the generator inline where it
// was made by the machine `Resume` (frame F), as codegen guessed.
Value send_method(const Value& obj, Value& arg);
template <class F, ResumeFn Resume>
[[gnu::always_inline]] inline Value send_method_as(const Value& obj, Value&& arg) {
  if (obj.is_obj() && obj.obj()->type == T::generator) [[likely]] {
    Value io = arg;  // the argument lives until the send returns, as on CPython's stack
    gen_send_in_place<F, Resume>(static_cast<GenObj*>(obj.obj()), io);
    arg.clear();
    return io;
  }
  return send_method(obj, arg);
}
template <class F, ResumeFn Resume>
[[gnu::always_inline]] inline Value send_method_as(const Value& obj, const Value& arg) {
  if (obj.is_obj() && obj.obj()->type == T::generator) [[likely]] {
    Value io = arg;
    gen_send_in_place<F, Resume>(static_cast<GenObj*>(obj.obj()), io);
    return io;
  }
  Value copy = arg;
  return send_method(obj, copy);
}

}  // namespace py
