// Registers every native module; each one is filled on first import.
#include "internal.h"

namespace py {

void init_time_module(ModuleObj* m);
void init_random_module(ModuleObj* m);
void init_heapq_module(ModuleObj* m);
void init_datetime_module(ModuleObj* m);

void init_modules() {
  register_module("time", init_time_module);
  register_module("random", init_random_module);
  register_module("heapq", init_heapq_module);
  register_module("datetime", init_datetime_module);
}

}  // namespace py
