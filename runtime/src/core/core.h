// Private to the "core" layer of the runtime: the object structs it alone
// creates, the interned names it dispatches on, and helpers shared between
// its files. machines/generator.cpp includes it too (a generator saves and
// restores the handled exception and records tracebacks as core does);
// other layers use internal.h.
#pragma once

#include <string>
#include <string_view>

#include "core/internal.h"

namespace py {

// Descriptor objects. Tracked by the collector: a class's dict holds them,
// and what they wrap may hold the class (a method's __class__ cell).
struct PropertyObj : Object {
  Value fget, fset, fdel, doc;
  Value name;  // set by __set_name__ (for "property 'x' of 'A' object has no setter")
  PropertyObj() : Object(T::property) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(fget), visit(fset), visit(fdel), visit(doc), visit(name); }
  void gc_clear() override { fget.clear(), fset.clear(), fdel.clear(), doc.clear(), name.clear(); }
};
struct ClassMethodObj : Object {
  Value func;
  ClassMethodObj() : Object(T::classmethod) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(func); }
  void gc_clear() override { func.clear(); }
};
struct StaticMethodObj : Object {
  Value func;
  StaticMethodObj() : Object(T::staticmethod) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(func); }
  void gc_clear() override { func.clear(); }
};
// start and obj_type are held through obj: obj_type is obj or its class,
// and start is in obj_type's MRO.
struct SuperObj : Object {
  TypeObj* start;      // lookups begin after this class in obj_type's MRO
  Value obj;           // the instance (or class, in a classmethod)
  TypeObj* obj_type;   // whose MRO is walked
  SuperObj() : Object(T::super) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(obj); }
  // (a cleared super object is garbage: nothing reads it again)
  void gc_clear() override { obj.clear(); }
};
// A native attribute computed from self (CPython's getset_descriptor).
struct GetSetObj : Object {
  const char* name;
  TypeObj* owner;
  Value (*get)(const Value& self);
  void (*set)(const Value& self, const Value& value);  // null: read-only
  GetSetObj();
};
// iter() over an object that only has __getitem__.
struct SeqIterObj : Object {
  Value seq;
  int64_t index = 0;
  SeqIterObj();
};

namespace T {
extern TypeObj *getset_descriptor, *seq_iterator, *traceback;
}

// Interned names the core dispatches on (filled by init_core_types).
#define PYRT_CORE_NAMES(X)                                                                       \
  X(__init__) X(__new__) X(__call__) X(__getattr__) X(__getattribute__) X(__setattr__)            \
  X(__delattr__) X(__str__) X(__repr__) X(__format__) X(__hash__) X(__eq__) X(__ne__) X(__lt__)  \
  X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) X(__iter__) X(__next__) X(__getitem__)    \
  X(__setitem__) X(__delitem__) X(__contains__) X(__enter__) X(__exit__) X(__del__) X(__get__)   \
  X(__set__) X(__delete__) X(__set_name__) X(__init_subclass__) X(__class_getitem__)             \
  X(__module__) X(__qualname__) X(__name__) X(__doc__) X(__dict__) X(__class__) X(__index__)     \
  X(__neg__) X(__pos__) X(__invert__) X(__wrapped__) X(__self__) X(__main__)         \
  X(__builtins__) X(__mro__) X(__bases__) X(__base__) X(__cause__) X(__context__)                \
  X(__suppress_context__) X(__traceback__) X(__defaults__) X(__kwdefaults__) X(__code__)         \
  X(__closure__) X(__file__) X(__all__) X(__isabstractmethod__) X(write) X(flush) X(args)        \
  X(value) X(code) X(getter) X(setter) X(deleter) X(fget) X(fset) X(fdel) X(with_traceback)

namespace N {
#define PYRT_DECLARE_NAME(n) extern StrObj* n;
PYRT_CORE_NAMES(PYRT_DECLARE_NAME)
#undef PYRT_DECLARE_NAME
extern StrObj* func_;  // "__func__" (the name itself is reserved in C++)
}  // namespace N

inline Value V(StrObj* s) { return Value::borrow(s); }
inline bool is_str(const Value& v) { return v.is_obj() && v.obj()->type == T::str; }
// A str or a str subclass's instance (CPython's PyUnicode_Check).
inline bool is_str_instance(const Value& v) {
  return v.is_obj() && (v.obj()->type == T::str || is_subtype(v.obj()->type, T::str));
}
inline bool is_type(const Value& v) { return v.is_obj() && is_subtype(v.obj()->type, T::type); }
inline bool is_exception_instance(const Value& v) {
  return v.is_obj() && v.obj()->type->layout == Layout::Exception;
}
inline bool is_class(const TypeObj* t) { return !t->is_builtin; }  // made by a class statement
// The dict pointer of an instance whose type instance_has_dict.
inline DictObj*& instance_dict(const Value& obj) {
  Layout l = obj.obj()->type->layout;
  if (l == Layout::Object || l == Layout::Exception || l == Layout::Number) [[likely]]
    return obj.as<InstanceObj>()->dict;
  return *obj.obj()->instance_dict_slot();
}

// Generation of every type's dict: bumped whenever a class attribute changes
// so the global attribute cache never serves a stale entry.
extern uint64_t type_epoch;
// A type's dict changed: new versions for it and every subclass.
void type_modified(TypeObj* t);
// True while runtime_init builds the builtin types: adding an attribute
// then bumps type_epoch (dropping every cached lookup) instead of walking
// all types for the subclasses to re-version.
extern bool building_types;
void register_type(TypeObj* t);  // every type, for type_modified's subclass walk
// Empties type_lookup's cache (the collector's first step: the values it
// holds would count as references from outside, keeping classes alive).
void clear_lookup_cache();
// Which attribute hooks a class defines (cached per type version).
enum : uint32_t { TF_GETATTRIBUTE = 1, TF_GETATTR = 2, TF_SETATTR = 4, TF_DELATTR = 8 };
uint32_t type_flags(TypeObj* t);
Value type_lookup_uncached(const TypeObj* type, StrObj* name);
// The default implementations in object's dict, to recognise "not overridden".
extern Object *object_new_fn, *object_init_fn, *object_eq_fn, *object_ne_fn, *object_hash_fn,
    *object_str_fn, *object_repr_fn, *object_format_fn, *object_setattr_fn, *object_delattr_fn,
    *object_init_subclass_fn, *exception_new_fn, *exception_init_fn;
// The builtin type whose slot the dunder `found` stands for (a class
// inheriting it from a builtin data type), or null: operators on the class
// call that slot directly, as CPython's slots of a heap type do.
inline TypeObj* slot_owner(const Value& found) {
  if (found.is_obj() && found.obj()->type == T::builtin_function) {
    auto* b = found.as<BuiltinFuncObj>();
    if (b->slot_wrapper) return b->owner;
  }
  return nullptr;
}
inline bool overrides(const Value& found, Object* default_fn) {
  return found.is_bound() && !(found.is_obj() && found.obj() == default_fn);
}

// Attribute machinery.
Value generic_getattr(const Value& obj, StrObj* name, bool raise_missing);
void generic_setattr(const Value& obj, StrObj* name, const Value& value);
void generic_delattr(const Value& obj, StrObj* name);
// Applies the descriptor protocol to a class attribute found for `obj`
// (obj Unbound: looked up on the class itself).
Value bind_descriptor(const Value& descr, const Value& obj, TypeObj* owner);
Value getattr_or_unbound(const Value& obj, StrObj* name);  // AttributeError -> Unbound
[[noreturn]] void raise_attribute_error(const Value& obj, StrObj* name);
StrObj* as_attr_name(const Value& name, const char* who);  // checks it is a str

// Calls.
Value call_function(FuncObj* f, const Value* self, const Value* args, size_t nargs, TupleObj* kwnames);
// Calls `f` with `self` prepended to the arguments (no allocation for short calls).
Value call_with_self(const Value& f, const Value& self, const Value* args, size_t nargs,
                     TupleObj* kwnames = nullptr);
Value type_call(TypeObj* type, const Value* args, size_t nargs, TupleObj* kwnames);
Value make_bound_method(const Value& func, const Value& self);
Value make_bound_builtin(BuiltinFuncObj* f, const Value& self);
inline size_t kwcount(TupleObj* kwnames) { return kwnames ? kwnames->items.size() : 0; }

// Classes.
Value compute_mro(TypeObj* type);  // fills type->mro (C3) or raises TypeError
Value new_instance(TypeObj* type);  // object.__new__(type) without argument checks

// Exceptions.
Value exception_str(const Value& exc);  // str(exc), never raising ("<exception str() failed>")
std::string exception_type_display_name(TypeObj* t);  // "ValueError", "__main__.MyError"
Value new_exception(TypeObj* type, const Value* args, size_t nargs);
void print_traceback_entries(const ExceptionObj* e, std::string& out);
void record_traceback(ExceptionObj* e, bool is_reraise);
// The program's body has ended and its globals are going (CPython's
// _Py_IsFinalizing): suspended greenlets are no longer killed.
extern bool runtime_finalizing;
// Raises, in the current fiber, an exception that left the frames of
// another one (a greenlet's run, raised again at its parent's switch): its
// traceback goes on below the current frame.
[[noreturn]] void raise_from_other_stack(const Value& exc);
// Drops the entries of frames above the one that caught `e`.
void trim_traceback_to_handler(ExceptionObj* e);
// What except* raises at its end: re-raised as it is (its traceback kept);
// a group made there has no entry for the frame (CPython's RERAISE adds
// none), only its callers'.
[[noreturn]] void raise_star_result(const Value& exc);
void init_exception_groups();  // split(), subgroup()
// exc.__context__ = the exception being handled now (as a raise sets it).
void chain_to_handled(const Value& exc);
extern Value handled_exception;  // sys.exc_info()[1]: None or the exception being handled
void run_del(Object* o);  // o.__del__() as a finaliser calls it (errors reported as unraisable); o alive

// Text.
std::string repr_string(const Value& v);
std::string str_string(const Value& v);
std::string default_repr(const Value& v);  // "<__main__.A object at 0x...>"
std::string address_string(const void* p);  // "0x7f..."

void init_exceptions();     // methods and attributes of BaseException & co
void init_object_methods();  // object's, type's, function's... methods
void init_core_names();
int64_t identity_hash(const Value& v);
Value type_richcompare(const Value& a, const Value& b, int op);  // type(a)'s comparison only

}  // namespace py
