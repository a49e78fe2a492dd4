// The gc module: the cycle collector's controls (core/gc.h). There is one
// generation; the second and third of CPython's counts and thresholds are
// shown as CPython shows them at rest.
#include <fmt/format.h>

#include "core/gc.h"
#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

Value fn_collect(const Value* args, size_t nargs, TupleObj* kwnames) {
  Value out[1];
  bind(Signature{"collect", {"generation"}, 1, 0}, args, nargs, kwnames, out);
  if (out[0].is_bound()) {
    int64_t generation = index_value(out[0]);
    if (generation < 0 || generation > 2) raise(E::ValueError, "invalid generation");
  }
  return Value::from_int(gc::collect());
}

Value fn_enable(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("enable", nargs, kwnames, 0);
  gc::enabled = true;
  return Value::none();
}

Value fn_disable(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("disable", nargs, kwnames, 0);
  gc::enabled = false;
  return Value::none();
}

Value fn_isenabled(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("isenabled", nargs, kwnames, 0);
  return Value::from_bool(gc::enabled);
}

Value fn_get_count(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("get_count", nargs, kwnames, 0);
  return make_tuple({Value::from_int(gc::pending_count()), Value::from_int(0), Value::from_int(0)});
}

Value fn_get_threshold(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("get_threshold", nargs, kwnames, 0);
  return make_tuple({Value::from_int(gc::threshold), Value::from_int(10), Value::from_int(10)});
}

// set_threshold(threshold0[, threshold1[, threshold2]]): 0 disables automatic collection.
Value fn_set_threshold(const Value* args, size_t nargs, TupleObj* kwnames) {
  no_kwargs("set_threshold", kwnames);
  if (nargs < 1 || nargs > 3)
    raise(E::TypeError, fmt::format("set_threshold() takes at least 1 argument ({} given)", nargs));
  int64_t t0 = index_value(args[0]);
  for (size_t i = 1; i < nargs; ++i) index_value(args[i]);
  gc::threshold = t0;
  return Value::none();
}

}  // namespace

void init_gc_module(ModuleObj* m) {
  module_add_fn(m, "collect", fn_collect);
  module_add_fn(m, "enable", fn_enable);
  module_add_fn(m, "disable", fn_disable);
  module_add_fn(m, "isenabled", fn_isenabled);
  module_add_fn(m, "get_count", fn_get_count);
  module_add_fn(m, "get_threshold", fn_get_threshold);
  module_add_fn(m, "set_threshold", fn_set_threshold);
  module_add(m, "garbage", make_list({}));
}

}  // namespace py
