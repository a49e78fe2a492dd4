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

template <TypeObj** Type>
void add_container_dunders() {
  TypeObj* t = *Type;
  if (t->getitem) add_method(t, "__getitem__", dunder_getitem<Type>);
  if (t->setitem) add_method(t, "__setitem__", dunder_setitem<Type>);
  if (t->delitem) add_method(t, "__delitem__", dunder_delitem<Type>);
  if (t->contains) add_method(t, "__contains__", dunder_contains<Type>);
  if (t->len) add_method(t, "__len__", dunder_len<Type>);
  if (t->iter) add_method(t, "__iter__", dunder_iter<Type>);
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
  add_container_dunders<&T::str>();
  add_container_dunders<&T::bytes>();
  add_container_dunders<&T::tuple>();
  add_container_dunders<&T::list>();
  add_container_dunders<&T::dict>();
  add_container_dunders<&T::set>();
  add_container_dunders<&T::frozenset>();
  add_container_dunders<&T::range>();
}

}  // namespace py
