// The one header a compiled program includes: the runtime's whole contract
// with generated code. Everything under pyrt/ is that contract (installed);
// the runtime's internals live in runtime/src and are never included here.
//   value.h            py::Value, py::Object: the value model
//   frame.h            py::Frame, py::CodeInfo: traceback frames, code tables
//   api.h              the operations generated code calls
//   generator.h        compiled state machines as generator objects
//   local_generator.h  a for loop's generator kept in the loop's own storage
#pragma once

#include "pyrt/api.h"
#include "pyrt/machine.h"
#include "pyrt/async_generator.h"
#include "pyrt/local_generator.h"
