// py::LocalGenIter — the iterator of a for loop over a call of a known
// generator function, with the generator's frame inside the loop's own
// storage (no heap allocation) and its machine called directly, so the C++
// optimiser sees the whole loop.
//
// Codegen uses it for
//
//     def numbers(n):                  py::LocalGenIter<Frame_5, resume_5> it_9;
//         ...                          if (callee is numbers's def)   // `numbers` may be rebound
//     def main():                        setup_5(it_9.start_local(fn), fn, args);
//         for x in numbers(10):        else
//             ...                        it_9.start_generic(py::call(callee, args));
//                                      while (it_9.next(item)) ...
//
// The generator object is never visible to Python code: the for loop's
// iterator is hidden, and a machine cannot reach its own generator object.
// So it needs no reference count of its own; it lives exactly as long as the
// loop's iterator would in CPython (until the loop ends, is left by
// break/return, or an exception unwinds through it) and is closed then if
// still suspended, as CPython closes a generator whose last reference goes.
//
// Where the callee is not the def (rebound at run time), the loop iterates
// whatever the call returned through an ordinary py::ForIter.
#pragma once

#include <new>

#include "pyrt/machine.h"

namespace py {

template <class F, ResumeFn Resume>
class LocalGenIter {
 public:
  LocalGenIter() {}
  ~LocalGenIter() {
    if (local_) {
      F* f = frame();
      machine_close_unreferenced(f);  // finally blocks run now, as CPython's finaliser
      f->~F();
    }
  }
  LocalGenIter(const LocalGenIter&) = delete;
  LocalGenIter& operator=(const LocalGenIter&) = delete;

  // A fresh, not started generator of `fn` in this storage; the caller binds
  // its parameters into the returned frame.
  F* start_local(FuncObj* fn) {
    F* f = new (storage_) F;
    f->refcnt = kImmortal;  // owned by this storage; borrowed references come and go
    if (f->gc_slot & Object::kGcSlotMask) Object::gc_untrack_slot(f);  // (held by this loop: never garbage)
    init_machine(f, fn, Resume);
    local_ = true;
    // Every next() comes from this loop, in this frame: chain the
    // generator's frame (and check the depth) once.
    machine_link_frame(f);
    return f;
  }
  void start_generic(const Value& iterable) { generic_ = ForIter(iterable); }

  bool next(Value& out) {
    if (!local_) [[unlikely]] return generic_.next(out);
    F* g = frame();
    // Nothing else can reach this generator, so it is never running here and
    // never has a parent; a `yield from` in it, or a yield inside one of its
    // handlers, takes the general path (where its machine can do either).
    bool general = g->state < 0;
    if constexpr (F::kDelegates) general |= g->leaf != g;
    if constexpr (F::kYieldsInHandler) general |= g->handler_depth != 0;
    if (general) [[unlikely]] return machine_next(g, out);
    // next() sends None; a machine that never reads it just drops what `out`
    // holds (the last item, if the loop's target left it there) when it
    // resumes, as it would drop the None.
    if constexpr (F::kReadsSent) out = Value::none();
    return machine_run_linked_inline<F, Resume, MachineReach::LoopOnly>(g, out, g->frame.back) == Step::Suspended;
  }

 private:
  F* frame() { return std::launder(reinterpret_cast<F*>(storage_)); }
  alignas(F) unsigned char storage_[sizeof(F)];
  bool local_ = false;
  ForIter generic_;
};

}  // namespace py
