// py::call_drop / py::call_method_drop (api.h): calls whose argument array
// is emptied as soon as the call returns.
#include "core/internal.h"

namespace py {

Value call_drop(const Value& f, Value* args, size_t nargs, TupleObj* kwnames, size_t total) {
  Value result = call(f, args, nargs, kwnames);
  for (size_t i = 0; i < total; ++i) args[i].clear();
  return result;
}

Value call_method_drop(const Value& obj, const Value& name, Value* args, size_t nargs, TupleObj* kwnames,
                       size_t total) {
  Value result = call_method(obj, name, args, nargs, kwnames);
  for (size_t i = 0; i < total; ++i) args[i].clear();
  return result;
}

}  // namespace py
