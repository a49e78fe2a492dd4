// The one calling convention: dispatch on what is being called, method
// calls without making bound methods, f(*args, **kwargs), and argument
// checking for builtins.
#include <fmt/format.h>

#include <new>

#include "core/core.h"

namespace py {

namespace {
// args with one value in front, on the stack for short calls.
class PrependedArgs {
 public:
  [[gnu::always_inline]] PrependedArgs(const Value& first, const Value* args, size_t n) : n_(n + 1) {
    data_ = n_ <= kInline ? reinterpret_cast<Value*>(inline_) : static_cast<Value*>(::operator new(n_ * sizeof(Value)));
    new (&data_[0]) Value(first);
    for (size_t i = 0; i < n; ++i) new (&data_[i + 1]) Value(args[i]);
  }
  [[gnu::always_inline]] ~PrependedArgs() {
    for (size_t i = 0; i < n_; ++i) data_[i].~Value();
    if (n_ > kInline) ::operator delete(data_);
  }
  const Value* data() const { return data_; }

 private:
  static constexpr size_t kInline = 8;
  alignas(Value) unsigned char inline_[kInline * sizeof(Value)];
  Value* data_;
  size_t n_;
};

[[noreturn]] void raise_not_callable(const Value& f) {
  raise(E::TypeError, fmt::format("'{}' object is not callable", type_name(f)));
}

[[gnu::always_inline]] inline Value call_builtin(BuiltinFuncObj* b, const Value* args, size_t nargs, TupleObj* kwnames) {
  if (b->self.is_bound()) {
    PrependedArgs all(b->self, args, nargs + kwcount(kwnames));
    return b->fn(all.data(), nargs + 1, kwnames);
  }
  if (b->owner) [[unlikely]] {
    // An unbound method taken from the class: self must be an instance.
    if (nargs == 0)
      raise(E::TypeError, fmt::format("unbound method {}.{}() needs an argument", b->owner->name, b->name));
    if (type_of(args[0]) != b->owner && !isinstance_of(args[0], b->owner))
      raise(E::TypeError, fmt::format("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", b->name,
                                      b->owner->name, type_name(args[0])));
  }
  return b->fn(args, nargs, kwnames);
}
}  // namespace

Value call(const Value& f, const Value* args, size_t nargs, TupleObj* kwnames) {
  if (!f.is_obj()) raise_not_callable(f);
  TypeObj* t = f.obj()->type;
  if (t == T::function) return call_function(f.as<FuncObj>(), nullptr, args, nargs, kwnames);
  if (t == T::builtin_function) return call_builtin(f.as<BuiltinFuncObj>(), args, nargs, kwnames);
  if (t == T::method) {
    auto* m = f.as<MethodObj>();
    Value func = m->func, self = m->self;  // the call may drop the method object
    return call_with_self(func, self, args, nargs, kwnames);
  }
  if (is_subtype(t, T::type)) return type_call(f.as<TypeObj>(), args, nargs, kwnames);
  if (t->call) return t->call(f, args, nargs, kwnames);
  if (is_class(t)) {
    Value dunder = type_lookup(t, N::__call__);
    if (dunder.is_bound()) return call_with_self(dunder, f, args, nargs, kwnames);
  }
  raise_not_callable(f);
}

Value call_with_self(const Value& f, const Value& self, const Value* args, size_t nargs, TupleObj* kwnames) {
  if (f.is_obj()) {
    TypeObj* t = f.obj()->type;
    if (t == T::function) return call_function(f.as<FuncObj>(), &self, args, nargs, kwnames);
    if (t == T::builtin_function && f.as<BuiltinFuncObj>()->self.is_unbound()) {
      auto* b = f.as<BuiltinFuncObj>();
      PrependedArgs all(self, args, nargs + kwcount(kwnames));
      return call_builtin(b, all.data(), nargs + 1, kwnames);
    }
  }
  PrependedArgs all(self, args, nargs + kwcount(kwnames));
  return call(f, all.data(), nargs + 1, kwnames);
}

namespace {
// The type's half of plain_method_of's answer, for the last type and name
// asked about: a loop calling one method (a greenlet's switch, both ways
// of a round trip) asks again and again. Kept while the type's version and
// the epoch stay, its dicts unchanged, which hold the descriptor meanwhile.
struct LastMethod {
  const TypeObj* type = nullptr;
  StrObj* name = nullptr;
  uint64_t epoch = 0, version = 0;
  Object* descr = nullptr;  // null: not a plain method
};
LastMethod last_method;

[[gnu::noinline]] Object* plain_method_of_type(TypeObj* t, StrObj* name) {
  Value found = type_lookup(t, name);
  Object* descr = nullptr;
  if (found.is_obj()) {
    TypeObj* dt = found.obj()->type;
    bool plain_method = dt == T::function || (dt == T::builtin_function && found.as<BuiltinFuncObj>()->owner);
    if (plain_method && !(is_class(t) && (type_flags(t) & TF_GETATTRIBUTE)))  // (a custom one decides)
      descr = found.obj();
  }
  // Only a versioned type and an interned (immortal) name: a freed name's
  // address could be reused by another string.
  if (t->version && name->refcnt >= kImmortal / 2) last_method = {t, name, type_epoch, t->version, descr};
  return descr;
}
}  // namespace

// The function or method descriptor `obj.name` would bind `obj` to, when
// calling it with obj prepended is the same as calling the bound method
// (no __getattr__/__getattribute__ and no instance attribute in the way);
// otherwise null. Held by the type's dict.
[[gnu::always_inline]] static inline Object* plain_method_of(const Value& obj, StrObj* name) {
  TypeObj* t = type_of(obj);
  if (t->getattr) return nullptr;
  const LastMethod& last = last_method;
  Object* descr = last.type == t && last.name == name && last.version == t->version && last.epoch == type_epoch
                      ? last.descr
                      : plain_method_of_type(t, name);
  if (!descr) return nullptr;
  // An instance attribute of the same name would shadow the method.
  if (obj.is_obj() && instance_has_dict(t)) {
    DictObj* d = instance_dict(obj);
    if (d && dict_find_str(d, name)) return nullptr;
  }
  return descr;
}

[[gnu::always_inline]] static inline Value call_plain_method(const Value& descr, const Value& self, const Value* args, size_t nargs,
                               TupleObj* kwnames) {
  if (descr.obj()->type == T::function) return call_function(descr.as<FuncObj>(), &self, args, nargs, kwnames);
  // (call_builtin checks self against the method's owner: a class may
  // hold another type's method, `m = list.append`.)
  PrependedArgs all(self, args, nargs + kwcount(kwnames));
  return call_builtin(descr.as<BuiltinFuncObj>(), all.data(), nargs + 1, kwnames);
}

Value call_method(const Value& obj, const Value& name_v, const Value* args, size_t nargs, TupleObj* kwnames) {
  if (Object* descr = plain_method_of(obj, name_v.as<StrObj>())) {
    Value held = Value::borrow(descr);  // (the call may take it out of the class)
    return call_plain_method(held, obj, args, nargs, kwnames);
  }
  Value bound = getattr(obj, name_v);
  return call(bound, args, nargs, kwnames);
}

MethodRef load_method(const Value& obj, const Value& name) {
  MethodRef m;
  if (Object* descr = plain_method_of(obj, name.as<StrObj>())) {
    m.callable = Value::borrow(descr);
    m.self = obj;
  } else {
    m.callable = getattr(obj, name);
  }
  return m;
}

Value call_loaded_method_drop(MethodRef& m, Value* args, size_t nargs, TupleObj* kwnames, size_t total) {
  Value result = m.self.is_bound() ? call_plain_method(m.callable, m.self, args, nargs, kwnames)
                                   : call(m.callable, args, nargs, kwnames);
  for (size_t i = 0; i < total; ++i) args[i].clear();
  m = MethodRef();
  return result;
}

// How CPython names a callable in messages: "__main__.f()", "print()".
static std::string function_str(const Value& f) {
  Value qualname = getattr_or_unbound(f, N::__qualname__);
  if (qualname.is_unbound() || !is_str(qualname)) return str_string(f);
  Value module = getattr_or_unbound(f, N::__module__);
  if (module.is_bound() && is_str(module) && sv(module) != "builtins")
    return std::string(sv(module)) + "." + std::string(sv(qualname)) + "()";
  return std::string(sv(qualname)) + "()";
}

Value call_ex(const Value& f, const Value& args, const Value& kwargs) {
  std::vector<Value> all;
  if (args.is_bound()) {
    if (type_of(args) == T::tuple || type_of(args) == T::list) {
      auto& items = type_of(args) == T::tuple ? args.as<TupleObj>()->items : args.as<ListObj>()->items;
      all = items;
    } else {
      Value it;
      try {
        it = iter(args);
      } catch (PyError& e) {
        if (!isinstance_of(e.exc, E::TypeError) || type_lookup(type_of(args), N::__iter__).is_bound()) throw;
        raise(E::TypeError, fmt::format("{} argument after * must be an iterable, not {}", function_str(f),
                                        type_name(args)));
      }
      Value item;
      while (next(it, item)) all.push_back(item);
    }
  }
  size_t nargs = all.size();
  Value kwnames_v;
  if (kwargs.is_bound() && !kwargs.is_none()) {
    if (type_of(kwargs) != T::dict)
      raise(E::TypeError,
            fmt::format("{} argument after ** must be a mapping, not {}", function_str(f), type_name(kwargs)));
    std::vector<Value> names;
    for (const auto& e : kwargs.as<DictObj>()->entries) {
      if (e.key.is_unbound()) continue;
      if (!is_str(e.key)) {
        if (!is_str_instance(e.key)) raise(E::TypeError, "keywords must be strings");
        names.push_back(Value::borrow(intern(sv(e.key))));  // (a str subclass's instance: the name it spells)
      } else {
        names.push_back(e.key);
      }
      all.push_back(e.value);
    }
    if (!names.empty()) kwnames_v = make_tuple(std::move(names));
  }
  return call(f, all.data(), nargs, kwnames_v.is_bound() ? kwnames_v.as<TupleObj>() : nullptr);
}

TupleObj* kwnames_const(std::initializer_list<const char*> names) {
  std::vector<Value> items;
  for (const char* n : names) items.push_back(Value::borrow(intern(n)));
  Value t = make_tuple(std::move(items));
  t.obj()->refcnt = kImmortal;
  return t.as<TupleObj>();
}

Value call_dunder(const Value& obj, StrObj* name, const Value* args, size_t nargs) {
  Value f = type_lookup(type_of(obj), name);
  if (f.is_unbound()) return f;
  if (f.is_obj() && f.obj()->type == T::function) return call_function(f.as<FuncObj>(), &obj, args, nargs, nullptr);
  return call_with_self(bind_descriptor(f, Value(), type_of(obj)), obj, args, nargs);
}

// ------------------------------------------------------------ builtin argument checks

void check_args(const char* fname, size_t nargs, TupleObj* kwnames, size_t min, size_t max) {
  if (kwcount(kwnames)) [[unlikely]]
    raise(E::TypeError, fmt::format("{}() takes no keyword arguments", fname));
  if (nargs >= min && nargs <= max) [[likely]]
    return;
  if (min == max && min == 1)
    raise(E::TypeError, fmt::format("{}() takes exactly one argument ({} given)", fname, nargs));
  if (min == max && min == 0) raise(E::TypeError, fmt::format("{}() takes no arguments ({} given)", fname, nargs));
  if (min == max)
    raise(E::TypeError, fmt::format("{} expected {} argument{}, got {}", fname, min, min == 1 ? "" : "s", nargs));
  if (nargs < min)
    raise(E::TypeError,
          fmt::format("{} expected at least {} argument{}, got {}", fname, min, min == 1 ? "" : "s", nargs));
  raise(E::TypeError, fmt::format("{} expected at most {} argument{}, got {}", fname, max, max == 1 ? "" : "s", nargs));
}

const Value* find_kwarg(const Value* args, size_t nargs, TupleObj* kwnames, const char* name) {
  if (!kwnames) return nullptr;
  std::string_view n(name);
  for (size_t k = 0; k < kwnames->items.size(); ++k)
    if (sv(kwnames->items[k]) == n) return &args[nargs + k];
  return nullptr;
}

}  // namespace py
