// The collections module: deque, the dict subclasses defaultdict, Counter
// and OrderedDict (real subtypes of dict, so isinstance(d, dict) holds and
// dict's methods apply), and namedtuple (tuple subtypes made at run time).
#include <algorithm>
#include <deque>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "stdlib/mod_util.h"
#include "data/repr_guard.h"

namespace py {

// (core/core.h's; including it would make modutil's helpers ambiguous)
void add_getset(TypeObj* type, const char* name, Value (*get)(const Value&), void (*set)(const Value&, const Value&));
// (data's: dict.__init__'s filling, from data/data_util.h)
void dict_fill(const Value& dict, const Value* arg, const Value* kwvalues, TupleObj* kwnames);
Value getattr_or_unbound(const Value& obj, StrObj* name);  // (core/core.h's)

namespace {

using namespace modutil;

TypeObj* deque_type = nullptr;
TypeObj* deque_iter_type = nullptr;
TypeObj* defaultdict_type = nullptr;
TypeObj* counter_type = nullptr;
TypeObj* ordereddict_type = nullptr;
TypeObj* tuplegetter_type = nullptr;
TypeObj* chainmap_type = nullptr;
TypeObj* chainmap_view_type = nullptr;

// ------------------------------------------------------------ deque

struct DequeObj : Object {
  std::deque<Value> items;
  int64_t maxlen = -1;  // -1: unbounded
  uint64_t state = 0;   // bumped by every mutation (iterators check it)
  explicit DequeObj(TypeObj* t) : Object(t) {}
};

struct DequeIterObj : Object {
  Value deque;
  size_t index = 0;
  uint64_t state = 0;
  DequeIterObj() : Object(deque_iter_type) {}
};

DequeObj* dq(const Value& v) { return v.as<DequeObj>(); }
bool is_deque(const Value& v) { return v.is_obj() && isinstance_of(v, deque_type); }

void push_right(DequeObj* d, const Value& v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && int64_t(d->items.size()) >= d->maxlen) d->items.pop_front();
  d->items.push_back(v);
  ++d->state;
}

void push_left(DequeObj* d, const Value& v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && int64_t(d->items.size()) >= d->maxlen) d->items.pop_back();
  d->items.push_front(v);
  ++d->state;
}

std::vector<Value> collect(const Value& iterable) {
  std::vector<Value> out;
  Value it = iter(iterable), item;
  while (next(it, item)) out.push_back(item);
  return out;
}

int64_t maxlen_arg(const Value& v) {
  if (v.is_unbound() || v.is_none()) return -1;
  if (!is_int_value(v)) raise(E::TypeError, "an integer is required");
  int64_t n = index_value(v);
  if (n < 0) raise(E::ValueError, "maxlen must be non-negative");
  return n;
}

Value make_deque(TypeObj* type, const std::vector<Value>& items, int64_t maxlen) {
  auto* d = new DequeObj(type);
  Value self = Value::steal(d);
  d->maxlen = maxlen;
  for (const Value& v : items) push_right(d, v);
  return self;
}

Value deque_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("deque", {"iterable", "maxlen"}, 0, args, nargs, kw, p);
  int64_t maxlen = maxlen_arg(p[1]);
  std::vector<Value> items;
  if (p[0].is_bound()) items = collect(p[0]);
  return make_deque(type, items, maxlen);
}

Value deque_repr(const Value& self) {
  ReprGuard guard(self.obj());  // a deque inside itself shows as [...]
  if (guard.recursive) return make_str("[...]");
  DequeObj* d = dq(self);
  // (CPython's list(deque): a subclass's __iter__ is what it lists)
  std::vector<Value> snapshot = type_of(self) == deque_type ? std::vector<Value>(d->items.begin(), d->items.end())
                                                            : collect(self);
  std::string out = type_of(self)->name + "([";
  for (size_t i = 0; i < snapshot.size(); ++i) {
    if (i) out += ", ";
    out += repr_string(snapshot[i]);
  }
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  return make_str(out + ")");
}

int64_t deque_len(const Value& self) { return int64_t(dq(self)->items.size()); }

Value deque_iter(const Value& self) {
  auto* it = new DequeIterObj();
  it->deque = self;
  it->state = dq(self)->state;
  return Value::steal(it);
}

bool deque_iter_next(const Value& self, Value& out) {
  auto* it = self.as<DequeIterObj>();
  if (it->deque.is_unbound()) return false;
  DequeObj* d = dq(it->deque);
  if (d->state != it->state) raise(E::RuntimeError, "deque mutated during iteration");
  if (it->index >= d->items.size()) {
    it->deque = Value();
    return false;
  }
  out = d->items[it->index++];
  return true;
}

Value iter_self(const Value& self) { return self; }

size_t deque_index(DequeObj* d, const Value& key) {
  if (!is_int_value(key)) raise(E::TypeError, "sequence index must be integer, not '" + type_name(key) + "'");
  int64_t i = index_value(key);
  int64_t n = int64_t(d->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(E::IndexError, "deque index out of range");
  return size_t(i);
}

Value deque_getitem(const Value& self, const Value& key) {
  DequeObj* d = dq(self);
  return d->items[deque_index(d, key)];
}

void deque_setitem(const Value& self, const Value& key, const Value& value) {
  DequeObj* d = dq(self);
  d->items[deque_index(d, key)] = value;
}

void deque_delitem(const Value& self, const Value& key) {
  DequeObj* d = dq(self);
  size_t i = deque_index(d, key);
  d->items.erase(d->items.begin() + std::ptrdiff_t(i));
  ++d->state;
}

bool deque_contains(const Value& self, const Value& item) {
  DequeObj* d = dq(self);
  uint64_t state = d->state;
  for (size_t i = 0; i < d->items.size(); ++i) {
    Value v = d->items[i];
    bool equal = v.same(item) || eq_bool(v, item);
    if (d->state != state) raise(E::RuntimeError, "deque mutated during iteration");
    if (equal) return true;
  }
  return false;
}

Value as_list(const Value& v) {
  if (type_of(v) != deque_type) return make_list(collect(v));  // (through a subclass's __iter__)
  DequeObj* d = dq(v);
  return make_list(std::vector<Value>(d->items.begin(), d->items.end()));
}

// deque.copy(): of a subclass, type(d)(d) or type(d)(d, maxlen), as CPython's
// deque_copy (so a subclass's __init__ runs and its class is kept).
Value deque_copy_of(const Value& self) {
  DequeObj* d = dq(self);
  TypeObj* t = type_of(self);
  if (t == deque_type) return make_deque(t, std::vector<Value>(d->items.begin(), d->items.end()), d->maxlen);
  Value result = d->maxlen < 0 ? call(Value::borrow(t), {self}) : call(Value::borrow(t), {self, Value::from_int(d->maxlen)});
  if (!is_deque(result))
    raise(E::TypeError, t->name + "() must return a deque, not " + type_name(result));
  return result;
}

Value deque_richcompare(const Value& self, const Value& other, int op) {
  if (!is_deque(self) || !is_deque(other)) return not_implemented();
  Value a = as_list(self), b = as_list(other);
  return compare_slow(a, b, op);
}

Value deque_binop(const Value& a, const Value& b, int op) {
  bool inplace = op & BINOP_INPLACE;
  int base = op & ~(BINOP_INPLACE | BINOP_SEQUENCE);
  if (base == BINOP_ADD && is_deque(a)) {
    if (inplace) {
      for (const Value& v : collect(b)) push_right(dq(a), v);
      return a;
    }
    if (!is_deque(b)) {
      if (op & BINOP_SEQUENCE)
        raise(E::TypeError, "can only concatenate deque (not \"" + type_name(b) + "\") to deque");
      return not_implemented();
    }
    if (type_of(a) != deque_type) {
      Value result = deque_copy_of(a);
      for (const Value& v : collect(b)) push_right(dq(result), v);
      return result;
    }
    std::vector<Value> items(dq(a)->items.begin(), dq(a)->items.end());
    items.insert(items.end(), dq(b)->items.begin(), dq(b)->items.end());
    return make_deque(type_of(a), items, dq(a)->maxlen);
  }
  if (base == BINOP_MUL) {
    const Value& d = is_deque(a) ? a : b;
    const Value& n = is_deque(a) ? b : a;
    if (!is_deque(d) || !is_int_value(n)) return not_implemented();
    int64_t times = index_value(n);
    std::vector<Value> once(dq(d)->items.begin(), dq(d)->items.end()), items;
    for (int64_t i = 0; i < times; ++i) items.insert(items.end(), once.begin(), once.end());
    if (inplace && is_deque(a)) {
      dq(a)->items.clear();
      for (const Value& v : items) push_right(dq(a), v);
      ++dq(a)->state;
      return a;
    }
    if (type_of(d) != deque_type) {
      Value result = deque_copy_of(d);
      dq(result)->items.clear();
      for (const Value& v : items) push_right(dq(result), v);
      return result;
    }
    return make_deque(type_of(d), items, dq(d)->maxlen);
  }
  return not_implemented();
}

DequeObj* self_deque(const Value* args, size_t nargs) {
  if (nargs == 0 || !is_deque(args[0])) raise(E::TypeError, "descriptor requires a 'collections.deque' object");
  return dq(args[0]);
}

Value d_append(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.append", nargs - 1, kw, 1);
  push_right(self_deque(args, nargs), args[1]);
  return Value::none();
}
Value d_appendleft(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.appendleft", nargs - 1, kw, 1);
  push_left(self_deque(args, nargs), args[1]);
  return Value::none();
}
Value d_pop(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.pop", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  if (d->items.empty()) raise(E::IndexError, "pop from an empty deque");
  Value v = std::move(d->items.back());
  d->items.pop_back();
  ++d->state;
  return v;
}
Value d_popleft(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.popleft", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  if (d->items.empty()) raise(E::IndexError, "pop from an empty deque");
  Value v = std::move(d->items.front());
  d->items.pop_front();
  ++d->state;
  return v;
}
Value d_extend(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.extend", nargs - 1, kw, 1);
  DequeObj* d = self_deque(args, nargs);
  for (const Value& v : collect(args[1])) push_right(d, v);
  return Value::none();
}
Value d_extendleft(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.extendleft", nargs - 1, kw, 1);
  DequeObj* d = self_deque(args, nargs);
  for (const Value& v : collect(args[1])) push_left(d, v);
  return Value::none();
}
Value d_rotate(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("deque.rotate", kw);
  if (nargs > 2) raise(E::TypeError, "rotate expected at most 1 argument, got " + std::to_string(nargs - 1));
  DequeObj* d = self_deque(args, nargs);
  int64_t n = nargs == 2 ? index_value(args[1]) : 1;
  int64_t len = int64_t(d->items.size());
  if (len <= 1) return Value::none();
  int64_t shift = ((n % len) + len) % len;  // rotate right by shift
  std::rotate(d->items.begin(), d->items.begin() + std::ptrdiff_t(len - shift), d->items.end());
  ++d->state;
  return Value::none();
}
Value d_clear(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.clear", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  std::deque<Value> old;
  old.swap(d->items);
  ++d->state;
  return Value::none();
}
Value d_copy(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.copy", nargs - 1, kw, 0);
  self_deque(args, nargs);
  return deque_copy_of(args[0]);
}
Value d_count(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.count", nargs - 1, kw, 1);
  DequeObj* d = self_deque(args, nargs);
  std::vector<Value> snapshot(d->items.begin(), d->items.end());
  int64_t count = 0;
  for (const Value& v : snapshot)
    if (v.same(args[1]) || eq_bool(v, args[1])) ++count;
  return Value::from_int(count);
}
Value d_index(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("deque.index", kw);
  if (nargs < 2 || nargs > 4)
    raise(E::TypeError, std::string("index expected ") + (nargs < 2 ? "at least 1 argument, got " : "at most 3 arguments, got ") +
                            std::to_string(nargs - 1));
  DequeObj* d = self_deque(args, nargs);
  int64_t n = int64_t(d->items.size());
  int64_t start = nargs > 2 ? index_value(args[2]) : 0, stop = nargs > 3 ? index_value(args[3]) : n;
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  stop = std::min(stop, n);
  uint64_t state = d->state;
  for (int64_t i = start; i < stop; ++i) {
    Value v = d->items[size_t(i)];
    bool equal = v.same(args[1]) || eq_bool(v, args[1]);
    if (d->state != state) raise(E::RuntimeError, "deque mutated during iteration");
    if (equal) return Value::from_int(i);
  }
  raise(E::ValueError, repr_string(args[1]) + " is not in deque");
}
Value d_remove(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.remove", nargs - 1, kw, 1);
  DequeObj* d = self_deque(args, nargs);
  uint64_t state = d->state;
  for (size_t i = 0; i < d->items.size(); ++i) {
    Value v = d->items[i];
    bool equal = v.same(args[1]) || eq_bool(v, args[1]);
    if (d->state != state) raise(E::IndexError, "deque mutated during remove().");
    if (equal) {
      d->items.erase(d->items.begin() + std::ptrdiff_t(i));
      ++d->state;
      return Value::none();
    }
  }
  raise(E::ValueError, repr_string(args[1]) + " is not in deque");
}
Value d_reverse(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.reverse", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  std::reverse(d->items.begin(), d->items.end());
  ++d->state;
  return Value::none();
}
Value d_insert(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("deque.insert", kw);
  if (nargs != 3) raise(E::TypeError, "insert expected 2 arguments, got " + std::to_string(nargs - 1));
  DequeObj* d = self_deque(args, nargs);
  int64_t n = int64_t(d->items.size());
  if (d->maxlen >= 0 && n >= d->maxlen) raise(E::IndexError, "deque already at its maximum size");
  int64_t i = index_value(args[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  i = std::min(i, n);
  d->items.insert(d->items.begin() + std::ptrdiff_t(i), args[2]);
  ++d->state;
  return Value::none();
}
Value d_reversed(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.__reversed__", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  return iter(make_list(std::vector<Value>(d->items.rbegin(), d->items.rend())));
}
Value d_maxlen(const Value& self) {
  int64_t m = dq(self)->maxlen;
  return m < 0 ? Value::none() : Value::from_int(m);
}

// ---- classes deriving from deque
//
// As CPython's: deque.__new__ makes an empty deque of the class whatever the
// arguments, deque.__init__(iterable=(), maxlen=None) fills it (clearing it
// first); the slots are dunders in deque's dict, so a class overriding one
// (__len__, __iter__, __repr__...) is seen by len(), iter(), repr(), while
// deque's own methods (extend, rotate, ...) work on the items directly and
// call no override, as the C deque's do.

Value deque_dunder_new(const Value* args, size_t nargs, TupleObj*) {
  if (nargs == 0) raise(E::TypeError, "deque.__new__(): not enough arguments");
  if (!args[0].is_obj() || !isinstance_of(args[0], T::type))
    raise(E::TypeError, "deque.__new__(X): X is not a type object (" + type_name(args[0]) + ")");
  auto* cls = args[0].as<TypeObj>();
  if (!is_subtype(cls, deque_type))
    raise(E::TypeError, "deque.__new__(" + cls->name + "): " + cls->name + " is not a subtype of deque");
  return Value::steal(new_data_object<DequeObj>(cls, cls));
}

Value deque_init(const Value* args, size_t nargs, TupleObj* kw) {
  DequeObj* d = self_deque(args, nargs);
  Value p[2];
  parse_c_args("deque", {"iterable", "maxlen"}, 0, args + 1, nargs - 1, kw, p);
  d->maxlen = maxlen_arg(p[1]);
  if (!d->items.empty()) {
    std::deque<Value> old;
    old.swap(d->items);
    ++d->state;
  }
  if (p[0].is_bound())
    for (const Value& v : collect(p[0])) push_right(d, v);
  return Value::none();
}

void check_deque_self(const Value* args, size_t nargs, const char* dunder) {
  if (nargs == 0 || !is_deque(args[0]))
    raise(E::TypeError, std::string("descriptor '") + dunder + "' requires a 'collections.deque' object");
}

Value dq_repr_m(const Value* a, size_t n, TupleObj* kw) {
  check_deque_self(a, n, "__repr__");
  exact_args("deque.__repr__", n - 1, kw, 0);
  return deque_repr(a[0]);
}
Value dq_len_m(const Value* a, size_t n, TupleObj* kw) {
  check_deque_self(a, n, "__len__");
  exact_args("deque.__len__", n - 1, kw, 0);
  return Value::from_int(deque_len(a[0]));
}
Value dq_iter_m(const Value* a, size_t n, TupleObj* kw) {
  check_deque_self(a, n, "__iter__");
  exact_args("deque.__iter__", n - 1, kw, 0);
  return deque_iter(a[0]);
}
Value dq_getitem_m(const Value* a, size_t n, TupleObj* kw) {
  check_deque_self(a, n, "__getitem__");
  exact_args("deque.__getitem__", n - 1, kw, 1);
  return deque_getitem(a[0], a[1]);
}
Value dq_setitem_m(const Value* a, size_t n, TupleObj* kw) {
  check_deque_self(a, n, "__setitem__");
  if (n != 3) raise(E::TypeError, "expected 2 arguments, got " + std::to_string(n - 1));
  deque_setitem(a[0], a[1], a[2]);
  return Value::none();
}
Value dq_delitem_m(const Value* a, size_t n, TupleObj* kw) {
  check_deque_self(a, n, "__delitem__");
  exact_args("deque.__delitem__", n - 1, kw, 1);
  deque_delitem(a[0], a[1]);
  return Value::none();
}
Value dq_contains_m(const Value* a, size_t n, TupleObj* kw) {
  check_deque_self(a, n, "__contains__");
  exact_args("deque.__contains__", n - 1, kw, 1);
  return Value::from_bool(deque_contains(a[0], a[1]));
}
template <int Op>
Value dq_compare_m(const Value* a, size_t n, TupleObj* kw) {
  check_deque_self(a, n, "__eq__");
  exact_args("deque.__eq__", n - 1, kw, 1);
  return deque_richcompare(a[0], a[1], Op);
}
template <int Op, bool Reflected>
Value dq_binop_m(const Value* a, size_t n, TupleObj* kw) {
  check_deque_self(a, n, "__add__");
  exact_args("deque.__add__", n - 1, kw, 1);
  return Reflected ? deque_binop(a[1], a[0], Op) : deque_binop(a[0], a[1], Op);
}

// A dunder standing for one of deque's (or ChainMap's) slots: operators on a
// class inheriting it call the slot directly (BuiltinFuncObj::slot_wrapper).
void add_slot_dunder(TypeObj* t, const char* name, BuiltinFn fn) {
  add_method(t, name, fn);
  Value* f = dict_find_str(t->dict, intern(name));
  f->as<BuiltinFuncObj>()->slot_wrapper = true;
}

// C[int] of a class deriving from deque or ChainMap: the class, as list[int]
// is list here (annotations, `class Q(deque[int])`).
Value class_getitem(const Value* args, size_t nargs, TupleObj*) {
  if (nargs != 2) raise(E::TypeError, "__class_getitem__() takes exactly one argument (" + std::to_string(nargs - 1) + " given)");
  return args[0];
}

void make_deque_subclassable() {
  TypeObj* t = deque_type;
  t->builtin_base = t;
  add_classmethod(t, "__class_getitem__", class_getitem);
  add_staticmethod(t, "__new__", deque_dunder_new);
  add_method(t, "__init__", deque_init);
  add_slot_dunder(t, "__repr__", dq_repr_m);
  add_slot_dunder(t, "__len__", dq_len_m);
  add_slot_dunder(t, "__iter__", dq_iter_m);
  add_slot_dunder(t, "__getitem__", dq_getitem_m);
  add_slot_dunder(t, "__setitem__", dq_setitem_m);
  add_slot_dunder(t, "__delitem__", dq_delitem_m);
  add_slot_dunder(t, "__contains__", dq_contains_m);
  add_slot_dunder(t, "__lt__", dq_compare_m<CMP_LT>);
  add_slot_dunder(t, "__le__", dq_compare_m<CMP_LE>);
  add_slot_dunder(t, "__eq__", dq_compare_m<CMP_EQ>);
  add_slot_dunder(t, "__ne__", dq_compare_m<CMP_NE>);
  add_slot_dunder(t, "__gt__", dq_compare_m<CMP_GT>);
  add_slot_dunder(t, "__ge__", dq_compare_m<CMP_GE>);
  add_slot_dunder(t, "__add__", dq_binop_m<BINOP_ADD | BINOP_SEQUENCE, false>);
  add_slot_dunder(t, "__iadd__", dq_binop_m<BINOP_ADD | BINOP_INPLACE, false>);
  add_slot_dunder(t, "__mul__", dq_binop_m<BINOP_MUL, false>);
  add_slot_dunder(t, "__rmul__", dq_binop_m<BINOP_MUL, true>);
  add_slot_dunder(t, "__imul__", dq_binop_m<BINOP_MUL | BINOP_INPLACE, false>);
}

// ------------------------------------------------------------ dict subtypes

struct DefaultDictObj : DictObj {
  Value factory = Value::none();
};

TypeObj* new_dict_subtype(const char* name) {
  TypeObj* t = new_builtin_type(name, T::dict);
  t->module = "collections";
  inherit_slots(t, T::dict);
  add_noop_init(t);
  return t;
}

// (a class deriving from one gets an instance dict: WithDict)
template <class Obj>
Obj* new_dict_like(TypeObj* type) {
  return new_data_object<Obj>(type);
}

std::string dict_body_repr(const Value& self) { return std::string(sv(T::dict->repr(self))); }

Value update_from(const Value& self, const Value* args, size_t nargs, TupleObj* kw) {
  return call_method(self, name("update"), args, nargs, kw);
}

Value defaultdict_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  auto* d = new_dict_like<DefaultDictObj>(type);
  Value self = Value::steal(d);
  if (nargs >= 1) {
    if (!args[0].is_none() && !is_callable(args[0]))
      raise(E::TypeError, "first argument must be callable or None");
    d->factory = args[0];
  }
  if (nargs > 1 || (kw && !kw->items.empty())) update_from(self, args + (nargs ? 1 : 0), nargs ? nargs - 1 : 0, kw);
  return self;
}

Value defaultdict_getitem(const Value& self, const Value& key) {
  auto* d = static_cast<DefaultDictObj*>(self.obj());
  if (Value* found = dict_find(d, key)) return *found;
  if (d->factory.is_none()) raise_value(call(Value::borrow(E::KeyError), {key}));
  Value value = call(d->factory, {});
  dict_set(d, key, value);
  return value;
}

Value defaultdict_repr(const Value& self) {
  auto* d = static_cast<DefaultDictObj*>(self.obj());
  return make_str(type_of(self)->name + "(" + repr_string(d->factory) + ", " + dict_body_repr(self) + ")");
}

Value defaultdict_factory(const Value& self) { return static_cast<DefaultDictObj*>(self.obj())->factory; }

Value defaultdict_missing(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("defaultdict.__missing__", nargs - 1, kw, 1);
  return defaultdict_getitem(args[0], args[1]);
}

Value defaultdict_copy(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("defaultdict.copy", nargs - 1, kw, 0);
  auto* src = static_cast<DefaultDictObj*>(args[0].obj());
  auto* d = new_dict_like<DefaultDictObj>(type_of(args[0]));
  Value self = Value::steal(d);
  d->factory = src->factory;
  dict_update(self, args[0]);
  return self;
}

// ---- Counter

Value counter_getitem(const Value& self, const Value& key) {
  if (Value* found = dict_find(self.as<DictObj>(), key)) return *found;
  return Value::from_int(0);
}

Value count_of(const Value& counter, const Value& key) {
  Value* found = dict_find(counter.as<DictObj>(), key);
  return found ? *found : Value::from_int(0);
}

std::vector<std::pair<Value, Value>> live_items(const Value& dict) {
  std::vector<std::pair<Value, Value>> out;
  for (const DictObj::Entry& e : dict.as<DictObj>()->entries)
    if (e.key.is_bound()) out.emplace_back(e.key, e.value);
  return out;
}

void counter_update_impl(const Value& self, const Value& source, bool subtract) {
  if (isinstance_of(source, T::dict)) {
    for (auto& [key, count] : live_items(source))
      dict_set(self.as<DictObj>(), key, subtract ? sub(count_of(self, key), count) : add(count, count_of(self, key)));
    return;
  }
  Value it = iter(source), elem;
  while (next(it, elem))
    dict_set(self.as<DictObj>(), elem, subtract ? sub(count_of(self, elem), Value::from_int(1))
                                                : add(count_of(self, elem), Value::from_int(1)));
}

void counter_update_kwargs(const Value& self, const Value* args, size_t nargs, TupleObj* kw, bool subtract) {
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t i = 0; i < nkw; ++i) {
    Value key = kw->items[i];
    const Value& count = args[nargs + i];
    dict_set(self.as<DictObj>(), key, subtract ? sub(count_of(self, key), count) : add(count, count_of(self, key)));
  }
}

Value counter_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 1) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs));
  auto* d = new_dict_like<DictObj>(type);
  Value self = Value::steal(d);
  if (nargs == 1 && !args[0].is_none()) counter_update_impl(self, args[0], false);
  counter_update_kwargs(self, args, nargs, kw, false);
  return self;
}

Value counter_m_update(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 2) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs - 1));
  if (nargs == 2 && !args[1].is_none()) counter_update_impl(args[0], args[1], false);
  if (kw && !kw->items.empty() && type_of(args[0]) != counter_type) {
    // (Counter.py: `if kwds: self.update(kwds)`, which a subclass may override)
    Value kwds = make_dict();
    for (size_t i = 0; i < kw->items.size(); ++i) dict_set(kwds.as<DictObj>(), kw->items[i], args[nargs + i]);
    call_method(args[0], name("update"), {kwds});
    return Value::none();
  }
  counter_update_kwargs(args[0], args + 1, nargs - 1, kw, false);
  return Value::none();
}

Value counter_m_subtract(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 2) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs - 1));
  if (nargs == 2 && !args[1].is_none()) counter_update_impl(args[0], args[1], true);
  if (kw && !kw->items.empty() && type_of(args[0]) != counter_type) {
    // (Counter.py: `if kwds: self.subtract(kwds)`, which a subclass may override)
    Value kwds = make_dict();
    for (size_t i = 0; i < kw->items.size(); ++i) dict_set(kwds.as<DictObj>(), kw->items[i], args[nargs + i]);
    call_method(args[0], name("subtract"), {kwds});
    return Value::none();
  }
  counter_update_kwargs(args[0], args + 1, nargs - 1, kw, true);
  return Value::none();
}

Value item_count(const Value* args, size_t nargs, TupleObj*) {
  if (nargs != 1) raise(E::TypeError, "itemgetter expected 1 argument");
  return getitem(args[0], Value::from_int(1));
}

// sorted(self.items(), key=itemgetter(1), reverse=True)[:n]; nlargest gives
// the same order for ties (both are stable).
Value most_common(const Value& self, int64_t n) {
  std::vector<Value> pairs;
  for (auto& [key, count] : live_items(self)) pairs.push_back(make_tuple({key, count}));
  Value list = make_list(std::move(pairs));
  static Value key_fn = make_builtin("itemgetter", item_count);
  list_sort_inplace(list, key_fn, true);
  auto& items = list.as<ListObj>()->items;
  if (n >= 0 && size_t(n) < items.size()) items.resize(size_t(n));
  return list;
}

Value counter_m_most_common(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Counter.most_common", {"n"}, 1, 0, true};
  Value p[1];
  bind(sig, args + 1, nargs - 1, kw, p);
  int64_t n = -1;
  if (p[0].is_bound() && !p[0].is_none()) n = std::max<int64_t>(0, index_value(p[0]));
  return most_common(args[0], n);
}

Value counter_m_elements(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Counter.elements", nargs - 1, kw, 0);
  std::vector<Value> out;
  for (auto& [key, count] : live_items(args[0])) {
    int64_t c = index_value(count);
    for (int64_t i = 0; i < c; ++i) out.push_back(key);
  }
  return iter(make_list(std::move(out)));
}

Value counter_m_total(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Counter.total", nargs - 1, kw, 0);
  Value total = Value::from_int(0);
  for (auto& [key, count] : live_items(args[0])) total = add(total, count);
  return total;
}

Value counter_m_missing(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Counter.__missing__", nargs - 1, kw, 1);
  return Value::from_int(0);
}

Value counter_repr(const Value& self) {
  const std::string& cls = type_of(self)->name;
  if (self.as<DictObj>()->used == 0) return make_str(cls + "()");
  Value ordered = make_dict();
  Value pairs = most_common(self, -1);  // keep the list alive while iterating it
  for (const Value& pair : pairs.as<ListObj>()->items) {
    auto& kv = pair.as<TupleObj>()->items;
    dict_set(ordered.as<DictObj>(), kv[0], kv[1]);
  }
  return make_str(cls + "(" + repr_string(ordered) + ")");
}

bool is_counter(const Value& v) { return v.is_obj() && isinstance_of(v, counter_type); }

Value counter_binop(const Value& a, const Value& b, int op) {
  int base = op & ~(BINOP_INPLACE | BINOP_SEQUENCE);
  if (!is_counter(a) || !is_counter(b) || (base != BINOP_ADD && base != BINOP_SUB && base != BINOP_OR && base != BINOP_AND)) {
    if (op & BINOP_INPLACE) return not_implemented();
    return T::dict->binop ? T::dict->binop(a, b, op) : not_implemented();
  }
  Value result = Value::steal(new_dict_like<DictObj>(counter_type));
  DictObj* r = result.as<DictObj>();
  Value zero = Value::from_int(0);
  for (auto& [key, count] : live_items(a)) {
    Value other = count_of(b, key);
    Value v;
    switch (base) {
      case BINOP_ADD: v = add(count, other); break;
      case BINOP_SUB: v = sub(count, other); break;
      case BINOP_OR: v = truthy(lt(count, other)) ? other : count; break;
      default: v = truthy(lt(count, other)) ? count : other; break;
    }
    if (truthy(gt(v, zero))) dict_set(r, key, v);
  }
  if (base != BINOP_AND) {
    for (auto& [key, count] : live_items(b)) {
      if (dict_find(a.as<DictObj>(), key)) continue;
      if (base == BINOP_SUB) {
        if (truthy(lt(count, zero))) dict_set(r, key, sub(zero, count));
      } else if (truthy(gt(count, zero))) {
        dict_set(r, key, count);
      }
    }
  }
  return result;
}

// +c keeps the positive counts, -c the negated negative ones (Counter.__pos__
// and __neg__: a new plain Counter in the items' order).
Value counter_unaryop(const Value& a, int op) {
  if (op == UNARY_INVERT) return not_implemented();
  Value result = Value::steal(new_dict_like<DictObj>(counter_type));
  Value zero = Value::from_int(0);
  for (auto& [key, count] : live_items(a)) {
    if (op == UNARY_POS) {
      if (truthy(gt(count, zero))) dict_set(result.as<DictObj>(), key, count);
    } else if (truthy(lt(count, zero))) {
      dict_set(result.as<DictObj>(), key, sub(zero, count));
    }
  }
  return result;
}

// ---- classes deriving from defaultdict, Counter and OrderedDict
//
// Their instances are made by the type's __new__ (empty) and filled by its
// __init__, as CPython's: defaultdict.__init__(factory, *args, **kw) fills
// as dict() does; Counter.__init__ calls self.update() and OrderedDict's
// stores each item with self[key] = value, both of which a class may
// override. (The types themselves construct fully in tp_new.)

TypeObj* new_cls_arg(TypeObj* base, const Value* args, size_t nargs) {
  if (nargs == 0) raise(E::TypeError, base->name + ".__new__(): not enough arguments");
  if (!args[0].is_obj() || !isinstance_of(args[0], T::type))
    raise(E::TypeError, base->name + ".__new__(X): X is not a type object (" + type_name(args[0]) + ")");
  auto* cls = args[0].as<TypeObj>();
  if (!is_subtype(cls, base))
    raise(E::TypeError, base->name + ".__new__(" + cls->name + "): " + cls->name + " is not a subtype of " + base->name);
  return cls;
}

Value defaultdict_dunder_new(const Value* args, size_t nargs, TupleObj*) {
  return Value::steal(new_dict_like<DefaultDictObj>(new_cls_arg(defaultdict_type, args, nargs)));
}
Value counter_dunder_new(const Value* args, size_t nargs, TupleObj*) {
  return Value::steal(new_dict_like<DictObj>(new_cls_arg(counter_type, args, nargs)));
}
Value ordereddict_dunder_new(const Value* args, size_t nargs, TupleObj*) {
  return Value::steal(new_dict_like<DictObj>(new_cls_arg(ordereddict_type, args, nargs)));
}

DictObj* dict_self(const Value* args, size_t nargs, TypeObj* type, const char* dunder) {
  if (nargs == 0 || !isinstance_of(args[0], type))
    raise(E::TypeError, std::string("descriptor '") + dunder + "' requires a '" + type->name + "' object");
  return args[0].as<DictObj>();
}

Value defaultdict_init(const Value* args, size_t nargs, TupleObj* kw) {
  auto* d = static_cast<DefaultDictObj*>(dict_self(args, nargs, defaultdict_type, "__init__"));
  Value factory = Value::none();
  if (nargs >= 2) {
    if (!args[1].is_none() && !is_callable(args[1])) raise(E::TypeError, "first argument must be callable or None");
    factory = args[1];
  }
  d->factory = factory;
  size_t rest = nargs >= 2 ? nargs - 2 : 0;
  if (rest > 1) raise(E::TypeError, "dict expected at most 1 argument, got " + std::to_string(rest));
  dict_fill(args[0], rest ? &args[2] : nullptr, args + nargs, kw);
  return Value::none();
}

Value counter_init(const Value* args, size_t nargs, TupleObj* kw) {
  dict_self(args, nargs, counter_type, "__init__");
  if (nargs > 2) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs - 1));
  std::vector<Value> call_args;
  if (nargs == 2) call_args.push_back(args[1]);
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t i = 0; i < nkw; ++i) call_args.push_back(args[nargs + i]);
  call_method(args[0], name("update"), call_args.data(), nargs == 2 ? 1 : 0, kw);
  return Value::none();
}

Value ordereddict_init(const Value* args, size_t nargs, TupleObj* kw) {
  dict_self(args, nargs, ordereddict_type, "__init__");
  if (nargs > 2) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs - 1));
  Value items = make_dict();
  dict_fill(items, nargs == 2 ? &args[1] : nullptr, args + nargs, kw);
  for (const DictObj::Entry& e : items.as<DictObj>()->entries)
    if (e.key.is_bound()) setitem(args[0], e.key, e.value);
  return Value::none();
}

// The slots as dunders, for the classes that derive from them.
Value defaultdict_repr_m(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("defaultdict.__repr__", nargs - 1, kw, 0);
  return defaultdict_repr(args[0]);
}
Value counter_repr_m(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Counter.__repr__", nargs - 1, kw, 0);
  return counter_repr(args[0]);
}
template <int Op>
Value counter_binop_m(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Counter operator", nargs - 1, kw, 1);
  if (!is_counter(args[1])) return not_implemented();
  return counter_binop(args[0], args[1], Op);
}
template <int Op>
Value counter_unary_m(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Counter operator", nargs - 1, kw, 0);
  return counter_unaryop(args[0], Op);
}

// ---- OrderedDict

Value ordereddict_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 1) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs));
  Value self = Value::steal(new_dict_like<DictObj>(type));
  if (nargs || (kw && !kw->items.empty())) update_from(self, args, nargs, kw);
  return self;
}

Value ordereddict_repr(const Value& self);
Value ordereddict_repr_m(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("OrderedDict.__repr__", nargs - 1, kw, 0);
  return ordereddict_repr(args[0]);
}

Value ordereddict_repr(const Value& self) {
  ReprGuard guard(self.obj());  // reprlib.recursive_repr: "..." inside itself
  if (guard.recursive) return make_str("...");
  const std::string& cls = type_of(self)->name;
  if (self.as<DictObj>()->used == 0) return make_str(cls + "()");
  std::vector<Value> pairs;
  for (auto& [key, value] : live_items(self)) pairs.push_back(make_tuple({key, value}));
  return make_str(cls + "(" + repr_string(make_list(std::move(pairs))) + ")");
}

Value od_m_move_to_end(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"OrderedDict.move_to_end", {"key", "last"}, 2, 1, true};
  Value p[2];
  bind(sig, args + 1, nargs - 1, kw, p);
  DictObj* d = args[0].as<DictObj>();
  Value* found = dict_find(d, p[0]);
  if (!found) raise_value(call(Value::borrow(E::KeyError), {p[0]}));
  Value value = *found;
  bool last = p[1].is_unbound() || truthy(p[1]);
  dict_del(d, p[0]);
  if (last) {
    dict_set(d, p[0], value);
    return Value::none();
  }
  auto rest = live_items(args[0]);
  call_method(args[0], name("clear"), {});
  dict_set(d, p[0], value);
  for (auto& [k, v] : rest) dict_set(d, k, v);
  return Value::none();
}

Value od_m_popitem(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"OrderedDict.popitem", {"last"}, 1, 0, true};
  Value p[1];
  bind(sig, args + 1, nargs - 1, kw, p);
  bool last = p[0].is_unbound() || truthy(p[0]);
  auto items = live_items(args[0]);
  if (items.empty()) raise(E::KeyError, "dictionary is empty");
  auto& [key, value] = last ? items.back() : items.front();
  Value result = make_tuple({key, value});
  dict_del(args[0].as<DictObj>(), key);
  return result;
}


// ------------------------------------------------------------ namedtuple
//
// namedtuple() makes a builtin tuple subtype (Layout::Tuple): its
// instances are TupleObj, so every tuple operation applies through tuple's
// slots, and a field is a _tuplegetter holding its index (reading it is an
// index, no lookup by name). collections.py builds the class by exec'ing
// source; here the functions it defines are natives that find their
// class's fields in `nt_infos`.

struct NamedTupleInfo {
  std::string typename_;
  std::vector<std::string> fields;
  std::vector<Value> field_names;  // the same, as str
  std::vector<Value> defaults;     // of the last defaults.size() fields
  std::string new_display, make_display, replace_display;
};

std::unordered_map<const TypeObj*, std::unique_ptr<NamedTupleInfo>> nt_infos;

bool is_type_value(const Value& v) { return v.is_obj() && isinstance_of(v, T::type); }

const NamedTupleInfo* nt_info_of(const TypeObj* t) {
  for (const TypeObj* m : t->mro)
    if (m->is_builtin && m->layout == Layout::Tuple) {
      auto it = nt_infos.find(m);
      if (it != nt_infos.end()) return it->second.get();
    }
  return nullptr;
}

const NamedTupleInfo& nt_info_for(const Value& cls_or_self, bool is_cls) {
  TypeObj* t = is_cls ? (is_type_value(cls_or_self) ? cls_or_self.as<TypeObj>() : nullptr) : type_of(cls_or_self);
  const NamedTupleInfo* info = t ? nt_info_of(t) : nullptr;
  if (!info) raise(E::TypeError, "descriptor requires a namedtuple");
  return *info;
}

// tuple.__new__(cls, items): a class statement's subclass gets an instance dict.
Value nt_instance(TypeObj* cls, std::vector<Value> items) {
  TupleObj* o = cls->is_builtin || cls->no_instance_dict ? new TupleObj() : new TupleDictObj();
  set_class(o, cls);
  o->items = std::move(items);
  return Value::steal(o);
}

struct TupleGetterObj : Object {
  size_t index = 0;
  Value doc;
  TupleGetterObj() : Object(tuplegetter_type) {}
};

Value tuplegetter_get(const Value& descr, const Value& obj, TypeObj*) {
  if (obj.is_unbound()) return descr;
  auto* g = descr.as<TupleGetterObj>();
  const auto& items = obj.as<TupleObj>()->items;
  if (g->index >= items.size()) raise(E::IndexError, "tuple index out of range");
  return items[g->index];
}

void tuplegetter_set(const Value&, const Value&, const Value& value) {
  raise(E::AttributeError, value.is_unbound() ? "can't delete attribute" : "can't set attribute");
}

Value tuplegetter_repr(const Value& self) {
  auto* g = self.as<TupleGetterObj>();
  return make_str("_tuplegetter(" + std::to_string(g->index) + ", " + repr_string(g->doc) + ")");
}

Value tuplegetter_doc(const Value& self) { return self.as<TupleGetterObj>()->doc; }

// __new__(_cls, field0, field1, ...), bound as the Python function
// collections.py makes (its messages name it "P.__new__").
Value nt_new(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs == 0) raise(E::TypeError, "__new__() missing 1 required positional argument: '_cls'");
  if (!is_type_value(args[0]))
    raise(E::TypeError, "tuple.__new__(X): X is not a type object (" + type_name(args[0]) + ")");
  TypeObj* cls = args[0].as<TypeObj>();
  const NamedTupleInfo& info = nt_info_for(args[0], true);
  size_t n = info.fields.size(), ndef = info.defaults.size();
  std::vector<Value> items(n);
  bind_positional(info.new_display, info.fields, n - ndef, true, args + 1, nargs - 1, kw, items.data());
  for (size_t i = n - ndef; i < n; ++i)
    if (items[i].is_unbound()) items[i] = info.defaults[i - (n - ndef)];
  return nt_instance(cls, std::move(items));
}

Value nt_make_from(TypeObj* cls, const NamedTupleInfo& info, const Value& iterable) {
  std::vector<Value> items = collect(iterable);
  if (items.size() != info.fields.size())
    raise(E::TypeError, "Expected " + std::to_string(info.fields.size()) + " arguments, got " +
                            std::to_string(items.size()));
  return nt_instance(cls, std::move(items));
}

Value nt_make(const Value* args, size_t nargs, TupleObj* kw) {
  const NamedTupleInfo& info = nt_info_for(args[0], true);
  static const std::vector<std::string> params{"iterable"};
  Value iterable;
  bind_positional(info.make_display, params, 1, true, args + 1, nargs - 1, kw, &iterable);
  return nt_make_from(args[0].as<TypeObj>(), info, iterable);
}

Value nt_replace(const Value* args, size_t nargs, TupleObj* kw) {
  const NamedTupleInfo& info = nt_info_for(args[0], false);
  if (nargs != 1)
    raise(E::TypeError, info.replace_display + "() takes 1 positional argument but " + std::to_string(nargs) +
                            " were given");
  const auto& self_items = args[0].as<TupleObj>()->items;
  size_t nkw = kw ? kw->items.size() : 0;
  std::vector<bool> used(nkw);
  std::vector<Value> items;
  for (size_t i = 0; i < info.fields.size(); ++i) {
    Value v = i < self_items.size() ? self_items[i] : Value();
    // (the last of repeated keywords wins, as a **kwds dict keeps it)
    for (size_t k = nkw; k-- > 0;)
      if (sv(kw->items[k]) == info.fields[i]) {
        v = args[nargs + k];
        used[k] = true;
        break;
      }
    if (v.is_unbound()) raise(E::IndexError, "tuple index out of range");
    items.push_back(v);
  }
  Value result = nt_make_from(type_of(args[0]), info, make_tuple(std::move(items)));
  std::vector<Value> unexpected;
  for (size_t k = 0; k < nkw; ++k)
    if (!used[k]) unexpected.push_back(kw->items[k]);
  if (!unexpected.empty())
    raise(E::ValueError, "Got unexpected field names: " + repr_string(make_list(std::move(unexpected))));
  return result;
}

Value nt_repr(const Value& self) {
  const NamedTupleInfo& info = nt_info_for(self, false);
  const auto& items = self.as<TupleObj>()->items;
  if (items.size() != info.fields.size())  // repr_fmt % self
    raise(E::TypeError, items.size() < info.fields.size() ? "not enough arguments for format string"
                                                          : "not all arguments converted during string formatting");
  std::string out = type_of(self)->name + "(";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += info.fields[i] + "=" + repr_string(items[i]);
  }
  return make_str(out + ")");
}

Value nt_repr_method(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("__repr__", nargs - 1, kw, 0);
  return nt_repr(args[0]);
}

Value nt_asdict(const Value* args, size_t nargs, TupleObj* kw) {
  const NamedTupleInfo& info = nt_info_for(args[0], false);
  exact_args("_asdict", nargs - 1, kw, 0);
  const auto& items = args[0].as<TupleObj>()->items;
  Value d = make_dict();
  for (size_t i = 0; i < info.fields.size() && i < items.size(); ++i) dict_set(d.as<DictObj>(), info.field_names[i], items[i]);
  return d;
}

Value nt_getnewargs(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("__getnewargs__", nargs - 1, kw, 0);
  return make_tuple(args[0].as<TupleObj>()->items);
}

bool is_identifier(const Value& s) { return truthy(call_method(s, name("isidentifier"), {})); }

bool is_keyword(std::string_view s) {
  static const std::unordered_set<std::string_view> keywords{
      "False", "None",   "True",    "and",      "as",   "assert", "async",  "await",
      "break", "class",  "continue", "def",     "del",  "elif",   "else",   "except",
      "finally", "for",  "from",    "global",   "if",   "import", "in",     "is",
      "lambda", "nonlocal", "not",  "or",       "pass", "raise",  "return", "try",
      "while", "with",   "yield"};
  return keywords.count(s) != 0;
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None),
// checked in collections.py's order with its messages.
Value namedtuple_fn(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"namedtuple", {"typename", "field_names", "rename", "defaults", "module"}, 2, 2};
  Value p[5];
  bind(sig, args, nargs, kw, p);
  Value field_names = p[1];
  if (isinstance_of(field_names, T::str)) {
    std::string text(sv(field_names));
    std::replace(text.begin(), text.end(), ',', ' ');
    field_names = call_method(make_str(text), name("split"), {});
  }
  std::vector<Value> fields;
  for (const Value& f : collect(field_names)) fields.push_back(str(f));
  Value type_name_v = str(p[0]);
  bool rename = p[2].is_bound() && truthy(p[2]);
  if (rename) {
    std::unordered_set<std::string> seen;
    for (size_t i = 0; i < fields.size(); ++i) {
      std::string n(sv(fields[i]));
      if (!is_identifier(fields[i]) || is_keyword(n) || n.rfind('_', 0) == 0 || seen.count(n))
        fields[i] = make_str("_" + std::to_string(i));
      seen.insert(n);
    }
  }
  std::vector<Value> all_names{type_name_v};
  all_names.insert(all_names.end(), fields.begin(), fields.end());
  for (const Value& n : all_names) {
    if (!is_identifier(n))
      raise(E::ValueError, "Type names and field names must be valid identifiers: " + repr_string(n));
    if (is_keyword(sv(n)))
      raise(E::ValueError, "Type names and field names cannot be a keyword: " + repr_string(n));
  }
  std::unordered_set<std::string> seen;
  for (const Value& n : fields) {
    std::string s(sv(n));
    if (!rename && s.rfind('_', 0) == 0)
      raise(E::ValueError, "Field names cannot start with an underscore: " + repr_string(n));
    if (seen.count(s)) raise(E::ValueError, "Encountered duplicate field name: " + repr_string(n));
    seen.insert(s);
  }
  std::vector<Value> defaults;
  if (p[3].is_bound() && !p[3].is_none()) {
    defaults = collect(p[3]);
    if (defaults.size() > fields.size()) raise(E::TypeError, "Got more default values than field names");
  }

  auto info = std::make_unique<NamedTupleInfo>();
  info->typename_ = std::string(sv(type_name_v));
  for (const Value& f : fields) {
    info->fields.emplace_back(sv(f));
    info->field_names.push_back(Value::borrow(intern(sv(f))));
  }
  info->defaults = defaults;
  info->new_display = info->typename_ + ".__new__";
  info->make_display = info->typename_ + "._make";
  info->replace_display = info->typename_ + "._replace";

  TypeObj* t = new_builtin_type("namedtuple", T::tuple, Layout::Tuple);
  t->builtin_base = t;  // classes may subclass it: their instances are tuples
  t->name = info->typename_;
  t->qualname = info->typename_;
  t->module = p[4].is_bound() && !p[4].is_none() ? str_string(p[4]) : "__main__";
  inherit_slots(t, T::tuple);
  t->repr = nt_repr;
  std::string arg_list;
  for (size_t i = 0; i < info->fields.size(); ++i) arg_list += (i ? ", " : "") + info->fields[i];
  add_attr(t, "__doc__", make_str(info->typename_ + "(" + arg_list + ")"));
  add_attr(t, "__module__", make_str(t->module));
  add_attr(t, "__slots__", make_tuple({}));
  add_attr(t, "_fields", make_tuple(info->field_names));
  Value field_defaults = make_dict();
  for (size_t i = 0; i < defaults.size(); ++i)
    dict_set(field_defaults.as<DictObj>(), info->field_names[fields.size() - defaults.size() + i], defaults[i]);
  add_attr(t, "_field_defaults", field_defaults);
  add_attr(t, "__match_args__", make_tuple(info->field_names));
  add_staticmethod(t, "__new__", nt_new);
  add_classmethod(t, "_make", nt_make);
  add_method(t, "_replace", nt_replace);
  add_method(t, "__repr__", nt_repr_method);
  add_method(t, "_asdict", nt_asdict);
  add_method(t, "__getnewargs__", nt_getnewargs);
  for (size_t i = 0; i < info->fields.size(); ++i) {
    auto* g = new TupleGetterObj();
    g->index = i;
    g->doc = make_str("Alias for field number " + std::to_string(i));
    dict_set(t->dict, info->field_names[i], Value::steal(g));
  }
  type_modified(t);
  nt_infos.emplace(t, std::move(info));
  return Value::borrow(t);
}


// ------------------------------------------------------------ ChainMap
//
// collections.py's ChainMap over its `maps` list, natively: lookups walk the
// maps (a dict by its table, any other mapping by its __getitem__), writes
// and deletes go to maps[0]; keys(), items() and values() are views in the
// order ChainMap iterates (the last map's keys first).
//
// In CPython it is a Python class: a class deriving from it overrides any of
// its methods, and the others call the overrides where collections.py's code
// does (`self[key]`, `key in self`, `self.__missing__(key)`,
// `self.__class__(...)`, `self.maps`). So every method here goes through
// the generic operations on self; those of ChainMap itself resolve to its
// slots. A class deriving from it makes its instances as ChainMapObj with an
// instance dict (WithDict), by ChainMap.__new__ and then __init__.

struct ChainMapObj : Object {
  Value maps;  // a list (rebindable: cm.maps = [...]); Unbound until __init__ set it
  ChainMapObj() : Object(chainmap_type) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(maps); }
  void gc_clear() override { maps.clear(); }
};

enum ViewKind { VIEW_KEYS, VIEW_ITEMS, VIEW_VALUES };
struct ChainMapViewObj : Object {
  Value map;
  ViewKind kind = VIEW_KEYS;
  ChainMapViewObj() : Object(chainmap_view_type) {}
};

bool is_chainmap(const Value& v) { return v.is_obj() && isinstance_of(v, chainmap_type); }
ChainMapObj* cm_of(const Value& v) {
  if (!is_chainmap(v)) raise(E::TypeError, "descriptor requires a 'collections.ChainMap' object");
  return v.as<ChainMapObj>();
}

// self.maps: of a class deriving from ChainMap, read as an attribute (a
// class may make it a property).
Value cm_maps_value(const Value& self) {
  if (type_of(self) == chainmap_type) return cm_of(self)->maps;
  return getattr(self, name("maps"));
}

std::vector<Value> cm_maps(const Value& self) {
  Value maps = cm_maps_value(self);
  if (type_of(maps) == T::list) return maps.as<ListObj>()->items;
  return collect(maps);
}

Value new_chainmap(std::vector<Value> maps) {
  auto* c = new ChainMapObj();
  Value self = Value::steal(c);
  if (maps.empty()) maps.push_back(make_dict());
  c->maps = make_list(std::move(maps));
  return self;
}

// self.__class__(*maps): a ChainMap, or the class deriving from it (through
// its __init__).
Value new_like(const Value& self, std::vector<Value> maps) {
  TypeObj* t = type_of(self);
  if (t == chainmap_type) return new_chainmap(std::move(maps));
  return call(Value::borrow(t), maps.data(), maps.size());
}

Value first_map(const Value& self) {
  Value maps = cm_maps_value(self);
  if (type_of(maps) == T::list) {
    auto& items = maps.as<ListObj>()->items;
    if (items.empty()) raise(E::IndexError, "list index out of range");
    return items[0];
  }
  return getitem(maps, Value::from_int(0));
}

// mapping[key], or Unbound where it raises KeyError.
Value lookup_in(const Value& mapping, const Value& key) {
  if (type_of(mapping) == T::dict) {
    if (Value* v = dict_find(mapping.as<DictObj>(), key)) return *v;
    return Value();
  }
  try {
    return getitem(mapping, key);
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::KeyError)) throw;
    return Value();
  }
}

[[noreturn]] void raise_key_error(const Value& key) { raise_value(call(Value::borrow(E::KeyError), {key})); }

Value cm_getitem(const Value& self, const Value& key) {
  for (const Value& m : cm_maps(self)) {
    Value v = lookup_in(m, key);
    if (v.is_bound()) return v;
  }
  if (type_of(self) != chainmap_type) return call_method(self, name("__missing__"), {key});
  raise_key_error(key);
}

void cm_setitem(const Value& self, const Value& key, const Value& value) { setitem(first_map(self), key, value); }

void cm_delitem(const Value& self, const Value& key) {
  try {
    delitem(first_map(self), key);
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::KeyError)) throw;
    raise_key_error(make_str("Key not found in the first mapping: " + repr_string(key)));
  }
}

bool cm_contains(const Value& self, const Value& key) {
  for (const Value& m : cm_maps(self))
    if (contains(m, key)) return true;
  return false;
}

// The keys in iteration order: dict.fromkeys of each map, last map first.
Value cm_key_dict(const Value& self) {
  Value d = make_dict();
  std::vector<Value> maps = cm_maps(self);
  for (size_t i = maps.size(); i-- > 0;) {
    Value it = iter(maps[i]), key;
    std::vector<Value> keys;
    while (next(it, key)) keys.push_back(key);
    for (const Value& k : keys)
      if (!dict_find(d.as<DictObj>(), k)) dict_set(d.as<DictObj>(), k, Value::none());
  }
  return d;
}

int64_t cm_len(const Value& self) {
  // len(set().union(*self.maps))
  Value keys = make_dict();
  for (const Value& m : cm_maps(self)) {
    Value it = iter(m), key;
    while (next(it, key)) dict_set(keys.as<DictObj>(), key, Value::none());
  }
  return keys.as<DictObj>()->used;
}

Value cm_iter(const Value& self) { return iter(cm_key_dict(self)); }

Value cm_repr(const Value& self) {
  ReprGuard guard(self.obj());  // reprlib.recursive_repr
  if (guard.recursive) return make_str("...");
  std::string out = type_of(self)->name + "(";
  std::vector<Value> maps = cm_maps(self);
  for (size_t i = 0; i < maps.size(); ++i) {
    if (i) out += ", ";
    out += repr_string(maps[i]);
  }
  return make_str(out + ")");
}

bool is_mapping(const Value& v) {
  return isinstance_of(v, T::dict) || is_chainmap(v);
}

// dict(m.items()), for Mapping.__eq__.
Value items_dict(const Value& m) {
  if (type_of(m) == T::dict) return m;
  return call(Value::borrow(T::dict), {call_method(m, name("items"), {})});
}

Value cm_richcompare(const Value& self, const Value& other, int op) {
  // Mapping.__eq__: dict(self.items()) == dict(other.items())
  if ((op != CMP_EQ && op != CMP_NE) || !is_chainmap(self) || !is_mapping(other)) return not_implemented();
  bool equal = eq_bool(items_dict(self), items_dict(other));
  return Value::from_bool(op == CMP_EQ ? equal : !equal);
}

// self.copy(): self.__class__(self.maps[0].copy(), *self.maps[1:])
Value cm_copy_of(const Value& self) {
  std::vector<Value> maps = cm_maps(self);
  if (maps.empty()) raise(E::IndexError, "list index out of range");
  maps[0] = call_method(maps[0], name("copy"), {});
  return new_like(self, std::move(maps));
}

Value cm_binop(const Value& a, const Value& b, int op) {
  if ((op & ~BINOP_INPLACE & ~BINOP_SEQUENCE) != BINOP_OR) return not_implemented();
  if (op & BINOP_INPLACE) {
    call_method(first_map(a), name("update"), {b});
    return a;
  }
  if (is_chainmap(a)) {
    if (!is_mapping(b)) return not_implemented();
    Value m = type_of(a) == chainmap_type ? cm_copy_of(a) : call_method(a, name("copy"), {});
    call_method(first_map(m), name("update"), {b});
    return m;
  }
  if (!is_mapping(a)) return not_implemented();
  // other | self: self.__class__(m) over m = dict(other) updated by the maps, last first
  Value m = call(Value::borrow(T::dict), {a});
  std::vector<Value> maps = cm_maps(b);
  for (size_t i = maps.size(); i-- > 0;) call_method(m, name("update"), {maps[i]});
  return new_like(b, {m});
}

[[noreturn]] void raise_init_kwarg(TupleObj* kw) {
  raise(E::TypeError, "ChainMap.__init__() got an unexpected keyword argument '" + std::string(sv(kw->items[0])) + "'");
}

Value chainmap_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kw) {
  if (kw && !kw->items.empty()) raise_init_kwarg(kw);
  return new_chainmap(std::vector<Value>(args, args + nargs));
}

// ChainMap.__new__ of a class deriving from it (object.__new__: any
// arguments, which __init__ takes).
Value chainmap_dunder_new(const Value* args, size_t nargs, TupleObj*) {
  if (nargs == 0) raise(E::TypeError, "object.__new__(): not enough arguments");
  if (!args[0].is_obj() || !isinstance_of(args[0], T::type))
    raise(E::TypeError, "object.__new__(X): X is not a type object (" + type_name(args[0]) + ")");
  auto* cls = args[0].as<TypeObj>();
  if (!is_subtype(cls, chainmap_type))
    raise(E::TypeError, "ChainMap.__new__(" + cls->name + "): " + cls->name + " is not a subtype of ChainMap");
  return Value::steal(new_data_object<ChainMapObj>(cls));
}

// __init__(self, *maps): self.maps = list(maps) or [{}]
Value cm_m_init(const Value* args, size_t nargs, TupleObj* kw) {
  ChainMapObj* c = cm_of(nargs ? args[0] : Value());
  if (kw && !kw->items.empty()) raise_init_kwarg(kw);
  std::vector<Value> maps(args + 1, args + nargs);
  if (maps.empty()) maps.push_back(make_dict());
  if (type_of(args[0]) == chainmap_type)
    c->maps = make_list(std::move(maps));
  else  // (through a class's own `maps`, a property say)
    setattr(args[0], name("maps"), make_list(std::move(maps)));
  return Value::none();
}

Value cm_m_missing(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs != 2 || (kw && !kw->items.empty()))
    raise(E::TypeError, "ChainMap.__missing__() takes 2 positional arguments but " + std::to_string(nargs) +
                            " were given");
  raise_key_error(args[1]);
}

Value cm_m_bool(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("ChainMap.__bool__", nargs - 1, kw, 0);
  for (const Value& m : cm_maps(args[0]))
    if (truthy(m)) return Value::from_bool(true);
  return Value::from_bool(false);
}

Value cm_m_get(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"ChainMap.get", {"key", "default"}, 2, 1, true};
  Value p[2];
  bind(sig, args + 1, nargs - 1, kw, p);
  // self[key] if key in self else default
  if (contains(args[0], p[0])) return getitem(args[0], p[0]);
  return p[1].is_bound() ? p[1] : Value::none();
}

Value cm_m_new_child(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 2)
    raise(E::TypeError, "ChainMap.new_child() takes from 1 to 2 positional arguments but " + std::to_string(nargs) +
                            " were given");
  Value m = nargs == 2 ? args[1] : Value::none();
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t k = 0; k < nkw; ++k)
    if (sv(kw->items[k]) == "m") {
      if (nargs == 2) raise(E::TypeError, "ChainMap.new_child() got multiple values for argument 'm'");
      m = args[nargs + k];
    }
  Value extra = make_dict();
  for (size_t k = 0; k < nkw; ++k)
    if (sv(kw->items[k]) != "m") dict_set(extra.as<DictObj>(), kw->items[k], args[nargs + k]);
  if (m.is_none())
    m = extra;
  else if (extra.as<DictObj>()->used)
    call_method(m, name("update"), {extra});
  std::vector<Value> maps{m};
  std::vector<Value> rest = cm_maps(args[0]);
  maps.insert(maps.end(), rest.begin(), rest.end());
  return new_like(args[0], std::move(maps));
}

Value cm_parents(const Value& self) {
  std::vector<Value> maps = cm_maps(self);
  return new_like(self, maps.empty() ? maps : std::vector<Value>(maps.begin() + 1, maps.end()));
}

Value cm_get_maps(const Value& self) {
  Value maps = cm_of(self)->maps;
  if (maps.is_unbound())
    raise(E::AttributeError, "'" + type_name(self) + "' object has no attribute 'maps'");
  return maps;
}
void cm_set_maps(const Value& self, const Value& v) {
  if (v.is_unbound() && cm_of(self)->maps.is_unbound())
    raise(E::AttributeError, "'" + type_name(self) + "' object has no attribute 'maps'");
  cm_of(self)->maps = v;
}

Value cm_m_copy(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("ChainMap.copy", nargs - 1, kw, 0);
  cm_of(args[0]);
  return cm_copy_of(args[0]);
}

Value cm_m_pop(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs < 2)
    raise(E::TypeError, "ChainMap.pop() missing 1 required positional argument: 'key'");
  no_kwargs("ChainMap.pop", kw);
  try {
    return call_method(first_map(args[0]), name("pop"), args + 1, nargs - 1);
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::KeyError)) throw;
    raise_key_error(make_str("Key not found in the first mapping: " + repr_string(args[1])));
  }
}

Value cm_m_popitem(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("ChainMap.popitem", nargs - 1, kw, 0);
  try {
    return call_method(first_map(args[0]), name("popitem"), {});
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::KeyError)) throw;
    raise_key_error(make_str("No keys found in the first mapping."));
  }
}

Value cm_m_clear(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("ChainMap.clear", nargs - 1, kw, 0);
  call_method(first_map(args[0]), name("clear"), {});
  return Value::none();
}

Value cm_m_setdefault(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"MutableMapping.setdefault", {"key", "default"}, 2, 1, true};
  Value p[2];
  bind(sig, args + 1, nargs - 1, kw, p);
  Value dflt = p[1].is_bound() ? p[1] : Value::none();
  // try: return self[key] / except KeyError: self[key] = default
  try {
    return getitem(args[0], p[0]);
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::KeyError)) throw;
  }
  setitem(args[0], p[0], dflt);
  return dflt;
}

Value cm_m_update(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 2)
    raise(E::TypeError, "MutableMapping.update() takes from 1 to 2 positional arguments but " +
                            std::to_string(nargs) + " were given");
  const Value& self = args[0];
  if (nargs == 2) {
    const Value& other = args[1];
    if (is_mapping(other)) {
      // for key in other: self[key] = other[key]
      Value it = iter(other), key;
      std::vector<Value> keys;
      while (next(it, key)) keys.push_back(key);
      for (const Value& k : keys) setitem(self, k, getitem(other, k));
    } else if (getattr_or_unbound(other, intern("keys")).is_bound()) {
      Value it = iter(call_method(other, name("keys"), {})), key;
      while (next(it, key)) setitem(self, key, getitem(other, key));
    } else {
      Value it = iter(other), pair;
      while (next(it, pair)) {
        std::vector<Value> kv = collect(pair);
        if (kv.size() != 2)
          raise(E::ValueError, kv.size() < 2 ? "not enough values to unpack (expected 2, got " + std::to_string(kv.size()) + ")"
                                             : "too many values to unpack (expected 2)");
        setitem(self, kv[0], kv[1]);
      }
    }
  }
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t k = 0; k < nkw; ++k) setitem(self, kw->items[k], args[nargs + k]);
  return Value::none();
}

Value cm_c_fromkeys(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("ChainMap.fromkeys", kw);
  if (nargs < 2) raise(E::TypeError, "ChainMap.fromkeys() missing 1 required positional argument: 'iterable'");
  Value d = call_method(Value::borrow(T::dict), name("fromkeys"), args + 1, nargs - 1);
  // cls(dict.fromkeys(iterable, *args))
  if (args[0].obj() == chainmap_type) return new_chainmap({d});
  return call(args[0], {d});
}

Value make_view(const Value& self, ViewKind kind) {
  auto* v = new ChainMapViewObj();
  v->map = self;
  v->kind = kind;
  return Value::steal(v);
}
Value cm_m_keys(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("keys", nargs - 1, kw, 0);
  return make_view(args[0], VIEW_KEYS);
}
Value cm_m_items(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("items", nargs - 1, kw, 0);
  return make_view(args[0], VIEW_ITEMS);
}
Value cm_m_values(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("values", nargs - 1, kw, 0);
  return make_view(args[0], VIEW_VALUES);
}

Value view_repr(const Value& self) {
  auto* v = self.as<ChainMapViewObj>();
  static const char* names[] = {"KeysView", "ItemsView", "ValuesView"};
  return make_str(std::string(names[v->kind]) + "(" + repr_string(v->map) + ")");
}

int64_t view_len(const Value& self) { return len_of(self.as<ChainMapViewObj>()->map); }

// KeysView: iter(mapping); ItemsView/ValuesView: each key's mapping[key].
Value view_iter(const Value& self) {
  auto* v = self.as<ChainMapViewObj>();
  if (v->kind == VIEW_KEYS) return iter(v->map);
  std::vector<Value> out;
  Value it = iter(v->map), key;
  while (next(it, key)) {
    Value value = getitem(v->map, key);
    out.push_back(v->kind == VIEW_ITEMS ? make_tuple({key, value}) : value);
  }
  return iter(make_list(std::move(out)));
}

bool view_contains(const Value& self, const Value& item) {
  auto* v = self.as<ChainMapViewObj>();
  if (v->kind == VIEW_KEYS) return contains(v->map, item);
  if (v->kind == VIEW_ITEMS) {
    if (type_of(item) != T::tuple || item.as<TupleObj>()->items.size() != 2) return false;
    const auto& kv = item.as<TupleObj>()->items;
    Value value = lookup_in(v->map, kv[0]);
    if (value.is_unbound()) return false;
    return value.same(kv[1]) || eq_bool(value, kv[1]);
  }
  Value it = view_iter(self), x;
  while (next(it, x))
    if (x.same(item) || eq_bool(x, item)) return true;
  return false;
}

// The slots of ChainMap as dunders in its dict, for the classes deriving from it.
void check_cm_self(const Value* a, size_t n) {
  if (n == 0 || !is_chainmap(a[0])) raise(E::TypeError, "descriptor requires a 'collections.ChainMap' object");
}
Value cm_repr_m(const Value* a, size_t n, TupleObj* kw) {
  check_cm_self(a, n);
  exact_args("ChainMap.__repr__", n - 1, kw, 0);
  return cm_repr(a[0]);
}
Value cm_len_m(const Value* a, size_t n, TupleObj* kw) {
  check_cm_self(a, n);
  exact_args("ChainMap.__len__", n - 1, kw, 0);
  return Value::from_int(cm_len(a[0]));
}
Value cm_iter_m(const Value* a, size_t n, TupleObj* kw) {
  check_cm_self(a, n);
  exact_args("ChainMap.__iter__", n - 1, kw, 0);
  return cm_iter(a[0]);
}
Value cm_getitem_m(const Value* a, size_t n, TupleObj* kw) {
  check_cm_self(a, n);
  exact_args("ChainMap.__getitem__", n - 1, kw, 1);
  return cm_getitem(a[0], a[1]);
}
Value cm_setitem_m(const Value* a, size_t n, TupleObj* kw) {
  check_cm_self(a, n);
  if (n != 3) raise(E::TypeError, "ChainMap.__setitem__() takes 3 positional arguments but " + std::to_string(n) + " were given");
  no_kwargs("ChainMap.__setitem__", kw);
  cm_setitem(a[0], a[1], a[2]);
  return Value::none();
}
Value cm_delitem_m(const Value* a, size_t n, TupleObj* kw) {
  check_cm_self(a, n);
  exact_args("ChainMap.__delitem__", n - 1, kw, 1);
  cm_delitem(a[0], a[1]);
  return Value::none();
}
Value cm_contains_m(const Value* a, size_t n, TupleObj* kw) {
  check_cm_self(a, n);
  exact_args("ChainMap.__contains__", n - 1, kw, 1);
  return Value::from_bool(cm_contains(a[0], a[1]));
}
Value cm_eq_m(const Value* a, size_t n, TupleObj* kw) {
  check_cm_self(a, n);
  exact_args("Mapping.__eq__", n - 1, kw, 1);
  return cm_richcompare(a[0], a[1], CMP_EQ);
}
template <int Op, bool Reflected>
Value cm_or_m(const Value* a, size_t n, TupleObj* kw) {
  check_cm_self(a, n);
  exact_args("ChainMap.__or__", n - 1, kw, 1);
  return Reflected ? cm_binop(a[1], a[0], Op) : cm_binop(a[0], a[1], Op);
}

void make_chainmap_subclassable() {
  TypeObj* t = chainmap_type;
  t->builtin_base = t;
  add_classmethod(t, "__class_getitem__", class_getitem);
  add_staticmethod(t, "__new__", chainmap_dunder_new);
  add_method(t, "__init__", cm_m_init);
  add_method(t, "__missing__", cm_m_missing);
  add_method(t, "__bool__", cm_m_bool);
  add_slot_dunder(t, "__repr__", cm_repr_m);
  add_slot_dunder(t, "__len__", cm_len_m);
  add_slot_dunder(t, "__iter__", cm_iter_m);
  add_slot_dunder(t, "__getitem__", cm_getitem_m);
  add_slot_dunder(t, "__setitem__", cm_setitem_m);
  add_slot_dunder(t, "__delitem__", cm_delitem_m);
  add_slot_dunder(t, "__contains__", cm_contains_m);
  add_slot_dunder(t, "__eq__", cm_eq_m);
  add_slot_dunder(t, "__or__", cm_or_m<BINOP_OR, false>);
  add_slot_dunder(t, "__ror__", cm_or_m<BINOP_OR, true>);
  add_slot_dunder(t, "__ior__", cm_or_m<BINOP_OR | BINOP_INPLACE, false>);
}

void make_types() {
  deque_type = new_builtin_type("deque", nullptr);
  deque_type->module = "collections";
  deque_type->tp_new = deque_new;
  deque_type->repr = deque_repr;
  deque_type->len = deque_len;
  deque_type->iter = deque_iter;
  deque_type->getitem = deque_getitem;
  deque_type->setitem = deque_setitem;
  deque_type->delitem = deque_delitem;
  deque_type->contains = deque_contains;
  deque_type->richcompare = deque_richcompare;
  deque_type->binop = deque_binop;
  deque_type->hash = nullptr;
  add_attr(deque_type, "__hash__", Value::none());
  add_method(deque_type, "append", d_append);
  add_method(deque_type, "appendleft", d_appendleft);
  add_method(deque_type, "pop", d_pop);
  add_method(deque_type, "popleft", d_popleft);
  add_method(deque_type, "extend", d_extend);
  add_method(deque_type, "extendleft", d_extendleft);
  add_method(deque_type, "rotate", d_rotate);
  add_method(deque_type, "clear", d_clear);
  add_method(deque_type, "copy", d_copy);
  add_method(deque_type, "__copy__", d_copy);
  add_method(deque_type, "count", d_count);
  add_method(deque_type, "index", d_index);
  add_method(deque_type, "remove", d_remove);
  add_method(deque_type, "reverse", d_reverse);
  add_method(deque_type, "insert", d_insert);
  add_method(deque_type, "__reversed__", d_reversed);
  add_getter(deque_type, "maxlen", d_maxlen);
  make_deque_subclassable();

  deque_iter_type = new_builtin_type("_deque_iterator", nullptr);
  deque_iter_type->module = "collections";
  deque_iter_type->iter = iter_self;
  deque_iter_type->next = deque_iter_next;

  defaultdict_type = new_dict_subtype("defaultdict");
  defaultdict_type->tp_new = defaultdict_new;
  defaultdict_type->getitem = defaultdict_getitem;
  defaultdict_type->repr = defaultdict_repr;
  add_getter(defaultdict_type, "default_factory", defaultdict_factory);
  add_method(defaultdict_type, "__missing__", defaultdict_missing);
  add_method(defaultdict_type, "copy", defaultdict_copy);
  defaultdict_type->builtin_base = defaultdict_type;
  add_staticmethod(defaultdict_type, "__new__", defaultdict_dunder_new);
  add_method(defaultdict_type, "__init__", defaultdict_init);
  add_method(defaultdict_type, "__repr__", defaultdict_repr_m);

  counter_type = new_dict_subtype("Counter");
  counter_type->tp_new = counter_new;
  counter_type->getitem = counter_getitem;
  counter_type->repr = counter_repr;
  counter_type->binop = counter_binop;
  counter_type->unaryop = counter_unaryop;
  add_method(counter_type, "update", counter_m_update);
  add_method(counter_type, "subtract", counter_m_subtract);
  add_method(counter_type, "most_common", counter_m_most_common);
  add_method(counter_type, "elements", counter_m_elements);
  add_method(counter_type, "total", counter_m_total);
  add_method(counter_type, "__missing__", counter_m_missing);
  counter_type->builtin_base = counter_type;
  add_staticmethod(counter_type, "__new__", counter_dunder_new);
  add_method(counter_type, "__init__", counter_init);
  add_method(counter_type, "__repr__", counter_repr_m);
  add_method(counter_type, "__add__", counter_binop_m<BINOP_ADD>);
  add_method(counter_type, "__sub__", counter_binop_m<BINOP_SUB>);
  add_method(counter_type, "__or__", counter_binop_m<BINOP_OR>);
  add_method(counter_type, "__and__", counter_binop_m<BINOP_AND>);
  add_method(counter_type, "__pos__", counter_unary_m<UNARY_POS>);
  add_method(counter_type, "__neg__", counter_unary_m<UNARY_NEG>);

  ordereddict_type = new_dict_subtype("OrderedDict");
  ordereddict_type->tp_new = ordereddict_new;
  ordereddict_type->repr = ordereddict_repr;
  add_method(ordereddict_type, "move_to_end", od_m_move_to_end);
  add_method(ordereddict_type, "popitem", od_m_popitem);
  ordereddict_type->builtin_base = ordereddict_type;
  add_staticmethod(ordereddict_type, "__new__", ordereddict_dunder_new);
  add_method(ordereddict_type, "__init__", ordereddict_init);
  add_method(ordereddict_type, "__repr__", ordereddict_repr_m);

  chainmap_type = new_builtin_type("ChainMap", nullptr);
  chainmap_type->module = "collections";
  chainmap_type->tp_new = chainmap_new;
  chainmap_type->repr = cm_repr;
  chainmap_type->len = cm_len;
  chainmap_type->iter = cm_iter;
  chainmap_type->getitem = cm_getitem;
  chainmap_type->setitem = cm_setitem;
  chainmap_type->delitem = cm_delitem;
  chainmap_type->contains = cm_contains;
  chainmap_type->richcompare = cm_richcompare;
  chainmap_type->binop = cm_binop;
  chainmap_type->hash = nullptr;
  add_attr(chainmap_type, "__hash__", Value::none());
  add_getset(chainmap_type, "maps", cm_get_maps, cm_set_maps);
  add_getter(chainmap_type, "parents", cm_parents);
  add_method(chainmap_type, "get", cm_m_get);
  add_method(chainmap_type, "new_child", cm_m_new_child);
  add_method(chainmap_type, "copy", cm_m_copy);
  add_method(chainmap_type, "__copy__", cm_m_copy);
  add_method(chainmap_type, "pop", cm_m_pop);
  add_method(chainmap_type, "popitem", cm_m_popitem);
  add_method(chainmap_type, "clear", cm_m_clear);
  add_method(chainmap_type, "setdefault", cm_m_setdefault);
  add_method(chainmap_type, "update", cm_m_update);
  add_method(chainmap_type, "keys", cm_m_keys);
  add_method(chainmap_type, "items", cm_m_items);
  add_method(chainmap_type, "values", cm_m_values);
  add_classmethod(chainmap_type, "fromkeys", cm_c_fromkeys);
  make_chainmap_subclassable();

  chainmap_view_type = new_builtin_type("_ChainMapView", nullptr);
  chainmap_view_type->module = "collections.abc";
  chainmap_view_type->allows_subclassing = false;
  chainmap_view_type->repr = view_repr;
  chainmap_view_type->len = view_len;
  chainmap_view_type->iter = view_iter;
  chainmap_view_type->contains = view_contains;

  tuplegetter_type = new_builtin_type("_tuplegetter", nullptr);
  tuplegetter_type->module = "collections";
  tuplegetter_type->allows_subclassing = false;
  tuplegetter_type->descr_get = tuplegetter_get;
  tuplegetter_type->descr_set = tuplegetter_set;
  tuplegetter_type->repr = tuplegetter_repr;
  add_getter(tuplegetter_type, "__doc__", tuplegetter_doc);
}

}  // namespace

void init_collections_module(ModuleObj* m) {
  if (!deque_type) make_types();
  module_add(m, "deque", Value::borrow(deque_type));
  module_add(m, "defaultdict", Value::borrow(defaultdict_type));
  module_add(m, "Counter", Value::borrow(counter_type));
  module_add(m, "OrderedDict", Value::borrow(ordereddict_type));
  module_add(m, "namedtuple", make_builtin("namedtuple", namedtuple_fn));
  module_add(m, "ChainMap", Value::borrow(chainmap_type));
}

}  // namespace py
