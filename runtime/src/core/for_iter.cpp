// py::ForIter: the iterator behind every compiled `for` loop (see api.h).
#include "core/internal.h"
#include "pyrt/machine.h"

namespace py {

ForIter::ForIter(const Value& iterable) {
  if (iterable.is_obj() && iterable.obj()->type == T::list) {
    kind_ = Kind::List;
    it_ = iterable;
  } else if (iterable.is_obj() && iterable.obj()->type == T::generator) {
    kind_ = Kind::Generator;  // iter(g) is g
    it_ = iterable;
  } else {
    kind_ = Kind::Generic;
    it_ = iter(iterable);
  }
}

ForIter::ForIter(RangeCall, const Value* args, size_t nargs) : kind_(Kind::Range) {
  int64_t start = 0, stop = 0, step = 1;
  if (nargs == 1) {
    stop = index_value(args[0]);
  } else {
    start = index_value(args[0]);
    stop = index_value(args[1]);
    if (nargs == 3) step = index_value(args[2]);
  }
  if (step == 0) raise(E::ValueError, "range() arg 3 must not be zero");
  __int128 span = step > 0 ? (__int128)stop - start : (__int128)start - stop;
  __int128 abs_step = step > 0 ? (__int128)step : -(__int128)step;
  remaining_ = span <= 0 ? 0 : static_cast<uint64_t>((span + abs_step - 1) / abs_step);
  cur_ = start;
  step_ = step;
}

bool ForIter::next_slow(Value& out) {
  if (kind_ == Kind::List) {
    auto* list = it_.as<ListObj>();
    if (static_cast<uint64_t>(cur_) >= list->items.size()) return false;
    out = list->items[static_cast<size_t>(cur_++)];
    return true;
  }
  if (kind_ == Kind::Generator) return machine_next(it_.as<MachineObj>(), out);
  return py::next(it_, out);
}

}  // namespace py
