// The builtins about objects: print, isinstance, type, getattr & co, iter,
// next, len, id, hash, repr, callable, exit; and the builtins namespace.
#include <fmt/format.h>

#include <charconv>

#include "core/core.h"
#include "pyrt/machine.h"

namespace py {

// callable(v): what a call could call.
bool is_callable(const Value& v) {
  if (!v.is_obj()) return false;
  TypeObj* t = v.obj()->type;
  if (t == T::function || t == T::builtin_function || t == T::method || is_subtype(t, T::type) || t->call) return true;
  return is_class(t) && type_lookup(t, N::__call__).is_bound();
}

namespace {
DictObj* builtins_dict() {
  static DictObj* d = [] {
    auto* dict = new DictObj();
    dict->refcnt = kImmortal;
    return dict;
  }();
  return d;
}

void append_str_of(std::string& out, const Value& v) {
  switch (v.tag()) {
    case Tag::Int: {
      char buf[24];
      auto r = std::to_chars(buf, buf + sizeof buf, v.i());
      out.append(buf, r.ptr);
      return;
    }
    case Tag::None: out += "None"; return;
    case Tag::Bool: out += v.b() ? "True" : "False"; return;
    default: break;
  }
  if (is_str(v)) {
    out += sv(v);
    return;
  }
  Value s = str(v);
  out += sv(s);
}

Value builtin_print(const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value *sep = nullptr, *end = nullptr, *file = nullptr, *flush = nullptr;
  for (size_t k = 0; k < kwcount(kwnames); ++k) {
    std::string_view n = sv(kwnames->items[k]);
    const Value* v = &args[nargs + k];
    if (n == "sep") sep = v;
    else if (n == "end") end = v;
    else if (n == "file") file = v;
    else if (n == "flush") flush = v;
    else raise(E::TypeError, fmt::format("'{}' is an invalid keyword argument for print()", n));
  }
  if (sep && !sep->is_none() && !is_str_instance(*sep))
    raise(E::TypeError, fmt::format("sep must be None or a string, not {}", type_name(*sep)));
  if (end && !end->is_none() && !is_str_instance(*end))
    raise(E::TypeError, fmt::format("end must be None or a string, not {}", type_name(*end)));
  std::string out;
  for (size_t i = 0; i < nargs; ++i) {
    if (i) {
      if (sep && !sep->is_none()) out += sv(*sep);
      else out += ' ';
    }
    append_str_of(out, args[i]);
  }
  if (end && !end->is_none()) out += sv(*end);
  else out += '\n';
  if (!file || file->is_none()) {
    write_stdout(out);
    if (flush && truthy(*flush)) flush_stdout();
    return Value::none();
  }
  Value text = make_str(out);
  call_method(*file, V(N::write), &text, 1);
  if (flush && truthy(*flush)) call_method(*file, V(N::flush), nullptr, 0);
  return Value::none();
}

bool isinstance_check(const Value& obj, const Value& cls, const char* fname) {
  if (is_type(cls)) {
    auto* t = cls.as<TypeObj>();
    if (isinstance_of(obj, t)) return true;
    return false;
  }
  if (type_of(cls) == T::tuple) {
    for (const Value& c : cls.as<TupleObj>()->items)
      if (isinstance_check(obj, c, fname)) return true;
    return false;
  }
  raise(E::TypeError, fmt::format("{}() arg 2 must be a type, a tuple of types, or a union", fname));
}

Value builtin_isinstance(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("isinstance", nargs, kwnames, 2, 2);
  return Value::from_bool(isinstance_check(args[0], args[1], "isinstance"));
}

bool issubclass_check(TypeObj* t, const Value& cls) {
  if (is_type(cls)) return is_subtype(t, cls.as<TypeObj>());
  if (type_of(cls) == T::tuple) {
    for (const Value& c : cls.as<TupleObj>()->items)
      if (issubclass_check(t, c)) return true;
    return false;
  }
  raise(E::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

Value builtin_issubclass(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("issubclass", nargs, kwnames, 2, 2);
  if (!is_type(args[0])) raise(E::TypeError, "issubclass() arg 1 must be a class");
  return Value::from_bool(issubclass_check(args[0].as<TypeObj>(), args[1]));
}

Value builtin_id(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("id", nargs, kwnames, 1, 1);
  const Value& v = args[0];
  if (v.is_obj()) return Value::from_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.obj())));
  // Inline values have no address; derive a stable fake one per value.
  uint64_t x = static_cast<uint64_t>(v.i()) * 0x9E3779B97F4A7C15ull + static_cast<uint64_t>(v.tag());
  return Value::from_int(static_cast<int64_t>((x >> 20) << 4) & INT64_MAX);
}

Value builtin_hash(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("hash", nargs, kwnames, 1, 1);
  return Value::from_int(hash(args[0]));
}

Value builtin_repr(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("repr", nargs, kwnames, 1, 1);
  return repr(args[0]);
}


Value builtin_ascii(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("ascii", nargs, kwnames, 1, 1);
  return ascii(args[0]);
}

Value builtin_callable(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("callable", nargs, kwnames, 1, 1);
  return Value::from_bool(is_callable(args[0]));
}

// The attribute name argument: a str (a subclass's instance as the plain
// str of its text), else TypeError(message).
Value attr_name_arg(const Value& name, const std::string& message) {
  if (is_str(name)) return name;
  if (isinstance_of(name, T::str)) return Value::borrow(intern(sv(name)));
  raise(E::TypeError, message);
}

Value builtin_getattr(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("getattr", nargs, kwnames, 2, 3);
  Value name = attr_name_arg(args[1], "getattr(): attribute name must be string");
  if (nargs == 2) return getattr(args[0], name);
  Value v = getattr_or_unbound(args[0], name.as<StrObj>());
  return v.is_bound() ? v : args[2];
}

Value builtin_hasattr(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("hasattr", nargs, kwnames, 2, 2);
  Value name = attr_name_arg(args[1], "hasattr(): attribute name must be string");
  return Value::from_bool(getattr_or_unbound(args[0], name.as<StrObj>()).is_bound());
}

Value builtin_setattr(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("setattr", nargs, kwnames, 3, 3);
  Value name = attr_name_arg(args[1], fmt::format("attribute name must be string, not '{}'", type_name(args[1])));
  setattr(args[0], name, args[2]);
  return Value::none();
}

Value builtin_delattr(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("delattr", nargs, kwnames, 2, 2);
  Value name = attr_name_arg(args[1], fmt::format("attribute name must be string, not '{}'", type_name(args[1])));
  delattr(args[0], name);
  return Value::none();
}

// iter(callable, sentinel)
struct CallIterObj : Object {
  Value callable, sentinel;
  explicit CallIterObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(callable), visit(sentinel); }
  void gc_clear() override { callable.clear(), sentinel.clear(); }
};
TypeObj* callable_iterator_type;
bool call_iter_next(const Value& self, Value& out) {
  auto* it = self.as<CallIterObj>();
  if (it->callable.is_unbound()) return false;
  Value r;
  try {
    r = call(it->callable, nullptr, 0);
  } catch (PyError& e) {
    // CPython's callable_iterator takes a StopIteration from the callable as
    // its own end: it is not passed on, and the callable is not called again.
    if (!isinstance_of(e.exc, E::StopIteration)) throw;
    it->callable.clear();
    it->sentinel.clear();
    return false;
  }
  if (eq_bool(it->sentinel, r)) {  // CPython asks the sentinel first
    it->callable.clear();
    it->sentinel.clear();
    return false;
  }
  out = std::move(r);
  return true;
}
Value call_iter_self(const Value& self) { return self; }

Value builtin_iter(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("iter", nargs, kwnames, 1, 2);
  if (nargs == 1) return iter(args[0]);
  if (!is_callable(args[0])) raise(E::TypeError, "iter(v, w): v must be callable");
  auto* it = new CallIterObj(callable_iterator_type);
  it->callable = args[0];
  it->sentinel = args[1];
  return Value::steal(it);
}

Value builtin_next(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("next", nargs, kwnames, 1, 2);
  TypeObj* t = type_of(args[0]);
  if (!t->next && type_lookup(t, N::__next__).is_unbound())
    raise(E::TypeError, fmt::format("'{}' object is not an iterator", t->name));
  Value out;
  if (t == T::generator) {  // its StopIteration carries the return value
    if (machine_next(args[0].as<MachineObj>(), out)) return out;
    if (nargs == 2) return args[1];
    raise_stop_iteration(out);
  }
  if (nargs == 2) return next(args[0], out) ? out : args[1];
  // The StopIteration a callee raised is the one next() raises.
  if (iternext(args[0], out)) return out;
  raise(Value::borrow(E::StopIteration));
}

Value builtin_len(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("len", nargs, kwnames, 1, 1);
  return Value::from_int(len_of(args[0]));
}

Value builtin_vars(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("vars", nargs, kwnames, 1, 1);
  Value d = getattr_or_unbound(args[0], N::__dict__);
  if (d.is_unbound()) raise(E::TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

Value builtin_exit(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("exit", nargs, kwnames, 0, 1);
  raise(new_exception(E::SystemExit, args, nargs));
}

Value builtin_dir(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("dir", nargs, kwnames, 1, 1);
  Value names = call_method(args[0], Value::borrow(intern("__dir__")), nullptr, 0);
  // sorted, unique
  Value lst = make_list({});
  Value seen = make_dict();
  Value it = iter(names), x;
  while (next(it, x)) {
    if (dict_find(seen.as<DictObj>(), x)) continue;
    dict_set(seen.as<DictObj>(), x, Value::none());
    list_append(lst, x);
  }
  list_sort_inplace(lst, Value::none(), false);
  return lst;
}
}  // namespace

void register_builtin(const char* name, const Value& v) { dict_set(builtins_dict(), Value::borrow(intern(name)), v); }

std::vector<std::string> registered_builtin_names() {
  std::vector<std::string> names;
  Value it = iter(Value::borrow(builtins_dict())), key;
  while (next(it, key)) names.emplace_back(sv(key));
  return names;
}

const Value& builtin(const char* name) {
  if (Value* v = dict_find_str(builtins_dict(), intern(name))) return *v;
  raise_name_error(name);
}

const Value& load_global_slow(const Value& v, const char* name) {
  if (v.is_bound()) return v;
  if (Value* b = dict_find_str(builtins_dict(), intern(name))) return *b;
  raise_name_error(name);
}

Value* ns_lookup(const Value& ns, const Value& name) { return dict_find_str(ns.as<DictObj>(), name.as<StrObj>()); }
void ns_store(const Value& ns, const Value& name, const Value& v) { dict_set(ns.as<DictObj>(), name, v); }
void ns_delete(const Value& ns, const Value& name) {
  if (!dict_del(ns.as<DictObj>(), name)) raise_name_error(std::string(sv(name)).c_str());
}

void init_module_type();

void init_core_builtins() {
  init_module_type();
  callable_iterator_type = new_builtin_type("callable_iterator", nullptr);
  callable_iterator_type->iter = call_iter_self;
  callable_iterator_type->next = call_iter_next;

  struct Entry {
    const char* name;
    BuiltinFn fn;
  };
  static const Entry functions[] = {
      {"print", builtin_print},       {"isinstance", builtin_isinstance}, {"issubclass", builtin_issubclass},
      {"id", builtin_id},             {"hash", builtin_hash},             {"repr", builtin_repr},
      {"callable", builtin_callable}, {"getattr", builtin_getattr},       {"hasattr", builtin_hasattr},
      {"setattr", builtin_setattr},   {"delattr", builtin_delattr},       {"iter", builtin_iter},
      {"next", builtin_next},         {"len", builtin_len},               {"vars", builtin_vars},
      {"exit", builtin_exit},         {"quit", builtin_exit},             {"dir", builtin_dir},
      {"ascii", builtin_ascii},
  };
  DictObj* d = builtins_dict();
  for (const Entry& e : functions) {
    // Do not override a builtin the data part already registered under the same name.
    if (!dict_find_str(d, intern(e.name))) register_builtin(e.name, make_builtin(e.name, e.fn));
  }
  for (TypeObj* t : {T::object, T::type, T::super, T::property, T::classmethod, T::staticmethod})
    register_builtin(t->name.c_str(), Value::borrow(t));
  register_builtin("NotImplemented", not_implemented());
  register_builtin("Ellipsis", ellipsis());
  // Keywords, yet builtins too: 'Ｎｏｎｅ' is the name None (PEP 3131), found here.
  register_builtin("None", Value::none());
  register_builtin("True", Value::from_bool(true));
  register_builtin("False", Value::from_bool(false));
  for (TypeObj* t :
       {E::BaseException, E::SystemExit, E::KeyboardInterrupt, E::GeneratorExit, E::Exception, E::StopIteration,
        E::StopAsyncIteration, E::ArithmeticError, E::FloatingPointError, E::OverflowError, E::ZeroDivisionError,
        E::AssertionError, E::AttributeError, E::BufferError, E::EOFError, E::ImportError, E::ModuleNotFoundError,
        E::LookupError, E::IndexError, E::KeyError, E::MemoryError, E::NameError, E::UnboundLocalError, E::OSError,
        E::FileNotFoundError, E::PermissionError, E::TimeoutError, E::ConnectionError, E::BrokenPipeError,
        E::ConnectionResetError, E::ConnectionRefusedError, E::BlockingIOError, E::InterruptedError,
        E::IsADirectoryError, E::ReferenceError, E::RuntimeError, E::NotImplementedError, E::RecursionError,
        E::SyntaxError, E::SystemError, E::TypeError, E::ValueError, E::UnicodeError, E::UnicodeDecodeError,
        E::UnicodeEncodeError, E::Warning, E::UserWarning, E::DeprecationWarning, E::RuntimeWarning,
        E::BaseExceptionGroup, E::ExceptionGroup})
    register_builtin(t->name.c_str(), Value::borrow(t));
  register_builtin("EnvironmentError", Value::borrow(E::OSError));
  register_builtin("IOError", Value::borrow(E::OSError));
}

}  // namespace py
