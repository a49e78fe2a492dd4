// py::AsyncGenObj: the machine of an `async def` that yields (PEP 525).
//
// The machine is the same as a coroutine's (pyrt/machine.h); only its
// `yield` differs: it ends the run with Step::AsyncYielded instead of
// Step::Suspended, so whoever drives it can tell a value the generator
// produced from a suspension of something it awaits, which passes through
// to the event loop. Worked example (abridged from what codegen writes):
//
//     async def ticks(n):            struct Frame_ticks : py::AsyncGenObj { Value v_n, v_i; ... };
//         for i in range(n):         py::Step resume_ticks(py::MachineObj* m_, Value& io_) {
//             await asyncio.sleep(0)   ... f_->yield_from = py::await_iter(<sleep(0)>);
//             yield i                  resume_1:;
//                                        if (py::yield_from_step(f_, io_)) return py::Step::Suspended;
//                                        io_ = f_->v_i; f_->state = 2;
//                                        return py::Step::AsyncYielded;
//                                      resume_2:;
//                                        rs_ = 0; py::machine_resumed(f_); ...
//
// Nobody resumes an async generator directly: `ag.__anext__()`,
// `ag.asend(v)`, `ag.athrow(...)` and `ag.aclose()` return awaitables
// (async_generator_asend / async_generator_athrow objects, runtime side
// only) that run the machine when they are themselves resumed, and end
// (StopIteration(value)) when it yields, as CPython's. The flags below are
// CPython's PyAsyncGenObject state.
#pragma once

#include "pyrt/machine.h"

namespace py {

struct AsyncGenRegistry;

struct AsyncGenObj : MachineObj {
  // An asend/athrow awaitable of this generator is being driven (between
  // its first send and the generator's next yield or end): another one
  // may not start. ag_running shows it.
  bool running_async = false;
  // aclose() was called, or the generator ended by StopAsyncIteration or
  // GeneratorExit: an athrow() or aclose() awaited from now on just stops.
  bool closed = false;
  // The firstiter hook ran (at the first __anext__/asend/athrow/aclose) and
  // `finalizer` holds the finalizer hook in force then.
  bool hooks_inited = false;
  // sys.set_asyncgen_hooks' finalizer, called instead of closing the
  // generator here when its last reference goes while it is suspended (an
  // event loop schedules aclose() as a task).
  Value finalizer;
  // The event loop that saw this generator start keeps it in a registry
  // that does not own it (asyncio's weak set of live async generators):
  // shutdown_asyncgens() closes what is left in it.
  AsyncGenRegistry* registry = nullptr;
  AsyncGenObj *registry_prev = nullptr, *registry_next = nullptr;

  // Tracked as a generator is. Its finaliser (the loop's hook, which
  // schedules aclose()) runs before anything is cleared, and the aclose()
  // awaitable it makes holds the generator from outside the garbage: the
  // generator lives on, with all it reaches, until that task closes it.
  AsyncGenObj() { async_gen_layout = true; }
  ~AsyncGenObj() override;
  void gc_traverse(GcVisitor& visit) override;
  void gc_clear() override;
};

}  // namespace py
