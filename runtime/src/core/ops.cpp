// Operators on everything: builtin types answer through their slots (filled
// by the data part), classes through their dunders, with CPython's reflected
// operand and NotImplemented protocol and its error messages.
#include <fmt/format.h>

#include <charconv>

#include "core/core.h"
#include "core/gc.h"

namespace py {

namespace {

// Py_EnterRecursiveCall: the calls that recurse through nested containers
// (repr, comparison) count against the recursion limit together with the
// Python frames around them, as CPython's do, so a list nested 1000 deep
// raises RecursionError rather than running the C stack out. With the
// limit raised, the C stack itself stops them first.
int nested_calls = 0;

bool stack_nearly_out() {
  char here;
  return &here < gc::saved_stack_limit();  // (the real limit, even while a collection is asked for)
}

class NestedCall {
 public:
  explicit NestedCall(const char* where) {
    int depth = (current_frame ? current_frame->depth : 0) + ++nested_calls;
    if (depth >= recursion_limit || stack_nearly_out()) {
      --nested_calls;
      raise(E::RecursionError, std::string("maximum recursion depth exceeded") + where);
    }
  }
  ~NestedCall() { --nested_calls; }
  NestedCall(const NestedCall&) = delete;
  NestedCall& operator=(const NestedCall&) = delete;
};

}  // namespace

namespace {
struct BinOpNames {
  const char* symbol;
  const char* name;   // "__add__"
  const char* rname;  // "__radd__"
  const char* iname;  // "__iadd__"
  StrObj *l, *r, *i;
};
BinOpNames binop_names[BINOP_COUNT] = {
    {"+", "__add__", "__radd__", "__iadd__"},
    {"-", "__sub__", "__rsub__", "__isub__"},
    {"*", "__mul__", "__rmul__", "__imul__"},
    {"/", "__truediv__", "__rtruediv__", "__itruediv__"},
    {"//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"%", "__mod__", "__rmod__", "__imod__"},
    {"**", "__pow__", "__rpow__", "__ipow__"},
    {"<<", "__lshift__", "__rlshift__", "__ilshift__"},
    {">>", "__rshift__", "__rrshift__", "__irshift__"},
    {"&", "__and__", "__rand__", "__iand__"},
    {"|", "__or__", "__ror__", "__ior__"},
    {"^", "__xor__", "__rxor__", "__ixor__"},
    {"@", "__matmul__", "__rmatmul__", "__imatmul__"},
};
const char* cmp_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};
const char* cmp_dunders[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
StrObj* cmp_names[6];
const int cmp_swapped[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

inline bool is_ni(const Value& v) { return v.is_obj() && v.obj()->type == T::not_implemented; }

// type(self).name(self, other), or NotImplemented if the type has no such method.
Value dunder_binary(TypeObj* t, StrObj* name, const Value& self, const Value& other) {
  Value f = type_lookup(t, name);
  if (f.is_unbound() || f.is_none()) return not_implemented();
  if (f.is_obj() && f.obj()->type == T::function) return call_function(f.as<FuncObj>(), &self, &other, 1, nullptr);
  return call_with_self(bind_descriptor(f, Value(), t), self, &other, 1);
}

// A class that inherits the dunder from a builtin type gets that type's slot.
Value try_left(TypeObj* ta, const Value& a, const Value& b, int op) {
  if (!is_class(ta) && ta->binop) return ta->binop(a, b, op);
  Value f = type_lookup(ta, binop_names[op].l);
  if (TypeObj* owner = slot_owner(f)) return owner->binop(a, b, op);
  return dunder_binary(ta, binop_names[op].l, a, b);
}
Value try_right(TypeObj* tb, const Value& a, const Value& b, int op) {
  if (!is_class(tb) && tb->binop) return tb->binop(a, b, op);
  Value f = type_lookup(tb, binop_names[op].r);
  if (TypeObj* owner = slot_owner(f)) return owner->binop(a, b, op);
  return dunder_binary(tb, binop_names[op].r, b, a);
}

[[noreturn]] void raise_binop_error(const Value& a, const Value& b, int op, bool inplace) {
  const char* sym = binop_names[op].symbol;
  std::string symbol = inplace ? std::string(sym) + "=" : std::string(sym);
  if (op == BINOP_POW && !inplace) symbol = "** or pow()";
  raise(E::TypeError,
        fmt::format("unsupported operand type(s) for {}: '{}' and '{}'", symbol, type_name(a), type_name(b)));
}

Value binary_op(const Value& a, const Value& b, int op, bool inplace_error = false) {
  TypeObj* ta = type_of(a);
  TypeObj* tb = type_of(b);
  bool right_differs = tb != ta && !(!is_class(ta) && !is_class(tb) && ta->binop == tb->binop);
  bool right_first = false;
  if (right_differs && is_subtype(tb, ta)) {
    // A subclass that overrides the reflected method gets the first go.
    right_first = is_class(tb) ? !type_lookup(tb, binop_names[op].r).same(type_lookup(ta, binop_names[op].r))
                               : tb->binop != nullptr;
  }
  Value r;
  if (right_first) {
    r = try_right(tb, a, b, op);
    if (!is_ni(r)) return r;
  }
  r = try_left(ta, a, b, op);
  if (!is_ni(r)) return r;
  if (right_differs && !right_first) {
    r = try_right(tb, a, b, op);
    if (!is_ni(r)) return r;
  }
  // (a class deriving from a builtin sequence keeps its concatenation and
  // repetition, as CPython's sq_concat/sq_repeat, even past an override)
  TypeObj* sa = is_class(ta) ? ta->builtin_base : ta;
  if (sa && sa->binop) {
    r = sa->binop(a, b, op | BINOP_SEQUENCE);
    if (!is_ni(r)) return r;
  }
  // (`n * seq`: the right operand's repetition too, for a count that is a
  // class's instance, such as an int subclass's)
  TypeObj* sb = is_class(tb) ? tb->builtin_base : tb;
  if (op == BINOP_MUL && sb && sb != sa && sb->binop) {
    r = sb->binop(a, b, op | BINOP_SEQUENCE);
    if (!is_ni(r)) return r;
  }
  raise_binop_error(a, b, op, inplace_error);
}

Value inplace_op(const Value& a, const Value& b, int op) {
  TypeObj* ta = type_of(a);
  if (!is_class(ta) && ta->binop) {
    Value r = ta->binop(a, b, op | BINOP_INPLACE);
    if (!is_ni(r)) return r;
  } else {
    Value f = type_lookup(ta, binop_names[op].i);
    TypeObj* owner = slot_owner(f);
    Value r = owner ? owner->binop(a, b, op | BINOP_INPLACE) : dunder_binary(ta, binop_names[op].i, a, b);
    if (!is_ni(r)) return r;
  }
  return binary_op(a, b, op, true);
}

Value unary_op(const Value& a, int op, StrObj* dunder, const char* symbol) {
  TypeObj* t = type_of(a);
  if (!is_class(t) && t->unaryop) {
    Value r = t->unaryop(a, op);
    if (!is_ni(r)) return r;
  }
  Value f = type_lookup(t, dunder);
  if (f.is_bound() && !f.is_none()) return call_with_self(bind_descriptor(f, Value(), t), a, nullptr, 0);
  raise(E::TypeError, fmt::format("bad operand type for unary {}: '{}'", symbol, t->name));
}
}  // namespace

void init_ops_names() {
  for (auto& n : binop_names) {
    n.l = intern(n.name);
    n.r = intern(n.rname);
    n.i = intern(n.iname);
  }
  for (int i = 0; i < 6; ++i) cmp_names[i] = intern(cmp_dunders[i]);
}

Value add_slow(const Value& a, const Value& b) { return binary_op(a, b, BINOP_ADD); }
Value sub_slow(const Value& a, const Value& b) { return binary_op(a, b, BINOP_SUB); }
Value mul_slow(const Value& a, const Value& b) { return binary_op(a, b, BINOP_MUL); }
Value truediv(const Value& a, const Value& b) { return binary_op(a, b, BINOP_TRUEDIV); }
Value floordiv_slow(const Value& a, const Value& b) { return binary_op(a, b, BINOP_FLOORDIV); }
Value mod_slow(const Value& a, const Value& b) { return binary_op(a, b, BINOP_MOD); }
Value pow(const Value& a, const Value& b) { return binary_op(a, b, BINOP_POW); }
Value lshift(const Value& a, const Value& b) { return binary_op(a, b, BINOP_LSHIFT); }
Value rshift(const Value& a, const Value& b) { return binary_op(a, b, BINOP_RSHIFT); }
Value bitand_(const Value& a, const Value& b) { return binary_op(a, b, BINOP_AND); }
Value bitor_(const Value& a, const Value& b) { return binary_op(a, b, BINOP_OR); }
Value bitxor_(const Value& a, const Value& b) { return binary_op(a, b, BINOP_XOR); }
Value matmul(const Value& a, const Value& b) { return binary_op(a, b, BINOP_MATMUL); }

Value iadd_slow(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return add(a, b);
  return inplace_op(a, b, BINOP_ADD);
}
Value isub_slow(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return sub(a, b);
  return inplace_op(a, b, BINOP_SUB);
}
Value imul_slow(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_MUL); }
Value itruediv(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_TRUEDIV); }
Value ifloordiv(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_FLOORDIV); }
Value imod(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_MOD); }
Value ipow(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_POW); }
Value ilshift(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_LSHIFT); }
Value irshift(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_RSHIFT); }
Value ibitand(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_AND); }
Value ibitor(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_OR); }
Value ibitxor(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_XOR); }
Value imatmul(const Value& a, const Value& b) { return inplace_op(a, b, BINOP_MATMUL); }

Value neg_slow(const Value& a) { return unary_op(a, UNARY_NEG, N::__neg__, "-"); }
Value pos(const Value& a) { return unary_op(a, UNARY_POS, N::__pos__, "+"); }
Value invert(const Value& a) { return unary_op(a, UNARY_INVERT, N::__invert__, "~"); }

// ------------------------------------------------------------ comparisons

// type(a)'s own comparison only (no reflection): NotImplemented if none.
Value type_richcompare(const Value& a, const Value& b, int op) {
  TypeObj* t = type_of(a);
  if (!is_class(t) && t->richcompare) return t->richcompare(a, b, op);
  if (TypeObj* owner = slot_owner(type_lookup(t, cmp_names[op]))) return owner->richcompare(a, b, op);
  return dunder_binary(t, cmp_names[op], a, b);
}

Value compare_slow(const Value& a, const Value& b, int op) {
  TypeObj* ta = type_of(a);
  TypeObj* tb = type_of(b);
  bool checked_reverse = false;
  Value r;
  if (ta != tb && is_subtype(tb, ta) &&
      (is_class(tb) ? type_lookup(tb, cmp_names[cmp_swapped[op]]).is_bound() : tb->richcompare != nullptr)) {
    checked_reverse = true;
    r = type_richcompare(b, a, cmp_swapped[op]);
    if (!is_ni(r)) return r;
  }
  r = type_richcompare(a, b, op);
  if (!is_ni(r)) return r;
  if (!checked_reverse) {
    r = type_richcompare(b, a, cmp_swapped[op]);
    if (!is_ni(r)) return r;
  }
  if (op == CMP_EQ) return Value::from_bool(a.same(b));
  if (op == CMP_NE) return Value::from_bool(!a.same(b));
  raise(E::TypeError, fmt::format("'{}' not supported between instances of '{}' and '{}'", cmp_symbols[op], ta->name,
                                  tb->name));
}

// (What compares a container's items, its keys, `in`: each of these counts
// as a nested call, as in CPython, where the comparison an `==` of the
// program makes does not.)
bool eq_bool_slow(const Value& a, const Value& b) {
  if (a.is_obj() && a.same(b)) return true;
  NestedCall nested(" in comparison");
  Value r = compare_slow(a, b, CMP_EQ);
  if (r.is_bool()) return r.b();
  return truthy(r);
}

// ------------------------------------------------------------ truth, hash, len

bool truthy_slow(const Value& v) {
  if (!v.is_obj()) return false;
  TypeObj* t = v.obj()->type;
  if (!is_class(t)) {
    if (t->len) return t->len(v) != 0;
    // (A native base that classes may subclass, as greenlet, may define __bool__.)
    if (t == T::int_ || (t->layout != Layout::Builtin && !t->alloc_instance)) return true;
  }
  Value f = type_lookup(t, N::__bool__);
  if (f.is_bound() && !f.is_none()) {
    Value r = call_with_self(bind_descriptor(f, Value(), t), v, nullptr, 0);
    if (!r.is_bool())
      raise(E::TypeError, fmt::format("__bool__ should return bool, returned {}", type_name(r)));
    return r.b();
  }
  f = type_lookup(t, N::__len__);
  if (f.is_bound() && !f.is_none()) return len_of(v) != 0;
  return true;
}

int64_t identity_hash(const Value& v) {
  // CPython's _Py_HashPointer: the address rotated so aligned low bits vary.
  uintptr_t p = v.is_obj() ? reinterpret_cast<uintptr_t>(v.obj()) : static_cast<uintptr_t>(v.i());
  uintptr_t h = (p >> 4) | (p << (8 * sizeof(uintptr_t) - 4));
  int64_t r = static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

[[noreturn]] static void raise_unhashable(TypeObj* t) {
  raise(E::TypeError, fmt::format("unhashable type: '{}'", t->name));
}

int64_t hash(const Value& v) {
  // (CPython sets no depth limit here, but a tuple nested past the C stack
  // is RecursionError, not a crash.)
  if (stack_nearly_out()) [[unlikely]]
    raise(E::RecursionError, "maximum recursion depth exceeded while calling a Python object");
  TypeObj* t = type_of(v);
  if (!is_class(t)) {
    if (t->hash) return t->hash(v);
    if (t->layout != Layout::Exception) raise_unhashable(t);
  }
  Value f = type_lookup(t, N::__hash__);
  if (f.is_none() || f.is_unbound()) raise_unhashable(t);
  if (f.is_obj() && f.obj() == object_hash_fn) return identity_hash(v);
  if (TypeObj* owner = slot_owner(f)) return owner->hash(v);
  Value r = call_with_self(bind_descriptor(f, Value(), t), v, nullptr, 0);
  if (!num_value(r).is_float()) r = Value(num_value(r));  // (an int subclass's instance: its int)
  if (r.is_int()) return r.i() == -1 ? -2 : r.i();
  if (r.is_bool()) return r.b();
  if (!is_int_value(r)) raise(E::TypeError, "__hash__ method should return an integer");
  return T::int_->hash(r);
}

int64_t len_of(const Value& v) {
  TypeObj* t = type_of(v);
  if (t->len) return t->len(v);
  Value f = type_lookup(t, N::__len__);
  if (TypeObj* owner = slot_owner(f)) return owner->len(v);
  if (f.is_unbound() || f.is_none()) raise(E::TypeError, fmt::format("object of type '{}' has no len()", t->name));
  Value r = call_with_self(bind_descriptor(f, Value(), t), v, nullptr, 0);
  if (!num_value(r).is_float()) r = Value(num_value(r));  // (an int subclass's instance: its int)
  if (!is_int_value(r))
    raise(E::TypeError, fmt::format("'{}' object cannot be interpreted as an integer", type_name(r)));
  int64_t n;
  if (!to_int64(r, n)) raise(E::OverflowError, "cannot fit 'int' into an index-sized integer");
  if (n < 0) raise(E::ValueError, "__len__() should return >= 0");
  return n;
}

// ------------------------------------------------------------ items

Value getitem(const Value& obj, const Value& key) {
  TypeObj* t = type_of(obj);
  if (t->getitem) return t->getitem(obj, key);
  Value f = type_lookup(t, N::__getitem__);
  if (TypeObj* owner = slot_owner(f)) return owner->getitem(obj, key);
  if (f.is_bound() && !f.is_none()) return call_with_self(bind_descriptor(f, Value(), t), obj, &key, 1);
  if (is_type(obj)) {
    auto* cls = obj.as<TypeObj>();
    Value cg = type_lookup(cls, N::__class_getitem__);
    if (cg.is_bound()) return call(bind_descriptor(cg, Value(), cls), &key, 1);
    // list[int] & co, and MyList[int] for a class deriving from one of the
    // generic containers: annotations only
    if (cls->is_builtin) return obj;
    for (TypeObj* generic : {T::tuple, T::list, T::dict, T::set, T::frozenset})
      if (cls->builtin_base && is_subtype(cls, generic)) return obj;
    raise(E::TypeError, fmt::format("type '{}' is not subscriptable", cls->name));
  }
  raise(E::TypeError, fmt::format("'{}' object is not subscriptable", t->name));
}

void setitem(const Value& obj, const Value& key, const Value& value) {
  TypeObj* t = type_of(obj);
  if (t->setitem) return t->setitem(obj, key, value);
  Value f = type_lookup(t, N::__setitem__);
  if (TypeObj* owner = slot_owner(f)) return owner->setitem(obj, key, value);
  if (f.is_bound() && !f.is_none()) {
    Value args[2] = {key, value};
    call_with_self(bind_descriptor(f, Value(), t), obj, args, 2);
    return;
  }
  raise(E::TypeError, fmt::format("'{}' object does not support item assignment", t->name));
}

void delitem(const Value& obj, const Value& key) {
  TypeObj* t = type_of(obj);
  if (t->delitem) return t->delitem(obj, key);
  Value f = type_lookup(t, N::__delitem__);
  if (TypeObj* owner = slot_owner(f)) return owner->delitem(obj, key);
  if (f.is_bound() && !f.is_none()) {
    call_with_self(bind_descriptor(f, Value(), t), obj, &key, 1);
    return;
  }
  raise(E::TypeError, fmt::format("'{}' object doesn't support item deletion", t->name));
}

bool contains(const Value& container, const Value& item) {
  TypeObj* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  Value f = type_lookup(t, N::__contains__);
  if (TypeObj* owner = slot_owner(f)) return owner->contains(container, item);
  if (f.is_bound() && !f.is_none())
    return truthy(call_with_self(bind_descriptor(f, Value(), t), container, &item, 1));
  bool iterable = t->iter || t->getitem || type_lookup(t, N::__iter__).is_bound() ||
                  type_lookup(t, N::__getitem__).is_bound();
  if (!iterable) raise(E::TypeError, fmt::format("argument of type '{}' is not iterable", t->name));
  Value it = iter(container), x;
  while (next(it, x))
    if (eq_bool(x, item)) return true;
  return false;
}

// ------------------------------------------------------------ iteration

SeqIterObj::SeqIterObj() : Object(T::seq_iterator) {}

static bool seq_iter_next(const Value& self, Value& out) {
  auto* it = self.as<SeqIterObj>();
  if (it->seq.is_unbound()) return false;
  try {
    out = getitem(it->seq, Value::from_int(it->index));
  } catch (PyError& e) {
    if (isinstance_of(e.exc, E::IndexError) || isinstance_of(e.exc, E::StopIteration)) {
      it->seq.clear();
      return false;
    }
    throw;
  }
  ++it->index;
  return true;
}
static Value return_self(const Value& self) { return self; }

Value iter(const Value& v) {
  TypeObj* t = type_of(v);
  if (t->iter) return t->iter(v);
  Value f = type_lookup(t, N::__iter__);
  if (TypeObj* owner = slot_owner(f)) return owner->iter(v);
  if (f.is_bound() && !f.is_none()) {
    Value r = call_with_self(bind_descriptor(f, Value(), t), v, nullptr, 0);
    TypeObj* rt = type_of(r);
    if (!rt->next && type_lookup(rt, N::__next__).is_unbound())
      raise(E::TypeError, fmt::format("iter() returned non-iterator of type '{}'", rt->name));
    return r;
  }
  if (f.is_unbound() && (t->getitem || type_lookup(t, N::__getitem__).is_bound())) {
    auto* it = new SeqIterObj();
    it->seq = v;
    return Value::steal(it);
  }
  raise(E::TypeError, fmt::format("'{}' object is not iterable", t->name));
}

bool iternext_dunder(const Value& iterator, Value& out) {
  TypeObj* t = type_of(iterator);
  Value f = type_lookup(t, N::__next__);
  if (f.is_unbound()) raise(E::TypeError, fmt::format("'{}' object is not an iterator", t->name));
  out = call_with_self(bind_descriptor(f, Value(), t), iterator, nullptr, 0);
  return true;
}

bool iternext(const Value& iterator, Value& out) { return iter_step(iterator, out); }

bool next(const Value& iterator, Value& out) {
  try {
    return iter_step(iterator, out);
  } catch (PyError& e) {
    if (isinstance_of(e.exc, E::StopIteration)) return false;
    throw;
  }
}

// ------------------------------------------------------------ text

std::string address_string(const void* p) { return fmt::format("0x{:x}", reinterpret_cast<uintptr_t>(p)); }

std::string default_repr(const Value& v) {
  TypeObj* t = type_of(v);
  const void* addr = v.is_obj() ? static_cast<const void*>(v.obj()) : nullptr;
  if (t->module == "builtins") return fmt::format("<{} object at {}>", t->qualname, address_string(addr));
  return fmt::format("<{}.{} object at {}>", t->module, t->qualname, address_string(addr));
}

Value repr(const Value& v) {
  NestedCall nested(" while getting the repr of an object");
  TypeObj* t = type_of(v);
  if (t->repr) return t->repr(v);
  Value f = type_lookup(t, N::__repr__);
  if (TypeObj* owner = slot_owner(f)) return owner->repr(v);
  if (f.is_unbound() || (f.is_obj() && f.obj() == object_repr_fn)) return make_str(default_repr(v));
  Value r = call_with_self(bind_descriptor(f, Value(), t), v, nullptr, 0);
  if (!is_str_instance(r)) raise(E::TypeError, fmt::format("__repr__ returned non-string (type {})", type_name(r)));
  return r;
}

Value str(const Value& v) {
  TypeObj* t = type_of(v);
  if (t == T::str) return v;
  Value f;
  if (!t->str) {
    f = type_lookup(t, N::__str__);
    if (f.is_unbound() || (f.is_obj() && f.obj() == object_str_fn)) return repr(v);  // (not a nested call of its own)
  }
  NestedCall nested(" while getting the str of an object");
  if (t->str) return t->str(v);
  Value r = call_with_self(bind_descriptor(f, Value(), t), v, nullptr, 0);
  if (!is_str_instance(r)) raise(E::TypeError, fmt::format("__str__ returned non-string (type {})", type_name(r)));
  return r;
}

// repr_string / str_string live with the data part (tuple.cpp).

Value format(const Value& v, const Value& spec) {
  TypeObj* t = type_of(v);
  bool empty_spec = spec.is_unbound() || (is_str(spec) && sv(spec).empty());
  if (empty_spec && (t == T::str || t == T::int_)) return str(v);
  if (t == T::int_ || t == T::float_ || t == T::complex_ || t == T::str || t == T::bool_) {
    if (!spec.is_unbound() && !is_str(spec))
      raise(E::TypeError, fmt::format("format() argument 2 must be str, not {}", type_name(spec)));
    return format_builtin(v, spec.is_unbound() ? std::string_view() : sv(spec));
  }
  Value spec_v = spec.is_unbound() ? make_str("") : spec;
  Value f = type_lookup(t, N::__format__);
  if (f.is_unbound() || (f.is_obj() && f.obj() == object_format_fn)) {
    if (!is_str(spec_v))
      raise(E::TypeError, fmt::format("format() argument 2 must be str, not {}", type_name(spec_v)));
    if (!sv(spec_v).empty())
      raise(E::TypeError, fmt::format("unsupported format string passed to {}.__format__", t->name));
    return str(v);
  }
  Value r = call_with_self(bind_descriptor(f, Value(), t), v, &spec_v, 1);
  if (!is_str_instance(r)) raise(E::TypeError, fmt::format("__format__ must return a str, not {}", type_name(r)));
  return r;
}

// repr() with every non-ASCII code point escaped (\xhh, \uhhhh, \Uhhhhhhhh).
Value ascii(const Value& v) {
  Value r = repr(v);
  std::string_view s = sv(r);
  bool plain = true;
  for (unsigned char c : s) plain &= c < 0x80;
  if (plain) return r;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    if (cp < 0x100) out += fmt::format("\\x{:02x}", cp);
    else if (cp < 0x10000) out += fmt::format("\\u{:04x}", cp);
    else out += fmt::format("\\U{:08x}", cp);
  }
  return make_str(out);
}

// ------------------------------------------------------------ singletons

static Value none_repr(const Value&) { return make_str("None"); }
static Value ni_repr(const Value&) { return make_str("NotImplemented"); }
static Value ellipsis_repr(const Value&) { return make_str("Ellipsis"); }
static Value none_richcompare(const Value& a, const Value& b, int op) {
  (void)a;
  if (op == CMP_EQ) return Value::from_bool(b.is_none());
  if (op == CMP_NE) return Value::from_bool(!b.is_none());
  return not_implemented();
}

static Object* ni_singleton;
static Object* ellipsis_singleton;
Value not_implemented() { return Value::borrow(ni_singleton); }
Value ellipsis() { return Value::borrow(ellipsis_singleton); }

void init_builtin_singletons() {
  ni_singleton = new Object(T::not_implemented);
  ni_singleton->refcnt = kImmortal;
  ellipsis_singleton = new Object(T::ellipsis);
  ellipsis_singleton->refcnt = kImmortal;
  T::none->repr = none_repr;
  T::none->richcompare = none_richcompare;
  T::not_implemented->repr = ni_repr;
  T::ellipsis->repr = ellipsis_repr;
  T::seq_iterator->iter = return_self;
  T::seq_iterator->next = seq_iter_next;
  init_ops_names();
}

}  // namespace py
