// Py_ReprEnter/Py_ReprLeave: a container whose repr is already being
// built further up the stack shows as [...] / {...} / ... instead.
#pragma once

#include "core/object.h"

namespace py {

struct ReprGuard {
  explicit ReprGuard(Object* o);
  ~ReprGuard();
  bool recursive;
  Object* obj;
};

}  // namespace py
