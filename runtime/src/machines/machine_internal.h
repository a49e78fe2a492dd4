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

namespace T {
extern TypeObj* machine_frame;  // what gi_frame / cr_frame / ag_frame return
}

}  // namespace py
