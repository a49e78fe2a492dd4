// range: int64 start/stop/step (CPython allows big ints; programs here do not need them).
#include "data/bigint.h"
#include "data/data_util.h"

namespace py {

namespace {

struct RangeObj : Object {
  int64_t start, stop, step, length;
  RangeObj() : Object(T::range) {}
};
inline RangeObj* R(const Value& v) { return v.as<RangeObj>(); }

int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) return int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1);
  if (step < 0 && start > stop) return int64_t((uint64_t(start) - uint64_t(stop) - 1) / (uint64_t(0) - uint64_t(step)) + 1);
  return 0;
}

int64_t range_arg(const Value& v) {
  if (v.is_int() || v.is_bool()) return v.i();
  if (v.is_float()) raise(E::TypeError, "'float' object cannot be interpreted as an integer");
  return index_value(v);
}

Value range_make(int64_t start, int64_t stop, int64_t step) {
  auto* r = new RangeObj();
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = range_length(start, stop, step);
  return Value::steal(r);
}

Value range_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kw) {
  if (kw && !kw->items.empty()) raise(E::TypeError, "range() takes no keyword arguments");
  if (nargs == 0) raise(E::TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) raisef(E::TypeError, "range expected at most 3 arguments, got {}", nargs);
  if (nargs == 1) return range_make(0, range_arg(args[0]), 1);
  int64_t step = nargs == 3 ? range_arg(args[2]) : 1;
  if (step == 0) raise(E::ValueError, "range() arg 3 must not be zero");
  return range_make(range_arg(args[0]), range_arg(args[1]), step);
}

Value range_repr(const Value& self) {
  RangeObj* r = R(self);
  if (r->step == 1) return make_str(fmt::format("range({}, {})", r->start, r->stop));
  return make_str(fmt::format("range({}, {}, {})", r->start, r->stop, r->step));
}

int64_t range_len(const Value& self) { return R(self)->length; }

Value range_getitem(const Value& self, const Value& key) {
  RangeObj* r = R(self);
  if (is_slice(key)) {
    SliceIdx ix = slice_indices(key, r->length);
    int64_t start = r->start + ix.start * r->step;
    int64_t step = r->step * ix.step;
    int64_t stop = start + ix.count * step;
    return range_make(start, stop, step);
  }
  if (!is_int_value(key) && !(key.is_obj() && !type_of(key)->is_builtin))
    raisef(E::TypeError, "range indices must be integers or slices, not {}", type_name(key));
  int64_t i = wrap_index(key, r->length, "range object index out of range");
  return Value::from_int(r->start + i * r->step);
}

bool range_has(RangeObj* r, int64_t v) {
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
  return (v - r->start) % r->step == 0;
}

bool range_contains(const Value& self, const Value& item) {
  if (item.is_int() || item.is_bool()) return range_has(R(self), item.i());
  if (is_bigint(item)) return false;
  Value it = iter(self);
  Value x;
  while (next(it, x))
    if (eq_bool(x, item)) return true;
  return false;
}

int64_t range_hash(const Value& self) {
  RangeObj* r = R(self);
  Value t;
  if (r->length == 0) t = make_tuple({Value::from_int(0), Value::none(), Value::none()});
  else if (r->length == 1) t = make_tuple({Value::from_int(1), Value::from_int(r->start), Value::none()});
  else t = make_tuple({Value::from_int(r->length), Value::from_int(r->start), Value::from_int(r->step)});
  return hash(t);
}

Value range_richcompare(const Value& a, const Value& b, int op) {
  if (!b.is_obj() || b.obj()->type != T::range || (op != CMP_EQ && op != CMP_NE)) return not_implemented();
  RangeObj* x = R(a);
  RangeObj* y = R(b);
  bool eq = x->length == y->length &&
            (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
  return Value::from_bool(op == CMP_EQ ? eq : !eq);
}

struct RangeIterObj : Object {
  int64_t next, step, remaining;
  explicit RangeIterObj(TypeObj* t) : Object(t) {}
};
TypeObj* range_iterator_type;

Value iter_self(const Value& self) { return self; }

Value make_range_iter(int64_t start, int64_t step, int64_t count) {
  auto* it = new RangeIterObj(range_iterator_type);
  it->next = start;
  it->step = step;
  it->remaining = count;
  return Value::steal(it);
}

Value range_iter(const Value& self) {
  RangeObj* r = R(self);
  return make_range_iter(r->start, r->step, r->length);
}

bool range_iter_next(const Value& self, Value& out) {
  auto* it = self.as<RangeIterObj>();
  if (it->remaining <= 0) return false;
  out = Value::from_int(it->next);
  it->next += it->step;
  --it->remaining;
  return true;
}

Value m_index(const Value* a, size_t n, TupleObj* k) {
  check_args("index", n - 1, k, 1, 1);
  RangeObj* r = R(a[0]);
  if ((a[1].is_int() || a[1].is_bool()) && range_has(r, a[1].i()))
    return Value::from_int((a[1].i() - r->start) / r->step);
  raisef(E::ValueError, "{} is not in range", repr_string(a[1]));
}
Value m_count(const Value* a, size_t n, TupleObj* k) {
  check_args("count", n - 1, k, 1, 1);
  return Value::from_int(range_contains(a[0], a[1]) ? 1 : 0);
}
Value m_reversed(const Value* a, size_t, TupleObj*) {
  RangeObj* r = R(a[0]);
  return make_range_iter(r->start + (r->length - 1) * r->step, -r->step, r->length);
}
Value m_len(const Value* a, size_t, TupleObj*) { return Value::from_int(R(a[0])->length); }
Value get_start(const Value& s) { return Value::from_int(R(s)->start); }
Value get_stop(const Value& s) { return Value::from_int(R(s)->stop); }
Value get_step(const Value& s) { return Value::from_int(R(s)->step); }

}  // namespace

Value range_reversed(const Value& r) { return m_reversed(&r, 1, nullptr); }

void init_range_type() {
  TypeObj* t = T::range;
  t->repr = range_repr;
  t->len = range_len;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->hash = range_hash;
  t->richcompare = range_richcompare;
  t->iter = range_iter;
  t->tp_new = range_new;
  t->allows_subclassing = false;
  add_method(t, "index", m_index);
  add_method(t, "count", m_count);
  add_method(t, "__reversed__", m_reversed);
  add_method(t, "__len__", m_len);
  add_getter(t, "start", get_start);
  add_getter(t, "stop", get_stop);
  add_getter(t, "step", get_step);
  range_iterator_type = new_builtin_type("range_iterator", nullptr);
  range_iterator_type->iter = iter_self;
  range_iterator_type->next = range_iter_next;
  range_iterator_type->allows_subclassing = false;
}

}  // namespace py
