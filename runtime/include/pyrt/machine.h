// py::MachineObj: a compiled state machine as a Python object, behind
// next()/send()/throw()/close() (mypyc's "one resume helper" design). One
// base for the family CPython builds on PyGenObject: a generator, a
// coroutine or an async generator, by the kind of function that made it.
//
// Codegen turns a generator (or coroutine) function into
//   - a frame struct deriving from MachineObj, holding the function's
//     variables and the temporaries that live across a suspension;
//   - one resume function, `Step resume(MachineObj* m, Value& io)`: it
//     dispatches on m->state to the point after the last suspension, runs to
//     the next one or to the end, and says which.
//
// Worked example (abridged from what codegen writes):
//
//     def count(n):                 struct Frame_count : py::MachineObj {
//         while True:                 Value v_n, v_got; ... };
//             got = yield n         py::Step resume_count(py::MachineObj* m_, Value& io_) {
//             n += 1                  auto* f_ = static_cast<Frame_count*>(m_);
//                                     int rs_ = f_->state;
//                                     switch (rs_) { case 1: goto resume_1; default: break; }
//                                     for (;;) {
//                                       io_ = f_->v_n; f_->state = 1; return py::Step::Suspended;
//                                     resume_1:;
//                                       rs_ = 0; py::machine_resumed(f_);   // throw()/close() land here
//                                       f_->v_got = std::move(io_);         // the value sent in
//                                       py::iadd_int_into(f_->v_n, INT64_C(1));
//                                     }
//                                   }
//
// The runtime owns everything else: the protocol and its messages, the
// "already executing" guard, PEP 479, close() semantics, finalisation of a
// suspended machine when its last reference goes, `yield from` delegation,
// frames for tracebacks, and the handled-exception state a machine keeps
// across its suspensions.
#pragma once

#include <cstdint>
#include <new>

#include "pyrt/api.h"

namespace py {

// What one run of a machine ended with; `io` holds the value that goes with it.
enum class Step : uint8_t {
  // It gave control back to whoever resumes it: a generator's yield, or a
  // suspension of the machine it delegates to (`yield from`, `await`)
  // passed up. io: the value for the resumer (next()'s result, what the
  // event loop receives).
  Suspended,
  // An async generator's `yield`: io is the value its __anext__()/asend()
  // awaitable produces (the awaitable ends with it; the machine stays
  // suspended). Only async generator machines return it.
  AsyncYielded,
  // It finished: io is the return value.
  Returned,
};

// The Python type of a machine, from the kind of function that made it
// (CodeInfo::kind).
enum class MachineKind : uint8_t { Generator, Coroutine, AsyncGenerator };

struct MachineObj;
// Runs the machine from m->state. On entry `io` holds the value sent in
// (None for next()); on exit the value of the Step returned. Python
// exceptions propagate as py::PyError. The runtime sets m->state to
// kFinished after Returned or an exception; the machine itself only stores
// resume points (> 0).
using ResumeFn = Step (*)(MachineObj* m, Value& io);

struct MachineObj : Object {
  static constexpr int32_t kNotStarted = 0;
  static constexpr int32_t kFinished = -1;

  int32_t state = kNotStarted;  // 0: not started; -1: finished; > 0: a resume point
  bool running = false;         // gi_running / cr_running; resuming a running machine is a ValueError
  MachineKind kind = MachineKind::Generator;  // set with the type by init_machine
  bool iterable_coroutine = false;  // a generator of a types.coroutine function: awaitable
  bool async_gen_layout = false;    // the object is a py::AsyncGenObj (checked by init_machine)
  ResumeFn resume = nullptr;
  const CodeInfo* code = nullptr;
  Value name, qualname;         // __name__, __qualname__ (settable)
  Value pending_throw;          // set by throw()/close(): raised at the suspension point
  Value yield_from;             // what a suspended `yield from`/`await` delegates to (gi_yieldfrom, cr_await)
  Value saved_exc;              // the exception being handled inside the machine, kept across suspensions
  Frame frame{};                // its traceback frame; linked in while it runs

  // Runtime bookkeeping (the machine never touches these):
  int32_t handler_depth = 0;    // suspending handlers entered and not yet left (machine_handler_enter/exit)
  bool pending_raw = false;     // pending_throw is already in flight (its traceback is recorded)
  MachineObj* parent = nullptr; // the machine whose `yield from`/`await` drives this one (a linked chain)
  MachineObj* leaf = nullptr;   // on a chain's root: its innermost active machine (itself if none)

  // What the machine can do, known when it was compiled. Codegen's frames
  // say false where they can: the inline fast paths then skip the checks
  // for a delegate (`yield from`/`await`) and for a suspension inside a
  // handler.
  static constexpr bool kDelegates = true;
  static constexpr bool kYieldsInHandler = true;
  // false: every yield drops the value sent in unread (a for loop's next()
  // need not pass None).
  static constexpr bool kReadsSent = true;

  MachineObj();  // a generator until init_machine says otherwise
  ~MachineObj() override;
  // For the cycle collector: what the machine object holds; codegen's
  // frames add their variables and the function (and clear those).
  void gc_traverse(GcVisitor& visit) override;
  void gc_clear() override;
  // Releases the locals (frame fields) when the machine finishes, as
  // CPython clears a finished generator's frame: a local's finaliser runs
  // then, not when the machine object goes. Codegen overrides it:
  //   void clear_locals() override { v_x.clear(); v_i.clear(); ... }
  virtual void clear_locals() {}
};

namespace T {
extern TypeObj* generator;
extern TypeObj* coroutine;
extern TypeObj* async_generator;
}  // namespace T

// The Python type of machines of `kind`.
inline TypeObj* machine_type(MachineKind kind) {
  switch (kind) {
    case MachineKind::Generator: return T::generator;
    case MachineKind::Coroutine: return T::coroutine;
    case MachineKind::AsyncGenerator: return T::async_generator;
  }
  return T::generator;
}

// Whether `v` is a machine of any kind (a generator, coroutine or async generator).
inline bool is_machine(const Value& v) {
  if (!v.is_obj()) return false;
  TypeObj* t = v.obj()->type;
  return t == T::generator || t == T::coroutine || t == T::async_generator;
}

// Makes `m` a fresh machine of code's kind (its Python type follows).
void init_machine(MachineObj* m, const CodeInfo* code, ResumeFn resume);
void init_machine(MachineObj* m, const FuncObj* fn, ResumeFn resume);  // fn's code
[[noreturn]] void machine_raise_pending(MachineObj* m);

// Makes a machine object of the frame type F (F derives from MachineObj;
// its members are the locals) for a call of `fn`. One allocation, nothing
// runs yet.
template <class F>
inline F* new_machine(const FuncObj* fn, ResumeFn resume) {
  F* f = new F;  // default-initialised: every member has its own initialiser
  init_machine(f, fn, resume);
  return f;
}
template <class F>
inline F* new_machine(const CodeInfo* code, ResumeFn resume) {
  F* f = new F;  // default-initialised: every member has its own initialiser
  init_machine(f, code, resume);
  return f;
}

// At every resume point, first thing: raises a pending throw()/close()
// exception at the suspension point.
inline void machine_resumed(MachineObj* m) {
  if (m->pending_throw.is_bound()) [[unlikely]] machine_raise_pending(m);
}

// `yield from x` / `await x` inside the machine:
//     f_->yield_from = py::yield_from_iter(x);   // iter(x), or x itself if a machine
//     io_ = Value::none();
//     f_->state = K;
//   resume_K:;
//     if (py::yield_from_step(f_, io_)) return py::Step::Suspended;  // io_: the delegate's value
//     t = std::move(io_);                                            // the delegate's return value
// yield_from_step forwards what the machine was resumed with (io / a
// pending throw or close) to the delegate (PEP 380: send, throw, close,
// StopIteration.value), clears m->yield_from when the delegate is done.
Value yield_from_iter(const MachineObj* m, const Value& iterable);
bool yield_from_step(MachineObj* m, Value& io);

// `await x`: what the machine delegates to, as CPython's GET_AWAITABLE: a
// coroutine (or a generator of a types.coroutine function) itself, else the
// iterator x.__await__() returns; TypeError for what is not awaitable, and
// RuntimeError for a coroutine another await is already driving. Then the
// same delegation as `yield from`:
//     f_->yield_from = py::await_iter(x);
//     ... as above
Value await_iter_slow(const Value& awaitable);
inline bool awaitable_coroutine(const Value& awaitable);
inline Value await_iter(const Value& awaitable) {
  if (awaitable_coroutine(awaitable)) [[likely]]
    return awaitable;
  return await_iter_slow(awaitable);
}
inline Value await_iter(Value&& awaitable) {
  if (awaitable_coroutine(awaitable)) [[likely]]
    return std::move(awaitable);
  return await_iter_slow(awaitable);
}

// `async with m as v: body` in a coroutine: the manager's protocol looked
// up on its type (CPython's TypeErrors); enter() and exit() return the
// awaitables of __aenter__() and __aexit__(type, exc, tb) (None for a body
// that ended normally), which the machine awaits.
class AsyncWithContext {
 public:
  AsyncWithContext() = default;  // a frame member, assigned when its statement starts
  explicit AsyncWithContext(const Value& manager);
  Value enter();
  Value exit(const Value& exc);

 private:
  Value manager_, exit_;
};

// `async for x in it`: async_iter() is it.__aiter__() (checked to have
// __anext__); each item is awaited from async_next_iter(), the delegation
// over its __anext__()'s awaitable, stepped by async_for_step:
//     f_->yield_from = py::async_next_iter(f_->ait);
//     io_ = Value::none(); f_->state = K;
//   resume_K:;
//     switch (py::async_for_step(f_, io_)) { case 1: return py::Step::Suspended; case -1: goto end; }
//     x = std::move(io_);
// async_for_step: 1 suspended, 0 an item in io, -1 StopAsyncIteration (the end).
Value async_iter(const Value& iterable);
Value async_next_iter(const Value& async_iterator);
int async_for_step(MachineObj* m, Value& io);

// An `except` (or a `finally` on its exceptional path) whose body can
// suspend cannot be a C++ catch block nor a HandlerScope. The machine keeps
// the caught exception in a frame field and brackets the handler body with
//     py::machine_handler_enter(f_, f_->outer_exc_K, exc);   // as HandlerScope's constructor
//     ... handler body (may suspend) ...
//     py::machine_handler_exit(f_, f_->outer_exc_K);         // as its destructor
// where outer_exc_K is one `Value` frame field per such handler (the
// handled exception it replaced). Call machine_handler_exit on every way out
// of the handler that stays inside the machine: normal end,
// return/break/continue through it, and an exception leaving the body that
// a handler of the same machine will catch (exit before entering that
// handler). When the machine itself finishes (returns, or an exception
// leaves it) the runtime restores the caller's state, so no exit is needed
// on those paths. Across a suspension the handled exception stays with the
// machine: the caller never sees it, and sys.exc_info()/__context__/bare
// `raise` inside see it again when it resumes (CPython's per-generator
// exc_info). Handlers that cannot suspend keep using py::HandlerScope as
// plain functions do.
void machine_handler_enter(MachineObj* m, Value& slot, const Value& exc);
void machine_handler_exit(MachineObj* m, Value& slot);

// The protocol (also reachable as methods of the machine types), with
// CPython's rules and messages for each kind: a finished coroutine raises
// "cannot reuse already awaited coroutine" where a finished generator just
// stops. next() (generators): false when it returned (no StopIteration
// made); `out` then holds the return value (None if it had finished
// before).
bool machine_next(MachineObj* m, Value& out);
Value machine_send(MachineObj* m, const Value& v);        // raises StopIteration(value) when it returns
Value machine_throw(MachineObj* m, const Value& exc);     // throw(exc): exc a class or an instance
// throw(typ, val, tb) with CPython's argument rules (val/tb may be Unbound).
Value machine_throw3(MachineObj* m, const Value& typ, const Value& val, const Value& tb);
void machine_close(MachineObj* m);                        // close()
// send() and throw() as one step for a driver (an event loop's task): a
// return is Step::Returned with the value in io, not a StopIteration.
Step machine_send_step(MachineObj* m, Value& io);             // io: the value sent in, then out
Step machine_throw_step(MachineObj* m, const Value& exc, Value& io);
// throw(typ, val, tb) as one step. close_delegate_on_exit false: a
// GeneratorExit is thrown into what the machine delegates to instead of
// closing it (an async generator's aclose()).
Step machine_throw3_step(MachineObj* m, const Value& typ, const Value& val, const Value& tb, Value& io,
                         bool close_delegate_on_exit = true);


// ------------------------------------------------------------ inline fast paths
// The protocol above, with the machine known at compile time: codegen calls
// these where it knows which generator function made the object (a for loop
// over a call of a module-level generator function, send() on a local bound
// only to such calls). The common case — not delegating, not inside a
// handler that yields, not running — runs the machine through a direct,
// inlinable call; everything else takes the out-of-line path above.

// Out-of-line ends of the fast paths.
void machine_returned(MachineObj* m);  // the machine returned: finish m (locals released)
// Called inside the catch of an exception leaving the machine: finishes m,
// restores `caller` as the current frame, rethrows (PEP 479: StopIteration
// becomes RuntimeError).
[[noreturn]] void machine_raised(MachineObj* m, Frame* caller, PyError& e);
// The last reference to a suspended machine is going: close it now,
// reporting an exception as unraisable (CPython's finaliser).
void machine_close_unreferenced(MachineObj* m);
void machine_suspended_in_handler(MachineObj* m);  // it suspended inside a handler: the caller's handled exception returns
// Past the recursion or stack limit (RecursionError, nothing to restore),
// or only a collection was asked for (it runs, and this returns).
void machine_entry_slow(int depth, const void* frame_address);
[[noreturn]] void raise_stop_iteration(const Value& value);

// True when m, a machine object of the resume function `Resume` (frame F), can be resumed
// by it directly.
template <class F, ResumeFn Resume>
inline bool machine_fast_resumable(const MachineObj* m) {
  if (m->resume != Resume || m->running || m->parent) return false;
  if constexpr (F::kDelegates)
    if (m->leaf != m) return false;
  if constexpr (F::kYieldsInHandler)
    if (m->handler_depth) return false;
  return true;
}

// A coroutine that no other await drives: await_iter's answer is the object itself.
inline bool awaitable_coroutine(const Value& awaitable) {
  return awaitable.is_obj() && awaitable.obj()->type == T::coroutine &&
         static_cast<const MachineObj*>(awaitable.obj())->yield_from.is_unbound();
}

// Chains m's frame under the current one (for tracebacks); returns the caller's.
[[gnu::always_inline]] inline Frame* machine_link_frame(MachineObj* m) {
  Frame* caller = current_frame;
  int depth = caller ? caller->depth + 1 : 0;
  m->frame.back = caller;
  m->frame.depth = depth;
  if (recursion_exceeded(depth, &caller)) [[unlikely]] machine_entry_slow(depth, &caller);
  return caller;
}

// Who can reach the machine a fast path resumes: a Python object (others
// may hold it and look at gi_running) or only the C++ loop that owns it
// (py::LocalGenIter), where nobody can see it running.
enum class MachineReach : uint8_t { Shared, LoopOnly };

// Runs the machine once, m's frame already chained under `caller`.
template <class F, ResumeFn Resume, MachineReach Reach = MachineReach::Shared>
[[gnu::always_inline]] inline Step machine_run_linked_inline(MachineObj* m, Value& io, Frame* caller) {
  current_frame = &m->frame;
  if constexpr (Reach == MachineReach::Shared) m->running = true;
  Step step;
  try {
    step = Resume(m, io);
  } catch (PyError& e) {
    machine_raised(m, caller, e);
  }
  current_frame = caller;
  if constexpr (Reach == MachineReach::Shared) m->running = false;
  if (step == Step::Returned) [[unlikely]] {
    machine_returned(m);
  } else if constexpr (F::kYieldsInHandler) {
    if (m->handler_depth) [[unlikely]] machine_suspended_in_handler(m);
  }
  return step;
}

template <class F, ResumeFn Resume>
[[gnu::always_inline]] inline Step machine_run_inline(MachineObj* m, Value& io) {
  return machine_run_linked_inline<F, Resume>(m, io, machine_link_frame(m));
}

// A delegate that suspended on its first run becomes part of m's chain
// (yield_from_step's own linking).
void machine_link_delegate(MachineObj* m, MachineObj* delegate);

// The first run of m's fresh delegate `sub` (`await f(x)`, `yield from
// gen()`), by run_first(): run under m's frame, as the linked chain would,
// and linked into m's chain only if it suspends; one that finishes at once
// (an await that never suspends) is dropped, with no walk up the chain.
// True: it suspended (io is what it yielded); false: io is its result.
template <class RunFirst>
inline bool machine_first_delegate_step(MachineObj* m, MachineObj* sub, RunFirst&& run_first) {
  Step step;
  try {
    step = run_first();
  } catch (PyError&) {
    m->yield_from.clear();
    throw;
  }
  if (step == Step::Suspended) [[unlikely]] {
    machine_link_delegate(m, sub);
    return true;
  }
  m->yield_from.clear();
  return false;
}

// `await f(...)` where f is a coroutine function known at compile time
// (frame F, resume function Resume): yield_from_step, with the first run
// of the fresh coroutine the call made resumed by a direct, inlinable call.
// A coroutine that finishes without suspending (the common await) is
// dropped at once: its frame goes back to the object pool, and the await
// allocated nothing else. Anything else (a resumption after a suspension,
// a pending throw, an object of another function) takes yield_from_step.
// (Inline, not forced: a coroutine awaiting itself recursively is common.)
template <class F, ResumeFn Resume>
inline bool await_known_step(MachineObj* m, Value& io) {
  const Value& yf = m->yield_from;
  if (m->pending_throw.is_unbound() && yf.is_obj() && yf.obj()->type == T::coroutine) [[likely]] {
    auto* sub = static_cast<MachineObj*>(yf.obj());
    if (sub->resume == Resume && sub->state == MachineObj::kNotStarted && !sub->running && !sub->parent &&
        sub->pending_throw.is_unbound()) [[likely]]
      return machine_first_delegate_step(
          m, sub, [&] { return machine_run_linked_inline<F, Resume>(sub, io, machine_link_frame(sub)); });
  }
  return yield_from_step(m, io);
}

// machine_send for a machine object probably of the resume function `Resume`; `io`
// carries the value sent in and comes back holding the value yielded.
template <class F, ResumeFn Resume>
[[gnu::always_inline]] inline void machine_send_in_place(MachineObj* m, Value& io) {
  if (m->state <= 0 || !machine_fast_resumable<F, Resume>(m)) [[unlikely]] {
    io = machine_send(m, io);
    return;
  }
  if (machine_run_inline<F, Resume>(m, io) == Step::Returned) [[unlikely]]
    raise_stop_iteration(io);
}

// `obj.send(arg)` in compiled code. A machine's `send` attribute is always
// its type's send (the types are fixed and have no instance dict), so the
// lookup is a type test; anything else is an ordinary method call.
// send_method consumes `arg` (a temporary: released once the send is over,
// as CPython drops a call's arguments); send_method_as borrows a variable's
// value or consumes a temporary, and resumes the machine inline where it
// was made by the resume function `Resume` (frame F), as codegen guessed.
Value send_method(const Value& obj, Value& arg);
template <class F, ResumeFn Resume>
[[gnu::always_inline]] inline Value send_method_as(const Value& obj, Value&& arg) {
  if (is_machine(obj)) [[likely]] {
    Value io = arg;  // the argument lives until the send returns, as on CPython's stack
    machine_send_in_place<F, Resume>(static_cast<MachineObj*>(obj.obj()), io);
    arg.clear();
    return io;
  }
  return send_method(obj, arg);
}
template <class F, ResumeFn Resume>
[[gnu::always_inline]] inline Value send_method_as(const Value& obj, const Value& arg) {
  if (is_machine(obj)) [[likely]] {
    Value io = arg;
    machine_send_in_place<F, Resume>(static_cast<MachineObj*>(obj.obj()), io);
    return io;
  }
  Value copy = arg;
  return send_method(obj, copy);
}

}  // namespace py
