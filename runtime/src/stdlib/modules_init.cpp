// Registers every native module; each one is filled on first import.
#include "core/internal.h"

namespace py {

void init_time_module(ModuleObj* m);
void init_random_module(ModuleObj* m);
void init_heapq_module(ModuleObj* m);
void init_datetime_module(ModuleObj* m);
void init_collections_module(ModuleObj* m);
void init_functools_module(ModuleObj* m);
void init_itertools_module(ModuleObj* m);
void init_sys_module(ModuleObj* m);
void init_math_module(ModuleObj* m);

void init_modules() {
  register_module("time", init_time_module);
  register_module("random", init_random_module);
  register_module("heapq", init_heapq_module);
  register_module("datetime", init_datetime_module);
  register_module("collections", init_collections_module);
  register_module("functools", init_functools_module);
  register_module("itertools", init_itertools_module);
  register_module("sys", init_sys_module);
  register_module("math", init_math_module);
}

}  // namespace py
