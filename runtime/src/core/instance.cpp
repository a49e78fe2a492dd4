// Attribute access: the descriptor protocol (property, functions becoming
// bound methods, classmethod, staticmethod), instance dicts, __getattr__ and
// __setattr__ overrides, and the objects behind `object`, `property`,
// `classmethod`, `staticmethod` and `super`.
#include <fmt/format.h>

#include "core/core.h"
#include "core/gc.h"

namespace py {

InstanceObj::~InstanceObj() {
  if (dict) decref(dict);
}

void InstanceObj::gc_clear() {
  if (DictObj* d = std::exchange(dict, nullptr)) decref(d);
}

StrObj* as_attr_name(const Value& name, const char* who) {
  if (!is_str(name)) {
    // (a str subclass's instance names the attribute its text names)
    if (isinstance_of(name, T::str)) return intern(sv(name));
    raise(E::TypeError, fmt::format("{}attribute name must be string, not '{}'", who, type_name(name)));
  }
  return name.as<StrObj>();
}

[[noreturn]] void raise_attribute_error(const Value& obj, StrObj* name) {
  TypeObj* t = type_of(obj);
  if (t == T::module) {
    raise(E::AttributeError,
          fmt::format("module '{}' has no attribute '{}'", obj.as<ModuleObj>()->name, name->s));
  }
  if (is_subtype(t, T::type))
    raise(E::AttributeError, fmt::format("type object '{}' has no attribute '{}'", obj.as<TypeObj>()->name, name->s));
  raise(E::AttributeError, fmt::format("'{}' object has no attribute '{}'", t->name, name->s));
}

static bool is_data_descriptor(const Value& d) {
  if (!d.is_obj()) return false;
  TypeObj* dt = d.obj()->type;
  if (dt == T::property || dt == T::getset_descriptor || dt->descr_set) return true;
  if (dt->is_builtin) return false;
  return type_lookup(dt, N::__set__).is_bound() || type_lookup(dt, N::__delete__).is_bound();
}

Value make_bound_method(const Value& func, const Value& self) {
  auto* m = new MethodObj();
  m->func = func;
  m->self = self;
  return Value::steal(m);
}

Value make_bound_builtin(BuiltinFuncObj* f, const Value& self) {
  auto* b = new BuiltinFuncObj();
  b->name = f->name;
  b->fn = f->fn;
  b->owner = f->owner;
  b->self = self;
  gc::track(b);
  return Value::steal(b);
}

Value bind_descriptor(const Value& descr, const Value& obj, TypeObj* owner) {
  if (!descr.is_obj()) return descr;
  TypeObj* dt = descr.obj()->type;
  if (dt == T::function) return obj.is_bound() ? make_bound_method(descr, obj) : descr;
  if (dt == T::builtin_function) {
    auto* f = descr.as<BuiltinFuncObj>();
    if (obj.is_bound() && f->self.is_unbound() && f->owner) {
      // A method descriptor checks its instance when it binds, as CPython's
      // descr_check: a class may hold another type's method (`m = list.append`).
      if (!isinstance_of(obj, f->owner))
        raise(E::TypeError, fmt::format("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", f->name,
                                        f->owner->name, type_name(obj)));
      return make_bound_builtin(f, obj);
    }
    return descr;
  }
  if (dt == T::classmethod) {
    const Value& fn = descr.as<ClassMethodObj>()->func;
    TypeObj* cls = obj.is_bound() ? type_of(obj) : owner;
    if (type_of(fn) == T::builtin_function) {
      auto* f = fn.as<BuiltinFuncObj>();
      auto* b = new BuiltinFuncObj();
      b->name = f->name;
      b->fn = f->fn;
      b->self = Value::borrow(cls);
      return Value::steal(b);
    }
    return make_bound_method(fn, Value::borrow(cls));
  }
  if (dt == T::staticmethod) return descr.as<StaticMethodObj>()->func;
  if (dt == T::property) {
    if (obj.is_unbound()) return descr;
    auto* p = descr.as<PropertyObj>();
    if (p->fget.is_unbound() || p->fget.is_none()) {
      if (p->name.is_bound() && is_str(p->name))
        raise(E::AttributeError, fmt::format("property '{}' of '{}' object has no getter", sv(p->name), type_name(obj)));
      raise(E::AttributeError, "unreadable attribute");
    }
    return call(p->fget, &obj, 1);
  }
  if (dt == T::getset_descriptor) {
    if (obj.is_unbound()) return descr;
    return descr.as<GetSetObj>()->get(obj);
  }
  if (dt->descr_get) return dt->descr_get(descr, obj, owner);
  if (!dt->is_builtin) {
    Value get = type_lookup(dt, N::__get__);
    if (get.is_bound()) {
      Value args[3] = {descr, obj.is_bound() ? obj : Value::none(), Value::borrow(owner)};
      return call(get, args, 3);
    }
  }
  return descr;
}

Value generic_getattr(const Value& obj, StrObj* name, bool raise_missing) {
  TypeObj* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (descr.is_bound() && is_data_descriptor(descr)) return bind_descriptor(descr, obj, t);
  if (obj.is_obj() && instance_has_dict(t)) {
    if (DictObj* d = instance_dict(obj))
      if (Value* v = dict_find_str(d, name)) return *v;
  }
  if (descr.is_bound()) return bind_descriptor(descr, obj, t);
  if (!raise_missing) return Value();
  raise_attribute_error(obj, name);
}

static Value getattr_full(const Value& obj, StrObj* name, bool raise_missing) {
  TypeObj* t = type_of(obj);
  if (t->getattr) {
    Value r = t->getattr(obj, name);
    if (r.is_bound() || !raise_missing) return r;
    raise_attribute_error(obj, name);
  }
  if (!is_class(t)) return generic_getattr(obj, name, raise_missing);
  // A class: __getattribute__ (rarely overridden), then __getattr__ when
  // that finds nothing or raises AttributeError.
  uint32_t flags = type_flags(t);
  if (!(flags & (TF_GETATTRIBUTE | TF_GETATTR))) [[likely]]
    return generic_getattr(obj, name, raise_missing);
  Value r;
  try {
    if (flags & TF_GETATTRIBUTE) {
      Value getattribute = type_lookup(t, N::__getattribute__);
      Value n = Value::borrow(name);
      r = call_function(getattribute.as<FuncObj>(), &obj, &n, 1, nullptr);
    } else {
      r = generic_getattr(obj, name, false);
    }
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::AttributeError)) throw;
    Value hook = type_lookup(t, N::__getattr__);
    if (hook.is_unbound()) throw;
    Value n = Value::borrow(name);
    return call_with_self(hook, obj, &n, 1);
  }
  if (r.is_bound()) return r;
  Value hook = type_lookup(t, N::__getattr__);
  if (hook.is_bound()) {
    Value n = Value::borrow(name);
    return call_with_self(hook, obj, &n, 1);
  }
  if (!raise_missing) return r;
  raise_attribute_error(obj, name);
}

Value getattr(const Value& obj, const Value& name) { return getattr_full(obj, as_attr_name(name, ""), true); }

// getattr(obj, name, default) / hasattr: AttributeError means "missing".
Value getattr_or_unbound(const Value& obj, StrObj* name) {
  try {
    return getattr_full(obj, name, false);
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::AttributeError)) throw;
    return Value();
  }
}

void generic_setattr(const Value& obj, StrObj* name, const Value& value) {
  TypeObj* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (descr.is_obj()) {
    TypeObj* dt = descr.obj()->type;
    if (dt == T::property) {
      auto* p = descr.as<PropertyObj>();
      const Value& fn = value.is_unbound() ? p->fdel : p->fset;
      if (fn.is_unbound() || fn.is_none()) {
        const char* what = value.is_unbound() ? "deleter" : "setter";
        if (p->name.is_bound() && is_str(p->name))
          raise(E::AttributeError,
                fmt::format("property '{}' of '{}' object has no {}", sv(p->name), t->name, what));
        raise(E::AttributeError, value.is_unbound() ? "can't delete attribute" : "can't set attribute");
      }
      if (value.is_unbound())
        call(fn, &obj, 1);
      else
        call(fn, {obj, value});
      return;
    }
    if (dt == T::getset_descriptor) {
      auto* g = descr.as<GetSetObj>();
      if (!g->set)
        raise(E::AttributeError, fmt::format("attribute '{}' of '{}' objects is not writable", g->name, g->owner->name));
      g->set(obj, value);
      return;
    }
    if (dt->descr_set) {
      dt->descr_set(descr, obj, value);
      return;
    }
    if (!dt->is_builtin) {
      Value hook = type_lookup(dt, value.is_unbound() ? N::__delete__ : N::__set__);
      if (hook.is_bound()) {
        if (value.is_unbound())
          call(hook, {descr, obj});
        else
          call(hook, {descr, obj, value});
        return;
      }
    }
  }
  if (!obj.is_obj() || !instance_has_dict(t)) {
    if (descr.is_bound())  // a method of the type, and no instance dict to shadow it
      raise(E::AttributeError, fmt::format("'{}' object attribute '{}' is read-only", t->name, name->s));
    raise_attribute_error(obj, name);
  }
  DictObj*& dict = instance_dict(obj);
  if (value.is_unbound()) {
    if (!dict || !dict_del(dict, Value::borrow(name))) raise_attribute_error(obj, name);
    return;
  }
  if (!dict) dict = new DictObj();
  dict_set(dict, Value::borrow(name), value);
}

void generic_delattr(const Value& obj, StrObj* name) { generic_setattr(obj, name, Value()); }

void setattr(const Value& obj, const Value& name_v, const Value& value) {
  StrObj* name = as_attr_name(name_v, "");
  TypeObj* t = type_of(obj);
  if (t->setattr) {
    if (t->setattr(obj, name, value)) return;
    raise_attribute_error(obj, name);
  }
  if (is_class(t) && (type_flags(t) & (value.is_unbound() ? TF_DELATTR : TF_SETATTR))) {
    Value hook = type_lookup(t, value.is_unbound() ? N::__delattr__ : N::__setattr__);
    {
      if (value.is_unbound())
        call_with_self(hook, obj, &name_v, 1);
      else {
        Value args[2] = {name_v, value};
        call_with_self(hook, obj, args, 2);
      }
      return;
    }
  }
  generic_setattr(obj, name, value);
}

void delattr(const Value& obj, const Value& name) { setattr(obj, name, Value()); }

// ------------------------------------------------------------ object's methods

Object *object_new_fn, *object_init_fn, *object_eq_fn, *object_ne_fn, *object_hash_fn, *object_str_fn,
    *object_repr_fn, *object_format_fn, *object_setattr_fn, *object_delattr_fn, *object_init_subclass_fn,
    *exception_new_fn, *exception_init_fn;

static Value object_new(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs == 0) raise(E::TypeError, "object.__new__(): not enough arguments");
  if (!is_type(args[0]))
    raise(E::TypeError, fmt::format("object.__new__(X): X is not a type object ({})", type_name(args[0])));
  auto* type = args[0].as<TypeObj>();
  if (nargs > 1 || kwcount(kwnames)) {
    if (overrides(type_lookup(type, N::__new__), object_new_fn))
      raise(E::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (!overrides(type_lookup(type, N::__init__), object_init_fn))
      raise(E::TypeError, fmt::format("{}() takes no arguments", type->name));
  }
  if (type->layout == Layout::Exception) return new_exception(type, args + 1, nargs - 1);
  return new_instance(type);
}

static Value object_init(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs > 1 || kwcount(kwnames)) {
    TypeObj* type = type_of(args[0]);
    if (overrides(type_lookup(type, N::__init__), object_init_fn))
      raise(E::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (!overrides(type_lookup(type, N::__new__), object_new_fn))
      raise(E::TypeError, fmt::format("{}() takes no arguments", type->name));
  }
  return Value::none();
}

static Value object_eq(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__eq__", nargs, kwnames, 2, 2);
  return args[0].same(args[1]) ? Value::from_bool(true) : not_implemented();
}
static Value object_ne(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__ne__", nargs, kwnames, 2, 2);
  Value r = type_richcompare(args[0], args[1], CMP_EQ);
  if (r.same(not_implemented())) return r;
  return Value::from_bool(!truthy(r));
}
static Value object_hash(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__hash__", nargs, kwnames, 1, 1);
  return Value::from_int(identity_hash(args[0]));
}
static Value object_str(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__str__", nargs, kwnames, 1, 1);
  return repr(args[0]);
}
static Value object_repr(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__repr__", nargs, kwnames, 1, 1);
  return make_str(default_repr(args[0]));
}
static Value object_format(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__format__", nargs, kwnames, 2, 2);
  if (!is_str_instance(args[1]))
    raise(E::TypeError, fmt::format("__format__() argument must be str, not {}", type_name(args[1])));
  if (!sv(args[1]).empty())
    raise(E::TypeError, fmt::format("unsupported format string passed to {}.__format__", type_name(args[0])));
  return str(args[0]);
}
static Value object_setattr(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__setattr__", nargs, kwnames, 3, 3);
  generic_setattr(args[0], as_attr_name(args[1], ""), args[2]);
  return Value::none();
}
static Value object_delattr(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__delattr__", nargs, kwnames, 2, 2);
  generic_delattr(args[0], as_attr_name(args[1], ""));
  return Value::none();
}
static Value object_getattribute(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__getattribute__", nargs, kwnames, 2, 2);
  return generic_getattr(args[0], as_attr_name(args[1], ""), true);
}
static Value object_init_subclass(const Value* args, size_t nargs, TupleObj* kwnames) {
  (void)args;
  if (nargs > 1 || kwcount(kwnames)) raise(E::TypeError, "object.__init_subclass__() takes no keyword arguments");
  return Value::none();
}
static Value object_dir_stub(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__dir__", nargs, kwnames, 1, 1);
  std::vector<Value> names;
  TypeObj* t = type_of(args[0]);
  if (args[0].is_obj() && instance_has_dict(t))
    if (DictObj* d = instance_dict(args[0]))
      for (auto& e : d->entries)
        if (e.key.is_bound()) names.push_back(e.key);
  for (TypeObj* m : t->mro)
    for (auto& e : m->dict->entries)
      if (e.key.is_bound()) names.push_back(e.key);
  return make_list(std::move(names));
}

static Value oget_class(const Value& self) { return Value::borrow(type_of(self)); }
static Value oget_dict(const Value& self) {
  TypeObj* t = type_of(self);
  if (!self.is_obj() || !instance_has_dict(t)) raise_attribute_error(self, N::__dict__);
  DictObj*& dict = instance_dict(self);
  if (!dict) dict = new DictObj();
  return Value::borrow(dict);
}
static void oset_dict(const Value& self, const Value& v) {
  TypeObj* t = type_of(self);
  if (!self.is_obj() || !instance_has_dict(t)) raise_attribute_error(self, N::__dict__);
  if (!isinstance_of(v, T::dict))
    raise(E::TypeError, fmt::format("__dict__ must be set to a dictionary, not a '{}'", type_name(v)));
  DictObj*& dict = instance_dict(self);
  incref(v.obj());
  if (dict) decref(dict);
  dict = v.as<DictObj>();
}

static Object* method_object(TypeObj* t, const char* name) {
  // The object as stored in the dict (a staticmethod wrapper for __new__):
  // what type_lookup returns, so identity tells "not overridden".
  return dict_find_str(t->dict, intern(name))->obj();
}

// ------------------------------------------------------------ property & co

static Value property_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kwnames) {
  auto* p = new PropertyObj();
  Value result = Value::steal(p);
  Value* slots[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
  if (nargs > 4) raise(E::TypeError, fmt::format("property() takes at most 4 arguments ({} given)", nargs));
  for (size_t i = 0; i < nargs; ++i) *slots[i] = args[i];
  static const char* names[4] = {"fget", "fset", "fdel", "doc"};
  for (size_t k = 0; k < kwcount(kwnames); ++k) {
    std::string_view kn = sv(kwnames->items[k]);
    bool found = false;
    for (int i = 0; i < 4; ++i)
      if (kn == names[i]) {
        *slots[i] = args[nargs + k];
        found = true;
      }
    if (!found) raise(E::TypeError, fmt::format("property() got an unexpected keyword argument '{}'", kn));
  }
  for (Value* s : slots)
    if (s->is_unbound()) *s = Value::none();
  if (p->doc.is_none() && p->fget.is_obj() && p->fget.obj()->type == T::function)
    p->doc = p->fget.as<FuncObj>()->doc;
  return result;
}

static Value property_copy_with(const Value& self, int which, const Value& fn) {
  auto* old = self.as<PropertyObj>();
  auto* p = new PropertyObj();
  p->fget = old->fget;
  p->fset = old->fset;
  p->fdel = old->fdel;
  p->doc = old->doc;
  p->name = old->name;
  (which == 0 ? p->fget : which == 1 ? p->fset : p->fdel) = fn;
  return Value::steal(p);
}
static Value property_getter(const Value* a, size_t n, TupleObj* k) {
  check_args("getter", n, k, 2, 2);
  return property_copy_with(a[0], 0, a[1]);
}
static Value property_setter(const Value* a, size_t n, TupleObj* k) {
  check_args("setter", n, k, 2, 2);
  return property_copy_with(a[0], 1, a[1]);
}
static Value property_deleter(const Value* a, size_t n, TupleObj* k) {
  check_args("deleter", n, k, 2, 2);
  return property_copy_with(a[0], 2, a[1]);
}
static Value property_get_dunder(const Value* a, size_t n, TupleObj* k) {
  check_args("__get__", n, k, 2, 3);
  if (a[1].is_none()) return a[0];
  return bind_descriptor(a[0], a[1], type_of(a[1]));
}
static Value pget_fget(const Value& s) { return s.as<PropertyObj>()->fget; }
static Value pget_fset(const Value& s) { return s.as<PropertyObj>()->fset; }
static Value pget_fdel(const Value& s) { return s.as<PropertyObj>()->fdel; }
static Value pget_doc(const Value& s) { return s.as<PropertyObj>()->doc; }

static Value classmethod_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, "classmethod() takes no keyword arguments");
  if (nargs != 1) raise(E::TypeError, fmt::format("classmethod expected 1 argument, got {}", nargs));
  auto* c = new ClassMethodObj();
  c->func = args[0];
  return Value::steal(c);
}
static Value staticmethod_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, "staticmethod() takes no keyword arguments");
  if (nargs != 1) raise(E::TypeError, fmt::format("staticmethod expected 1 argument, got {}", nargs));
  auto* s = new StaticMethodObj();
  s->func = args[0];
  return Value::steal(s);
}
static Value cmget_func(const Value& s) { return s.as<ClassMethodObj>()->func; }
static Value smget_func(const Value& s) { return s.as<StaticMethodObj>()->func; }
static Value staticmethod_call(const Value& callee, const Value* args, size_t nargs, TupleObj* kwnames) {
  return call(callee.as<StaticMethodObj>()->func, args, nargs, kwnames);
}
static Value wrapper_getattr(const Value& self, StrObj* name) {
  // classmethod/staticmethod expose the wrapped function's attributes (__name__, __doc__, ...).
  Value r = generic_getattr(self, name, false);
  if (r.is_bound()) return r;
  const Value& fn = self.obj()->type == T::classmethod ? self.as<ClassMethodObj>()->func
                                                        : self.as<StaticMethodObj>()->func;
  if (name == N::__wrapped__) return fn;
  try {
    return getattr(fn, Value::borrow(name));
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::AttributeError)) throw;
    return Value();
  }
}

// ------------------------------------------------------------ super

static TypeObj* super_check(TypeObj* type, const Value& obj) {
  if (is_type(obj) && is_subtype(obj.as<TypeObj>(), type)) return obj.as<TypeObj>();
  TypeObj* t = type_of(obj);
  if (is_subtype(t, type)) return t;
  raise(E::TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

static Value new_super(TypeObj* type, const Value& obj) {
  auto* s = new SuperObj();
  s->start = type;
  s->obj = obj;
  s->obj_type = super_check(type, obj);
  return Value::steal(s);
}

Value make_super(const Value& class_cell, const Value& first_arg) {
  if (class_cell.is_unbound() || !class_cell.is_obj() || class_cell.as<CellObj>()->value.is_unbound())
    raise(E::RuntimeError, "super(): empty __class__ cell");
  const Value& cls = class_cell.as<CellObj>()->value;
  if (!is_type(cls)) raise(E::RuntimeError, "super(): __class__ is not a type (" + type_name(cls) + ")");
  if (first_arg.is_unbound()) raise(E::RuntimeError, "super(): no arguments");
  return new_super(cls.as<TypeObj>(), first_arg);
}

static Value super_tp_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, "super() takes no keyword arguments");
  if (nargs == 0) raise(E::RuntimeError, "super(): no arguments");
  if (!is_type(args[0]))
    raise(E::TypeError, fmt::format("super() argument 1 must be a type, not {}", type_name(args[0])));
  if (nargs == 1) raise(E::TypeError, "pyco2cpp: unbound super objects are not supported");
  if (nargs > 2) raise(E::TypeError, fmt::format("super() takes at most 2 arguments ({} given)", nargs));
  return new_super(args[0].as<TypeObj>(), args[1]);
}

static Value super_getattr(const Value& self, StrObj* name) {
  auto* s = self.as<SuperObj>();
  if (name != N::__class__) {
    auto& mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != s->start) ++i;
    for (++i; i < mro.size(); ++i) {
      if (Value* v = dict_find_str(mro[i]->dict, name)) {
        // An instance binds methods to itself; a class (classmethod's cls) gets plain functions.
        bool obj_is_class = s->obj.is_obj() && s->obj_type == s->obj.obj();
        if (obj_is_class && v->is_obj() && v->obj()->type == T::classmethod) {
          const Value& fn = v->as<ClassMethodObj>()->func;
          if (type_of(fn) == T::builtin_function) {
            auto* b = new BuiltinFuncObj();
            b->name = fn.as<BuiltinFuncObj>()->name;
            b->fn = fn.as<BuiltinFuncObj>()->fn;
            b->self = s->obj;
            return Value::steal(b);
          }
          return make_bound_method(fn, s->obj);
        }
        return bind_descriptor(*v, obj_is_class ? Value() : s->obj, s->obj_type);
      }
    }
  }
  return generic_getattr(self, name, false);
}

static Value super_repr(const Value& self) {
  auto* s = self.as<SuperObj>();
  return make_str(fmt::format("<super: <class '{}'>, <{} object>>", s->start->name, s->obj_type->name));
}

// ------------------------------------------------------------ init

void init_type_type();
void init_function_types();
void init_builtin_singletons();

void init_object_methods() {
  TypeObj* o = T::object;
  add_staticmethod(o, "__new__", object_new);
  add_method(o, "__init__", object_init);
  add_method(o, "__eq__", object_eq);
  add_method(o, "__ne__", object_ne);
  add_method(o, "__hash__", object_hash);
  add_method(o, "__str__", object_str);
  add_method(o, "__repr__", object_repr);
  add_method(o, "__format__", object_format);
  add_method(o, "__setattr__", object_setattr);
  add_method(o, "__delattr__", object_delattr);
  add_method(o, "__getattribute__", object_getattribute);
  add_method(o, "__dir__", object_dir_stub);
  add_classmethod(o, "__init_subclass__", object_init_subclass);
  add_getset(o, "__class__", oget_class, nullptr);
  add_getset(o, "__dict__", oget_dict, oset_dict);
  object_new_fn = method_object(o, "__new__");
  object_init_fn = method_object(o, "__init__");
  object_eq_fn = method_object(o, "__eq__");
  object_ne_fn = method_object(o, "__ne__");
  object_hash_fn = method_object(o, "__hash__");
  object_str_fn = method_object(o, "__str__");
  object_repr_fn = method_object(o, "__repr__");
  object_format_fn = method_object(o, "__format__");
  object_setattr_fn = method_object(o, "__setattr__");
  object_delattr_fn = method_object(o, "__delattr__");
  object_init_subclass_fn = dict_find_str(o->dict, N::__init_subclass__)->obj();

  TypeObj* p = T::property;
  p->tp_new = property_new;
  add_method(p, "getter", property_getter);
  add_method(p, "setter", property_setter);
  add_method(p, "deleter", property_deleter);
  add_method(p, "__get__", property_get_dunder);
  add_getter(p, "fget", pget_fget);
  add_getter(p, "fset", pget_fset);
  add_getter(p, "fdel", pget_fdel);
  add_getter(p, "__doc__", pget_doc);

  T::classmethod->tp_new = classmethod_new;
  T::classmethod->getattr = wrapper_getattr;
  add_getter(T::classmethod, "__func__", cmget_func);
  T::staticmethod->tp_new = staticmethod_new;
  T::staticmethod->getattr = wrapper_getattr;
  T::staticmethod->call = staticmethod_call;
  add_getter(T::staticmethod, "__func__", smget_func);

  T::super->tp_new = super_tp_new;
  T::super->getattr = super_getattr;
  T::super->repr = super_repr;

  init_type_type();
  init_function_types();
  init_builtin_singletons();
}

}  // namespace py
