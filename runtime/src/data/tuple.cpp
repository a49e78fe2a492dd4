// tuple, and the helpers every sequence shares (repr with recursion guard,
// lexicographic comparison, collecting an iterable).
#include <cmath>

#include "data/bigint.h"
#include "data/data_util.h"
#include "data/str_impl.h"

namespace py {

// ------------------------------------------------------------ shared helpers

std::string repr_string(const Value& v) {
  switch (v.tag()) {
    case Tag::Int: return fmt::format("{}", v.i());
    case Tag::Bool: return v.b() ? "True" : "False";
    case Tag::None: return "None";
    case Tag::Float: return float_repr_string(v.f());
    default: break;
  }
  if (v.is_obj() && v.obj()->type == T::str) return str_repr_string(sv(v));
  Value r = repr(v);
  return std::string(sv(r));
}

std::string str_string(const Value& v) {
  if (v.is_obj() && v.obj()->type == T::str) return std::string(sv(v));
  if (v.is_int()) return fmt::format("{}", v.i());
  Value r = str(v);
  return std::string(sv(r));
}

namespace {
std::vector<Object*>& repr_stack() {
  static std::vector<Object*> stack;
  return stack;
}
}  // namespace

ReprGuard::ReprGuard(Object* o) : obj(o) {
  auto& st = repr_stack();
  recursive = false;
  for (Object* p : st)
    if (p == o) recursive = true;
  if (!recursive) st.push_back(o);
}

ReprGuard::~ReprGuard() {
  if (!recursive) repr_stack().pop_back();
}

Value seq_repr(const char* open, const char* close, const std::vector<Value>& items) {
  std::string out = open;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += repr_string(items[i]);
  }
  out += close;
  return make_str_moved(std::move(out));
}

namespace {
Value rich(const Value& a, const Value& b, int op) {
  switch (op) {
    case CMP_LT: return lt(a, b);
    case CMP_LE: return le(a, b);
    case CMP_EQ: return eq(a, b);
    case CMP_NE: return ne(a, b);
    case CMP_GT: return gt(a, b);
    default: return ge(a, b);
  }
}
}  // namespace

// Lexicographic comparison of two item vectors (CPython's list/tuple richcompare).
int seq_compare_items(const std::vector<Value>& a, const std::vector<Value>& b, int op, Value& result) {
  size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  for (; i < n; ++i) {
    if (a[i].same(b[i])) continue;
    if (!eq_bool(a[i], b[i])) break;
  }
  if (i >= a.size() || i >= b.size()) {
    int64_t x = int64_t(a.size()), y = int64_t(b.size());
    bool r;
    switch (op) {
      case CMP_LT: r = x < y; break;
      case CMP_LE: r = x <= y; break;
      case CMP_EQ: r = x == y; break;
      case CMP_NE: r = x != y; break;
      case CMP_GT: r = x > y; break;
      default: r = x >= y; break;
    }
    result = Value::from_bool(r);
    return 0;
  }
  if (op == CMP_EQ) {
    result = Value::from_bool(false);
    return 0;
  }
  if (op == CMP_NE) {
    result = Value::from_bool(true);
    return 0;
  }
  result = rich(a[i], b[i], op);
  return 0;
}

// CPython's PyObject_LengthHint, where list(), tuple(), extend, sorted,
// join and bytes() presize: a class's __len__ (or __length_hint__) is
// called, and only its errors are seen (a TypeError means "no hint").
void length_hint_probe(const Value& v) {
  if (!v.is_obj() || v.obj()->type->is_builtin) return;
  TypeObj* t = v.obj()->type;
  static StrObj* len_name = intern("__len__");
  static StrObj* hint_name = intern("__length_hint__");
  Value f = type_lookup(t, len_name);
  if (f.is_bound() && !f.is_none()) {
    try {
      len_of(v);
    } catch (PyError& e) {
      if (!isinstance_of(e.exc, E::TypeError)) throw;
    }
    return;
  }
  f = type_lookup(t, hint_name);
  if (f.is_unbound() || f.is_none()) return;
  Value r = call(f, {v});
  if (r.is_obj() && r.obj()->type == T::not_implemented) return;
  if (!is_int_value(num_value(r)))
    raisef(E::TypeError, "__length_hint__ must be an integer, not {}", type_name(r));
  if (truthy(lt(num_value(r), Value::from_int(0)))) raise(E::ValueError, "__length_hint__() should return >= 0");
}

namespace {
void collect_impl(const Value& iterable, std::vector<Value>& out, bool sized) {
  if (iterable.is_obj()) {
    TypeObj* t = iterable.obj()->type;
    if (t == T::list) {
      const auto& items = iterable.as<ListObj>()->items;
      out.insert(out.end(), items.begin(), items.end());
      return;
    }
    if (t == T::tuple) {
      const auto& items = iterable.as<TupleObj>()->items;
      out.insert(out.end(), items.begin(), items.end());
      return;
    }
  }
  Value it = iter(iterable);
  if (sized) length_hint_probe(iterable);  // (after iter(), as CPython)
  TypeObj* it_type = type_of(it);
  Value x;
  if (it_type->next) {
    while (next_by_slot(it_type->next, it, x)) out.push_back(std::move(x));
  } else {
    while (next(it, x)) out.push_back(std::move(x));
  }
}
}  // namespace

void collect(const Value& iterable, std::vector<Value>& out) { collect_impl(iterable, out, false); }
void collect_sized(const Value& iterable, std::vector<Value>& out) { collect_impl(iterable, out, true); }

// ------------------------------------------------------------ tuple

Value make_tuple(std::vector<Value> items) {
  if (items.empty()) {
    static TupleObj* empty = [] {
      auto* t = new TupleObj();
      t->refcnt = kImmortal;
      return t;
    }();
    return Value::borrow(empty);
  }
  auto* t = new TupleObj();
  t->items = std::move(items);
  return Value::steal(t);
}

Value tuple_from_vector(std::vector<Value>&& items) { return make_tuple(std::move(items)); }

Value new_tuple(std::initializer_list<Value> items) { return make_tuple(std::vector<Value>(items)); }

Value list_to_tuple(const Value& list) { return make_tuple(list.as<ListObj>()->items); }

Value tuple_of_ints(const int64_t* items, size_t n) {
  std::vector<Value> values;
  values.reserve(n);
  for (size_t i = 0; i < n; ++i) values.push_back(Value::from_int(items[i]));
  return make_tuple(std::move(values));
}

Value list_from_tuple(const Value& tuple) { return make_list(tuple.as<TupleObj>()->items); }

namespace {

inline TupleObj* TP(const Value& v) { return v.as<TupleObj>(); }

Value tuple_repr(const Value& self) {
  const auto& items = TP(self)->items;
  if (items.empty()) return str_const("()", 2);
  ReprGuard guard(self.obj());
  if (guard.recursive) return str_const("(...)", 5);
  if (items.size() == 1) return make_str("(" + repr_string(items[0]) + ",)");
  return seq_repr("(", ")", items);
}

int64_t tuple_hash(const Value& self) {
  // CPython's xxHash-based tuple hash (so sets of tuples iterate in its order).
  const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull, p5 = 2870177450012600261ull;
  uint64_t acc = p5;
  for (const Value& item : TP(self)->items) {
    uint64_t lane = uint64_t(hash(item));
    acc += lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += TP(self)->items.size() ^ (p5 ^ 3527539ull);
  if (acc == uint64_t(-1)) return 1546275796;
  return int64_t(acc);
}

int64_t tuple_len(const Value& self) { return int64_t(TP(self)->items.size()); }

Value tuple_getitem(const Value& self, const Value& key) {
  auto& items = TP(self)->items;
  if (key.is_int()) {
    int64_t i = key.i();
    if (i < 0) i += int64_t(items.size());
    if (i < 0 || i >= int64_t(items.size())) raise(E::IndexError, "tuple index out of range");
    return items[size_t(i)];
  }
  if (is_slice(key)) {
    SliceIdx ix = slice_indices(key, int64_t(items.size()));
    if (ix.step == 1 && ix.count == int64_t(items.size()) && self.obj()->type == T::tuple) return self;
    std::vector<Value> out;
    out.reserve(size_t(ix.count));
    for (int64_t k = 0, i = ix.start; k < ix.count; ++k, i += ix.step) out.push_back(items[size_t(i)]);
    return make_tuple(std::move(out));
  }
  if (key.is_bool() || is_bigint(key) || (key.is_obj() && !type_of(key)->is_builtin))
    return items[size_t(wrap_index(key, int64_t(items.size()), "tuple index out of range"))];
  raisef(E::TypeError, "tuple indices must be integers or slices, not {}", type_name(key));
}

bool tuple_contains(const Value& self, const Value& item) {
  for (const Value& v : TP(self)->items)
    if (v.same(item) || eq_bool(v, item)) return true;
  return false;
}

Value tuple_richcompare(const Value& a, const Value& b, int op) {
  if (!is_tuple(b)) return not_implemented();
  Value r;
  seq_compare_items(TP(a)->items, TP(b)->items, op, r);
  return r;
}

Value tuple_binop(const Value& a, const Value& b, int op) {
  int base = op & 15;
  if (base == BINOP_ADD) {
    if (is_tuple(a) && is_tuple(b)) {
      if (TP(b)->items.empty() && a.obj()->type == T::tuple) return a;
      if (TP(a)->items.empty() && b.obj()->type == T::tuple) return b;
      std::vector<Value> out = TP(a)->items;
      out.insert(out.end(), TP(b)->items.begin(), TP(b)->items.end());
      return make_tuple(std::move(out));
    }
    if ((op & BINOP_SEQUENCE) && is_tuple(a))
      raisef(E::TypeError, "can only concatenate tuple (not \"{}\") to tuple", type_name(b));
    return not_implemented();
  }
  if (base == BINOP_MUL) {
    const Value& seq = is_tuple(a) ? a : b;
    const Value& n_in = is_tuple(a) ? b : a;
    Value n = seq_repeat_arg(n_in, op);
    if (n.is_unbound()) {
      if ((op & BINOP_SEQUENCE) && is_tuple(a))
        raisef(E::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(n_in));
      return not_implemented();
    }
    int64_t times = is_bigint(n) ? (n.as<IntObj>()->v.neg ? 0 : INT64_MAX) : n.i();
    if (times == INT64_MAX) raise(E::MemoryError, "");
    const auto& items = TP(seq)->items;
    if (times == 1 && seq.obj()->type == T::tuple) return seq;
    std::vector<Value> out;
    if (times > 0) out.reserve(items.size() * size_t(times));
    for (int64_t k = 0; k < times; ++k) out.insert(out.end(), items.begin(), items.end());
    return make_tuple(std::move(out));
  }
  return not_implemented();
}

struct TupleIterObj : Object {
  Value seq;
  size_t index = 0;
  explicit TupleIterObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(seq); }
  void gc_clear() override { seq.clear(); }
};
TypeObj* tuple_iterator_type;

Value tuple_iter(const Value& self) {
  auto* it = new TupleIterObj(tuple_iterator_type);
  it->seq = self;
  return Value::steal(it);
}

bool tuple_iter_next(const Value& self, Value& out) {
  auto* it = self.as<TupleIterObj>();
  if (it->seq.is_unbound()) return false;
  auto& items = TP(it->seq)->items;
  if (it->index < items.size()) {
    out = items[it->index++];
    return true;
  }
  it->seq.clear();
  return false;
}

Value iter_self(const Value& self) { return self; }

Value tuple_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (kw && !kw->items.empty()) raise(E::TypeError, "tuple() takes no keyword arguments");
  if (nargs > 1) raisef(E::TypeError, "tuple expected at most 1 argument, got {}", nargs);
  std::vector<Value> items;
  if (nargs == 1) {
    if (type == T::tuple && args[0].is_obj() && args[0].obj()->type == T::tuple) return args[0];
    collect_sized(args[0], items);
  }
  if (type != T::tuple) {
    auto* o = new_data_object<TupleObj>(type);
    o->items = std::move(items);
    return Value::steal(o);
  }
  return make_tuple(std::move(items));
}

Value m_index(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("index", nargs - 1, kw, 1, 3);
  auto& items = TP(args[0])->items;
  int64_t n = int64_t(items.size());
  int64_t start = 0, stop = n;
  if (nargs > 2) {
    start = index_value(args[2]);
    if (start < 0) start = std::max<int64_t>(0, start + n);
  }
  if (nargs > 3) {
    stop = index_value(args[3]);
    if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  }
  for (int64_t i = start; i < std::min(stop, n); ++i)
    if (items[size_t(i)].same(args[1]) || eq_bool(items[size_t(i)], args[1])) return Value::from_int(i);
  raise(E::ValueError, "tuple.index(x): x not in tuple");
}

Value m_count(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("count", nargs - 1, kw, 1, 1);
  int64_t c = 0;
  for (const Value& v : TP(args[0])->items)
    if (v.same(args[1]) || eq_bool(v, args[1])) ++c;
  return Value::from_int(c);
}

}  // namespace

void init_tuple_type() {
  TypeObj* t = T::tuple;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->len = tuple_len;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  t->richcompare = tuple_richcompare;
  t->binop = tuple_binop;
  t->iter = tuple_iter;
  t->tp_new = tuple_new;
  add_method(t, "index", m_index);
  add_method(t, "count", m_count);
  // (its dunders, for subclasses: data_init.cpp)
  tuple_iterator_type = new_builtin_type("tuple_iterator", nullptr);
  tuple_iterator_type->iter = iter_self;
  tuple_iterator_type->next = tuple_iter_next;
  tuple_iterator_type->allows_subclassing = false;
}

}  // namespace py
