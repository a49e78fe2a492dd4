// Registers every native module the manifest lists; each one is filled on
// first import. Declaring the init functions from the manifest too means a
// module listed there without an implementation fails to link.
#include "core/internal.h"

namespace py {

#define PYRT_MODULE(dotted_name, init_function) void init_function(ModuleObj* m);
#include "pyrt_manifest.def"

void init_modules() {
#define PYRT_MODULE(dotted_name, init_function) register_module(dotted_name, init_function);
#include "pyrt_manifest.def"
}

}  // namespace py
