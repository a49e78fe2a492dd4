// Shared by the machine protocol (machine.cpp) and the Python types that
// expose it (machine_types.cpp). Never included by generated code.
#pragma once

#include "pyrt/machine.h"

namespace py {

// "generator", "coroutine" or "async generator": how CPython's messages
// name a machine of this kind.
const char* kind_word(const MachineObj* m);

// Running, or driven right now as part of a running chain (gi_running).
bool is_executing(MachineObj* m);

// CPython's default unraisable hook: "Exception ignored in: <repr of
// where>", the traceback from the frame at caught_depth inward, the
// exception.
void write_unraisable(const Value& where, const Value& exc, int caught_depth);

// A hand-written machine may await without a delegate object (asyncio.sleep
// waiting for its future makes no FutureIter): its machines, those of the
// resume function lazy_delegate_resume, answer gi_yieldfrom/cr_await with
// lazy_delegate(m), which makes the object then.
extern ResumeFn lazy_delegate_resume;
extern Value (*lazy_delegate)(MachineObj* m);

// async_generator's methods and awaitables (async_generator.cpp).
void init_async_generator_types();
// aiter(), anext() and anext(it, default)'s awaitable (async_protocols.cpp).
void init_async_builtins();

namespace T {
extern TypeObj* machine_frame;  // what gi_frame / cr_frame / ag_frame return
}

}  // namespace py
