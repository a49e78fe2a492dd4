// init_data_types(): fills the slots and methods of the data types made by
// init_core_types, and registers the data builtins.
#include "data/data_util.h"
#include "data/codecs.h"
#include "data/str_impl.h"

namespace py {

void init_int_types();
void init_float_type();
void init_complex_type();
void init_tuple_type();
void init_list_type();
void init_dict_type();
void init_set_types();
void init_range_type();
void init_slice_type();
void init_bytes_type();
void init_bytes_methods();
void init_iterator_types();
void init_data_builtins();

namespace {

// `[1, 2].__getitem__(0)`, `list.__len__(x)`: the container dunders of the
// data types, calling the slot of the type that defines them (not the
// receiver's, which may be a subclass overriding the dunder).
void check_self(TypeObj* type, const char* dunder, const Value* args, size_t nargs) {
  if (nargs == 0 || !is_subtype(type_of(args[0]), type))
    raisef(E::TypeError, "descriptor '{}' requires a '{}' object", dunder, type->name);
}
void exact_dunder_args(TypeObj* type, const char* dunder, size_t given, size_t expected, TupleObj* kw) {
  if (kw && !kw->items.empty()) raisef(E::TypeError, "{}.{}() takes no keyword arguments", type->name, dunder);
  if (given == expected) return;
  if (expected == 1) raisef(E::TypeError, "{}.{}() takes exactly one argument ({} given)", type->name, dunder, given);
  if (expected == 0) raisef(E::TypeError, "{}.{}() takes no arguments ({} given)", type->name, dunder, given);
  raisef(E::TypeError, "expected {} arguments, got {}", expected, given);
}

template <TypeObj** Type>
Value dunder_getitem(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__getitem__", a, n);
  exact_dunder_args(*Type, "__getitem__", n - 1, 1, kw);
  return (*Type)->getitem(a[0], a[1]);
}
template <TypeObj** Type>
Value dunder_setitem(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__setitem__", a, n);
  exact_dunder_args(*Type, "__setitem__", n - 1, 2, kw);
  (*Type)->setitem(a[0], a[1], a[2]);
  return Value::none();
}
template <TypeObj** Type>
Value dunder_delitem(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__delitem__", a, n);
  exact_dunder_args(*Type, "__delitem__", n - 1, 1, kw);
  (*Type)->delitem(a[0], a[1]);
  return Value::none();
}
template <TypeObj** Type>
Value dunder_contains(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__contains__", a, n);
  exact_dunder_args(*Type, "__contains__", n - 1, 1, kw);
  return Value::from_bool((*Type)->contains(a[0], a[1]));
}
template <TypeObj** Type>
Value dunder_len(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__len__", a, n);
  exact_dunder_args(*Type, "__len__", n - 1, 0, kw);
  return Value::from_int((*Type)->len(a[0]));
}
template <TypeObj** Type>
Value dunder_iter(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__iter__", a, n);
  exact_dunder_args(*Type, "__iter__", n - 1, 0, kw);
  return (*Type)->iter(a[0]);
}

// A dunder standing for a slot: operators on a class that inherits it call
// the slot directly (BuiltinFuncObj::slot_wrapper).
void add_slot_wrapper(TypeObj* t, const char* name, BuiltinFn fn) {
  add_method(t, name, fn);
  dict_find_str(t->dict, intern(name))->as<BuiltinFuncObj>()->slot_wrapper = true;
}

template <TypeObj** Type>
void add_container_dunders() {
  TypeObj* t = *Type;
  if (t->getitem) add_slot_wrapper(t, "__getitem__", dunder_getitem<Type>);
  if (t->setitem) add_slot_wrapper(t, "__setitem__", dunder_setitem<Type>);
  if (t->delitem) add_slot_wrapper(t, "__delitem__", dunder_delitem<Type>);
  if (t->contains) add_slot_wrapper(t, "__contains__", dunder_contains<Type>);
  if (t->len) add_slot_wrapper(t, "__len__", dunder_len<Type>);
  if (t->iter) add_slot_wrapper(t, "__iter__", dunder_iter<Type>);
}

// ---- the other slots as dunders, for the types classes may subclass ----
//
// They take self as it is (an int or float subclass's instance too: the
// number slots unwrap what they are given).

template <TypeObj** Type>
Value dunder_repr(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__repr__", a, n);
  exact_dunder_args(*Type, "__repr__", n - 1, 0, kw);
  return (*Type)->repr(a[0]);
}
template <TypeObj** Type>
Value dunder_str(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__str__", a, n);
  exact_dunder_args(*Type, "__str__", n - 1, 0, kw);
  return (*Type)->str(a[0]);
}
template <TypeObj** Type>
Value dunder_hash(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__hash__", a, n);
  exact_dunder_args(*Type, "__hash__", n - 1, 0, kw);
  return Value::from_int((*Type)->hash(a[0]));
}
template <TypeObj** Type>
Value dunder_bool(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__bool__", a, n);
  exact_dunder_args(*Type, "__bool__", n - 1, 0, kw);
  return Value::from_bool(truthy(num_value(a[0])));
}
const char* const cmp_dunder_names[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
template <TypeObj** Type, int Op>
Value dunder_compare(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, cmp_dunder_names[Op], a, n);
  exact_dunder_args(*Type, cmp_dunder_names[Op], n - 1, 1, kw);
  return (*Type)->richcompare(a[0], a[1], Op);
}
const char* const unary_dunder_names[3] = {"__neg__", "__pos__", "__invert__"};
template <TypeObj** Type, int Op>
Value dunder_unary(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, unary_dunder_names[Op], a, n);
  exact_dunder_args(*Type, unary_dunder_names[Op], n - 1, 0, kw);
  return (*Type)->unaryop(a[0], Op);
}

// Binary operators: __op__ (self op other), __rop__ (other op self),
// __iop__ (in place). The sequences' __add__ and __mul__ are CPython's
// sq_concat and sq_repeat: called directly they raise on an operand they
// do not take (`[].__add__(1)`) instead of returning NotImplemented.
enum BinForm { FORM_L, FORM_R, FORM_I, FORM_SEQ };
struct BinName {
  int op;
  const char *l, *r, *i;
};
const BinName bin_names[] = {
    {BINOP_ADD, "__add__", "__radd__", "__iadd__"},
    {BINOP_SUB, "__sub__", "__rsub__", "__isub__"},
    {BINOP_MUL, "__mul__", "__rmul__", "__imul__"},
    {BINOP_TRUEDIV, "__truediv__", "__rtruediv__", "__itruediv__"},
    {BINOP_FLOORDIV, "__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {BINOP_MOD, "__mod__", "__rmod__", "__imod__"},
    {BINOP_POW, "__pow__", "__rpow__", "__ipow__"},
    {BINOP_LSHIFT, "__lshift__", "__rlshift__", "__ilshift__"},
    {BINOP_RSHIFT, "__rshift__", "__rrshift__", "__irshift__"},
    {BINOP_AND, "__and__", "__rand__", "__iand__"},
    {BINOP_OR, "__or__", "__ror__", "__ior__"},
    {BINOP_XOR, "__xor__", "__rxor__", "__ixor__"},
    {BINOP_MATMUL, "__matmul__", "__rmatmul__", "__imatmul__"},
    {BINOP_DIVMOD, "__divmod__", "__rdivmod__", nullptr},
};
const char* bin_name(int op, BinForm form) {
  for (const BinName& b : bin_names)
    if (b.op == op) return form == FORM_R ? b.r : form == FORM_I ? b.i : b.l;
  return "?";
}

template <TypeObj** Type, int Op, BinForm Form>
Value dunder_binop(const Value* a, size_t n, TupleObj* kw) {
  const char* name = bin_name(Op, Form);
  check_self(*Type, name, a, n);
  // (x.__pow__(y, z): three-argument pow)
  if (Op == BINOP_POW && Form != FORM_I && n == 3 && !kw) {
    if (a[2].is_none()) return Form == FORM_R ? (*Type)->binop(a[1], a[0], Op) : (*Type)->binop(a[0], a[1], Op);
    return Form == FORM_R ? not_implemented() : pow3(num_value(a[0]), num_value(a[1]), num_value(a[2]));
  }
  exact_dunder_args(*Type, name, n - 1, 1, kw);
  if (Op == BINOP_DIVMOD) {
    // (the numbers' slots take divmod as an operation of their own)
    return Form == FORM_R ? (*Type)->binop(a[1], a[0], Op) : (*Type)->binop(a[0], a[1], Op);
  }
  switch (Form) {
    case FORM_L: return (*Type)->binop(a[0], a[1], Op);
    case FORM_R: return (*Type)->binop(a[1], a[0], Op);
    case FORM_I: return (*Type)->binop(a[0], a[1], Op | BINOP_INPLACE);
    default: {
      Value r = (*Type)->binop(a[0], a[1], Op | BINOP_SEQUENCE);
      if (r.is_obj() && r.obj()->type == T::not_implemented) {
        if (Op == BINOP_MUL) raisef(E::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(a[1]));
        raisef(E::TypeError, "can only concatenate {} (not \"{}\") to {}", (*Type)->name, type_name(a[1]),
               (*Type)->name);
      }
      return r;
    }
  }
}

template <TypeObj** Type, int Op>
void add_binop(bool reflected, bool inplace, bool sequence = false) {
  TypeObj* t = *Type;
  add_slot_wrapper(t, bin_name(Op, FORM_L),
                   sequence ? dunder_binop<Type, Op, FORM_SEQ> : dunder_binop<Type, Op, FORM_L>);
  if (reflected) add_slot_wrapper(t, bin_name(Op, FORM_R), dunder_binop<Type, Op, FORM_R>);
  if (inplace) add_slot_wrapper(t, bin_name(Op, FORM_I), dunder_binop<Type, Op, FORM_I>);
}

// format(x, spec) of str, int and float: an empty spec is str(x), which a
// subclass may have overridden (CPython's format_obj).
template <TypeObj** Type>
Value dunder_format(const Value* a, size_t n, TupleObj* kw) {
  check_self(*Type, "__format__", a, n);
  exact_dunder_args(*Type, "__format__", n - 1, 1, kw);
  if (!is_str(a[1])) raisef(E::TypeError, "__format__() argument must be str, not {}", type_name(a[1]));
  if (sv(a[1]).empty() && !a[0].is_int() && !a[0].is_float() && type_of(a[0]) != *Type) return str(a[0]);
  return format_builtin(num_value(a[0]), sv(a[1]));
}

// T.__new__(cls, ...): cls must derive from T; `make` builds the object.
using MakeFn = Value (*)(TypeObj* cls, const Value* args, size_t nargs, TupleObj* kw);
template <TypeObj** Type, MakeFn Make>
Value dunder_new(const Value* a, size_t n, TupleObj* kw) {
  TypeObj* base = *Type;
  if (n == 0) raisef(E::TypeError, "{}.__new__(): not enough arguments", base->name);
  if (!is_subtype(type_of(a[0]), T::type))
    raisef(E::TypeError, "{}.__new__(X): X is not a type object ({})", base->name, type_name(a[0]));
  auto* cls = a[0].as<TypeObj>();
  if (!is_subtype(cls, base))
    raisef(E::TypeError, "{}.__new__({}): {} is not a subtype of {}", base->name, cls->name, cls->name, base->name);
  if (cls != base && (!cls->builtin_base || !is_subtype(cls->builtin_base, base) || cls->is_builtin)) {
    TypeObj* safe = cls->builtin_base ? cls->builtin_base : cls;
    raisef(E::TypeError, "{}.__new__({}) is not safe, use {}.__new__()", base->name, cls->name, safe->name);
  }
  return Make(cls, a + 1, n - 1, kw);
}
template <TypeObj** Type>
Value tp_new_of(TypeObj* cls, const Value* args, size_t nargs, TupleObj* kw) {
  return (*Type)->tp_new(cls, args, nargs, kw);
}
// list, dict and set: __new__ makes an empty object, __init__ fills it.
Value empty_list(TypeObj* cls, const Value*, size_t, TupleObj*) { return list_new_empty(cls); }
Value empty_dict(TypeObj* cls, const Value*, size_t, TupleObj*) { return dict_new_empty(cls); }
Value empty_set(TypeObj* cls, const Value*, size_t, TupleObj*) { return set_new_empty(cls); }

Value list_init(const Value* a, size_t n, TupleObj* kw) {
  check_self(T::list, "__init__", a, n);
  if (kw && !kw->items.empty()) raise(E::TypeError, "list() takes no keyword arguments");
  if (n > 2) raisef(E::TypeError, "list expected at most 1 argument, got {}", n - 1);
  list_refill(a[0], n == 2 ? &a[1] : nullptr);
  return Value::none();
}
Value dict_init(const Value* a, size_t n, TupleObj* kw) {
  check_self(T::dict, "__init__", a, n);
  if (n > 2) raisef(E::TypeError, "dict expected at most 1 argument, got {}", n - 1);
  dict_fill(a[0], n == 2 ? &a[1] : nullptr, a + n, kw);
  return Value::none();
}
Value set_init(const Value* a, size_t n, TupleObj* kw) {
  check_self(T::set, "__init__", a, n);
  if (kw && !kw->items.empty()) raise(E::TypeError, "set() takes no keyword arguments");
  if (n > 2) raisef(E::TypeError, "set expected at most 1 argument, got {}", n - 1);
  set_refill(a[0], n == 2 ? &a[1] : nullptr);
  return Value::none();
}

// Everything a class statement's subclass of the type reaches through its
// MRO: the slots as dunders, __new__, and `builtin_base` marking it as a
// base classes may have.
// repr, str, hash and the comparisons, as dunders.
template <TypeObj** Type>
void add_value_dunders() {
  TypeObj* t = *Type;
  if (t->repr) add_slot_wrapper(t, "__repr__", dunder_repr<Type>);
  if (t->str) add_slot_wrapper(t, "__str__", dunder_str<Type>);
  if (t->hash) add_slot_wrapper(t, "__hash__", dunder_hash<Type>);
  else add_attr(t, "__hash__", Value::none());
  if (t->richcompare) {
    add_slot_wrapper(t, "__lt__", dunder_compare<Type, CMP_LT>);
    add_slot_wrapper(t, "__le__", dunder_compare<Type, CMP_LE>);
    add_slot_wrapper(t, "__eq__", dunder_compare<Type, CMP_EQ>);
    add_slot_wrapper(t, "__ne__", dunder_compare<Type, CMP_NE>);
    add_slot_wrapper(t, "__gt__", dunder_compare<Type, CMP_GT>);
    add_slot_wrapper(t, "__ge__", dunder_compare<Type, CMP_GE>);
  }
}

template <TypeObj** Type, MakeFn Make>
void make_subclassable() {
  TypeObj* t = *Type;
  t->builtin_base = t;
  add_container_dunders<Type>();
  add_value_dunders<Type>();
  add_staticmethod(t, "__new__", dunder_new<Type, Make>);
}

}  // namespace

void init_data_types() {
  init_int_types();
  init_float_type();
  init_complex_type();
  init_str_type_slots();
  init_str_methods();
  init_bytes_type();
  init_bytes_methods();
  init_unicode_error_types();
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_set_types();
  init_range_type();
  init_slice_type();
  init_iterator_types();
  init_data_builtins();
  add_container_dunders<&T::range>();

  // The types classes may subclass.
  make_subclassable<&T::int_, tp_new_of<&T::int_>>();
  add_slot_wrapper(T::int_, "__bool__", dunder_bool<&T::int_>);
  add_method(T::int_, "__format__", dunder_format<&T::int_>);
  add_slot_wrapper(T::int_, "__neg__", dunder_unary<&T::int_, UNARY_NEG>);
  add_slot_wrapper(T::int_, "__pos__", dunder_unary<&T::int_, UNARY_POS>);
  add_slot_wrapper(T::int_, "__invert__", dunder_unary<&T::int_, UNARY_INVERT>);
  add_binop<&T::int_, BINOP_ADD>(true, false);
  add_binop<&T::int_, BINOP_SUB>(true, false);
  add_binop<&T::int_, BINOP_MUL>(true, false);
  add_binop<&T::int_, BINOP_TRUEDIV>(true, false);
  add_binop<&T::int_, BINOP_FLOORDIV>(true, false);
  add_binop<&T::int_, BINOP_MOD>(true, false);
  add_binop<&T::int_, BINOP_DIVMOD>(true, false);
  add_binop<&T::int_, BINOP_POW>(true, false);
  add_binop<&T::int_, BINOP_LSHIFT>(true, false);
  add_binop<&T::int_, BINOP_RSHIFT>(true, false);
  add_binop<&T::int_, BINOP_AND>(true, false);
  add_binop<&T::int_, BINOP_OR>(true, false);
  add_binop<&T::int_, BINOP_XOR>(true, false);

  make_subclassable<&T::float_, tp_new_of<&T::float_>>();
  add_slot_wrapper(T::float_, "__bool__", dunder_bool<&T::float_>);
  add_method(T::float_, "__format__", dunder_format<&T::float_>);
  add_slot_wrapper(T::float_, "__neg__", dunder_unary<&T::float_, UNARY_NEG>);
  add_slot_wrapper(T::float_, "__pos__", dunder_unary<&T::float_, UNARY_POS>);
  add_binop<&T::float_, BINOP_ADD>(true, false);
  add_binop<&T::float_, BINOP_SUB>(true, false);
  add_binop<&T::float_, BINOP_MUL>(true, false);
  add_binop<&T::float_, BINOP_TRUEDIV>(true, false);
  add_binop<&T::float_, BINOP_FLOORDIV>(true, false);
  add_binop<&T::float_, BINOP_MOD>(true, false);
  add_binop<&T::float_, BINOP_DIVMOD>(true, false);
  add_binop<&T::float_, BINOP_POW>(true, false);

  // (3.11's complex has no //, % or divmod at all.)
  make_subclassable<&T::complex_, tp_new_of<&T::complex_>>();
  add_slot_wrapper(T::complex_, "__neg__", dunder_unary<&T::complex_, UNARY_NEG>);
  add_slot_wrapper(T::complex_, "__pos__", dunder_unary<&T::complex_, UNARY_POS>);
  add_binop<&T::complex_, BINOP_ADD>(true, false);
  add_binop<&T::complex_, BINOP_SUB>(true, false);
  add_binop<&T::complex_, BINOP_MUL>(true, false);
  add_binop<&T::complex_, BINOP_TRUEDIV>(true, false);
  add_binop<&T::complex_, BINOP_POW>(true, false);

  make_subclassable<&T::str, tp_new_of<&T::str>>();
  add_method(T::str, "__format__", dunder_format<&T::str>);
  add_binop<&T::str, BINOP_ADD>(false, false, true);
  add_binop<&T::str, BINOP_MUL>(true, false, true);
  add_binop<&T::str, BINOP_MOD>(true, false);

  make_subclassable<&T::bytes, tp_new_of<&T::bytes>>();
  add_binop<&T::bytes, BINOP_ADD>(false, false, true);
  add_binop<&T::bytes, BINOP_MUL>(true, false, true);
  add_binop<&T::bytes, BINOP_MOD>(true, false);

  make_subclassable<&T::tuple, tp_new_of<&T::tuple>>();
  add_binop<&T::tuple, BINOP_ADD>(false, false, true);
  add_binop<&T::tuple, BINOP_MUL>(true, false, true);

  make_subclassable<&T::list, empty_list>();
  add_method(T::list, "__init__", list_init);
  add_binop<&T::list, BINOP_ADD>(false, true, true);
  add_binop<&T::list, BINOP_MUL>(true, true, true);

  make_subclassable<&T::dict, empty_dict>();
  add_method(T::dict, "__init__", dict_init);
  add_binop<&T::dict, BINOP_OR>(true, true);

  make_subclassable<&T::set, empty_set>();
  add_method(T::set, "__init__", set_init);
  make_subclassable<&T::frozenset, tp_new_of<&T::frozenset>>();
  add_binop<&T::set, BINOP_AND>(true, true);
  add_binop<&T::set, BINOP_OR>(true, true);
  add_binop<&T::set, BINOP_SUB>(true, true);
  add_binop<&T::set, BINOP_XOR>(true, true);
  add_binop<&T::frozenset, BINOP_AND>(true, false);
  add_binop<&T::frozenset, BINOP_OR>(true, false);
  add_binop<&T::frozenset, BINOP_SUB>(true, false);
  add_binop<&T::frozenset, BINOP_XOR>(true, false);
}

}  // namespace py
