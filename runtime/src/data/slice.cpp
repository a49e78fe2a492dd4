// slice objects and CPython's index adjustment for slicing.
#include "data/bigint.h"
#include "data/data_util.h"

namespace py {

namespace {

struct SliceObj : Object {
  Value start, stop, step;
  SliceObj() : Object(T::slice) {}
};

// An index bound: None -> `dflt`; ints clamp (big ints to +-huge).
int64_t slice_bound(const Value& v, int64_t dflt) {
  if (v.is_none() || v.is_unbound()) return dflt;
  if (v.is_int() || v.is_bool()) return v.i();
  if (is_bigint(v)) return v.as<IntObj>()->v.neg ? INT64_MIN / 4 : INT64_MAX / 4;
  if (v.is_obj() && !type_of(v)->is_builtin) return index_value(v);
  raise(E::TypeError, "slice indices must be integers or None or have an __index__ method");
}

Value slice_repr(const Value& self) {
  auto* s = self.as<SliceObj>();
  return make_str(fmt::format("slice({}, {}, {})", repr_string(s->start), repr_string(s->stop), repr_string(s->step)));
}

Value slice_richcompare(const Value& a, const Value& b, int op) {
  if (!b.is_obj() || b.obj()->type != T::slice) return not_implemented();
  auto* x = a.as<SliceObj>();
  auto* y = b.as<SliceObj>();
  Value ta = make_tuple({x->start, x->stop, x->step});
  Value tb = make_tuple({y->start, y->stop, y->step});
  return type_of(ta)->richcompare(ta, tb, op);
}

Value slice_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kw) {
  check_args("slice", nargs, kw, 1, 3);
  if (nargs == 1) return make_slice(Value::none(), args[0], Value::none());
  return make_slice(args[0], args[1], nargs > 2 ? args[2] : Value::none());
}

Value get_start(const Value& s) { return s.as<SliceObj>()->start; }
Value get_stop(const Value& s) { return s.as<SliceObj>()->stop; }
Value get_step(const Value& s) { return s.as<SliceObj>()->step; }

Value m_indices(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("indices", nargs - 1, kw, 1, 1);
  int64_t len = index_value(args[1]);
  if (len < 0) raise(E::ValueError, "length should not be negative");
  SliceIdx ix = slice_indices(args[0], len);
  return make_tuple({Value::from_int(ix.start), Value::from_int(ix.stop), Value::from_int(ix.step)});
}

}  // namespace

Value make_slice(const Value& lower, const Value& upper, const Value& step) {
  auto* s = new SliceObj();
  s->start = lower.is_unbound() ? Value::none() : lower;
  s->stop = upper.is_unbound() ? Value::none() : upper;
  s->step = step.is_unbound() ? Value::none() : step;
  return Value::steal(s);
}

bool is_slice(const Value& v) { return v.is_obj() && v.obj()->type == T::slice; }

SliceIdx slice_indices(const Value& slice, int64_t len) {
  auto* s = slice.as<SliceObj>();
  SliceIdx r;
  r.step = slice_bound(s->step, 1);
  if (r.step == 0) raise(E::ValueError, "slice step cannot be zero");
  if (r.step < -INT64_MAX) r.step = -INT64_MAX;
  bool back = r.step < 0;
  auto adjust = [&](const Value& v, int64_t dflt) {
    if (v.is_none()) return dflt;
    int64_t i = slice_bound(v, dflt);
    if (i < 0) {
      i += len;
      if (i < 0) i = back ? -1 : 0;
    } else if (i >= len) {
      i = back ? len - 1 : len;
    }
    return i;
  };
  r.start = adjust(s->start, back ? len - 1 : 0);
  r.stop = adjust(s->stop, back ? -1 : len);
  if (back) r.count = r.stop < r.start ? (r.start - r.stop - 1) / (-r.step) + 1 : 0;
  else r.count = r.start < r.stop ? (r.stop - r.start - 1) / r.step + 1 : 0;
  return r;
}

int64_t wrap_index(const Value& key, int64_t len, const char* what) {
  int64_t i;
  if (key.is_int() || key.is_bool()) i = key.i();
  else i = index_value(key);
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(E::IndexError, what);
  return i;
}

void init_slice_type() {
  TypeObj* t = T::slice;
  t->repr = slice_repr;
  t->richcompare = slice_richcompare;
  t->tp_new = slice_new;
  t->hash = nullptr;
  add_getter(t, "start", get_start);
  add_getter(t, "stop", get_stop);
  add_getter(t, "step", get_step);
  add_method(t, "indices", m_indices);
}

}  // namespace py
