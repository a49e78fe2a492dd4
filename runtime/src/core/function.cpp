// Function objects: creation, argument binding per CodeInfo (with CPython's
// messages), closures' cells, and the attributes/reprs of functions, bound
// methods and builtin functions.
#include <fmt/format.h>

#include <cstring>
#include <new>
#include <unordered_map>

#include "core/core.h"

namespace py {

Value make_function(const CodeInfo* code, Value (*impl)(FuncObj*, Value*), const Value& defaults,
                    const Value& kwdefaults, std::initializer_list<Value> cells, const Value& module_name) {
  auto* f = new FuncObj();
  f->code = code;
  f->impl = impl;
  if (defaults.is_bound() && !defaults.is_none()) f->defaults = defaults;
  if (kwdefaults.is_bound() && !kwdefaults.is_none()) f->kwdefaults = kwdefaults;
  f->closure.assign(cells.begin(), cells.end());
  f->name = Value::borrow(intern(code->name));
  f->qualname = Value::borrow(intern(code->qualname));
  f->module = module_name.is_bound() ? module_name : Value::none();
  f->doc = code->doc ? Value::borrow(intern(code->doc)) : Value::none();
  return Value::steal(f);
}

Value make_cell() { return Value::steal(new CellObj()); }
Value make_cell(const Value& initial) {
  auto* c = new CellObj();
  c->value = initial;
  return Value::steal(c);
}
const Value& func_cell(FuncObj* f, size_t i) { return f->closure[i]; }

const Value& cell_get(const Value& cell, const char* name, bool is_free) {
  const Value& v = cell.as<CellObj>()->value;
  if (v.is_unbound()) [[unlikely]] {
    if (is_free)
      raise(E::NameError,
            fmt::format("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name));
    raise_unbound_local(name);
  }
  return v;
}
void cell_set(const Value& cell, const Value& v) { cell.as<CellObj>()->value = v; }
void cell_clear(const Value& cell, const char* name, bool is_free) {
  cell_get(cell, name, is_free);
  cell.as<CellObj>()->value.clear();
}

// ------------------------------------------------------------ binding

namespace {
// Parameters live on the C++ stack unless the signature is long.
class ParamBuffer {
 public:
  explicit ParamBuffer(size_t n) : n_(n) {
    data_ = n <= kInline ? reinterpret_cast<Value*>(inline_) : static_cast<Value*>(::operator new(n * sizeof(Value)));
    for (size_t i = 0; i < n; ++i) new (&data_[i]) Value();
  }
  ~ParamBuffer() {
    for (size_t i = 0; i < n_; ++i) data_[i].~Value();
    if (n_ > kInline) ::operator delete(data_);
  }
  Value* data() { return data_; }

 private:
  static constexpr size_t kInline = 10;
  alignas(Value) unsigned char inline_[kInline * sizeof(Value)];
  Value* data_;
  size_t n_;
};

std::string quoted_name_list(const std::vector<const char*>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'";
    out += names[i];
    out += "'";
  }
  return out;
}

[[noreturn]] void raise_missing(const CodeInfo* c, const std::vector<const char*>& names, const char* kind) {
  raise(E::TypeError, fmt::format("{}() missing {} required {} argument{}: {}", c->qualname, names.size(), kind,
                                  names.size() == 1 ? "" : "s", quoted_name_list(names)));
}

[[noreturn]] void raise_too_many_positional(const CodeInfo* c, size_t ndefaults, size_t given, size_t kwonly_given) {
  std::string sig;
  bool plural;
  if (ndefaults) {
    sig = fmt::format("from {} to {}", c->npositional - ndefaults, c->npositional);
    plural = true;
  } else {
    sig = fmt::format("{}", c->npositional);
    plural = c->npositional != 1;
  }
  std::string kwonly_sig;
  if (kwonly_given)
    kwonly_sig = fmt::format(" positional argument{} (and {} keyword-only argument{})", given != 1 ? "s" : "",
                             kwonly_given, kwonly_given != 1 ? "s" : "");
  raise(E::TypeError, fmt::format("{}() takes {} positional argument{} but {}{} {} given", c->qualname, sig,
                                  plural ? "s" : "", given, kwonly_sig, given == 1 && !kwonly_given ? "was" : "were"));
}

// Out of line: the common call (positional arguments only) keeps a small C
// stack frame, which every Python-level call has one of.
[[gnu::noinline]] void bind_arguments(FuncObj* f, const Value* self, const Value* args, size_t nargs, TupleObj* kwnames, Value* out) {
  const CodeInfo* c = f->code;
  const size_t npos = c->npositional;
  const size_t given = nargs + (self ? 1 : 0);
  auto arg = [&](size_t i) -> const Value& { return self ? (i == 0 ? *self : args[i - 1]) : args[i]; };
  const size_t npos_given = given < npos ? given : npos;
  for (size_t i = 0; i < npos_given; ++i) out[i] = arg(i);
  const size_t kw_start = npos + (c->has_varargs ? 1 : 0);
  const size_t kw_end = kw_start + c->nkwonly;
  if (c->has_varargs) {
    std::vector<Value> extra;
    for (size_t i = npos; i < given; ++i) extra.push_back(arg(i));
    out[npos] = make_tuple(std::move(extra));
  }
  DictObj* kwdict = nullptr;
  if (c->has_varkw) {
    out[kw_end] = make_dict();
    kwdict = out[kw_end].as<DictObj>();
  }
  const size_t nkw = kwcount(kwnames);
  for (size_t k = 0; k < nkw; ++k) {
    const Value& key = kwnames->items[k];
    std::string_view name = sv(key);
    const Value& value = args[nargs + k];
    size_t j = SIZE_MAX;
    for (size_t i = c->nposonly; i < npos && j == SIZE_MAX; ++i)
      if (name == c->params[i]) j = i;
    for (size_t i = kw_start; i < kw_end && j == SIZE_MAX; ++i)
      if (name == c->params[i]) j = i;
    if (j == SIZE_MAX) {
      if (kwdict) {
        dict_set(kwdict, key, value);
        continue;
      }
      std::string posonly;
      for (size_t k2 = 0; k2 < nkw; ++k2) {
        std::string_view n2 = sv(kwnames->items[k2]);
        for (size_t i = 0; i < c->nposonly; ++i)
          if (n2 == c->params[i]) {
            if (!posonly.empty()) posonly += ", ";
            posonly += n2;
          }
      }
      if (!posonly.empty())
        raise(E::TypeError, fmt::format("{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                        c->qualname, posonly));
      raise(E::TypeError, fmt::format("{}() got an unexpected keyword argument '{}'", c->qualname, name));
    }
    if (out[j].is_bound())
      raise(E::TypeError, fmt::format("{}() got multiple values for argument '{}'", c->qualname, name));
    out[j] = value;
  }
  const TupleObj* defaults = f->defaults.is_bound() ? f->defaults.as<TupleObj>() : nullptr;
  const size_t ndefaults = defaults ? defaults->items.size() : 0;
  if (given > npos && !c->has_varargs) {
    size_t kwonly_given = 0;
    for (size_t i = kw_start; i < kw_end; ++i) kwonly_given += out[i].is_bound();
    raise_too_many_positional(c, ndefaults, given, kwonly_given);
  }
  if (npos_given < npos) {
    const size_t first_default = npos - ndefaults;
    std::vector<const char*> missing;
    for (size_t i = npos_given; i < first_default; ++i)
      if (out[i].is_unbound()) missing.push_back(c->params[i]);
    if (!missing.empty()) raise_missing(c, missing, "positional");
    for (size_t i = first_default > npos_given ? first_default : npos_given; i < npos; ++i)
      if (out[i].is_unbound()) out[i] = defaults->items[i - first_default];
  }
  if (c->nkwonly) {
    std::vector<const char*> missing;
    DictObj* kwdefaults = f->kwdefaults.is_bound() ? f->kwdefaults.as<DictObj>() : nullptr;
    for (size_t i = kw_start; i < kw_end; ++i) {
      if (out[i].is_bound()) continue;
      if (kwdefaults)
        if (Value* d = dict_find_str(kwdefaults, intern(c->params[i]))) {
          out[i] = *d;
          continue;
        }
      missing.push_back(c->params[i]);
    }
    if (!missing.empty()) raise_missing(c, missing, "keyword-only");
  }
}
}  // namespace

Value call_function(FuncObj* f, const Value* self, const Value* args, size_t nargs, TupleObj* kwnames) {
  const CodeInfo* c = f->code;
  const size_t total = c->npositional + c->has_varargs + c->nkwonly + c->has_varkw;
  ParamBuffer params(total);
  Value* p = params.data();
  const size_t given = nargs + (self ? 1 : 0);
  if (!kwnames && given == c->npositional && total == given) [[likely]] {
    size_t i = 0;
    if (self) p[i++] = *self;
    for (size_t k = 0; k < nargs; ++k) p[i++] = args[k];
  } else {
    bind_arguments(f, self, args, nargs, kwnames, p);
  }
  Value keep_alive = Value::borrow(f);  // the function may be rebound while it runs
  return f->impl(f, p);
}

// ------------------------------------------------------------ function attributes

// A code object: the CodeInfo codegen wrote, as Python sees it. One per
// CodeInfo, made when first asked for, so `f.__code__ is f().gi_code`.
struct CodeObj : Object {
  const CodeInfo* info;
  explicit CodeObj(const CodeInfo* code) : Object(T::code), info(code) {}
};

Value code_object(const CodeInfo* code) {
  static auto* made = new std::unordered_map<const CodeInfo*, Value>();  // lives as long as the program
  Value& v = (*made)[code];
  if (v.is_unbound()) v = Value::steal(new CodeObj(code));
  return v;
}

static const CodeInfo* code_info_of(const Value& self) { return static_cast<CodeObj*>(self.obj())->info; }

static Value code_repr(const Value& self) {
  const CodeInfo* c = code_info_of(self);
  return make_str(fmt::format("<code object {} at {}, file \"{}\", line {}>", c->name, address_string(self.obj()),
                              c->source ? c->source->filename : "<unknown>", c->firstline));
}

static Value function_getattr(const Value& self, StrObj* name) {
  auto* f = self.as<FuncObj>();
  if (name == N::__code__) return code_object(f->code);
  if (name == N::__name__) return f->name;
  if (name == N::__qualname__) return f->qualname;
  if (name == N::__module__) return f->module;
  if (name == N::__doc__) return f->doc;
  if (name == N::__dict__) {
    if (f->dict.is_unbound()) f->dict = make_dict();
    return f->dict;
  }
  if (name == N::__defaults__) return f->defaults.is_bound() ? f->defaults : Value::none();
  if (name == N::__kwdefaults__) return f->kwdefaults.is_bound() ? f->kwdefaults : Value::none();
  if (name == N::__closure__) return f->closure.empty() ? Value::none() : make_tuple(f->closure);
  if (f->dict.is_bound())
    if (Value* v = dict_find_str(f->dict.as<DictObj>(), name)) return *v;
  return generic_getattr(self, name, false);
}

static bool function_setattr(const Value& self, StrObj* name, const Value& value) {
  auto* f = self.as<FuncObj>();
  bool del = value.is_unbound();
  if (name == N::__name__ || name == N::__qualname__) {
    if (del || !is_str(value))
      raise(E::TypeError, fmt::format("{} must be set to a string object", name->s));
    (name == N::__name__ ? f->name : f->qualname) = value;
    return true;
  }
  if (name == N::__module__) {
    f->module = del ? Value::none() : value;
    return true;
  }
  if (name == N::__doc__) {
    f->doc = del ? Value::none() : value;
    return true;
  }
  if (name == N::__defaults__) {
    if (del || value.is_none())
      f->defaults = Value();
    else if (type_of(value) != T::tuple)
      raise(E::TypeError, "__defaults__ must be set to a tuple object");
    else
      f->defaults = value;
    return true;
  }
  if (name == N::__kwdefaults__) {
    if (del || value.is_none())
      f->kwdefaults = Value();
    else if (type_of(value) != T::dict)
      raise(E::TypeError, "__kwdefaults__ must be set to a dict object");
    else
      f->kwdefaults = value;
    return true;
  }
  if (name == N::__dict__) {
    if (del || type_of(value) != T::dict) raise(E::TypeError, "__dict__ must be set to a dictionary");
    f->dict = value;
    return true;
  }
  if (del) {
    if (f->dict.is_unbound() || !dict_del(f->dict.as<DictObj>(), Value::borrow(name)))
      raise_attribute_error(self, name);
    return true;
  }
  if (f->dict.is_unbound()) f->dict = make_dict();
  dict_set(f->dict.as<DictObj>(), Value::borrow(name), value);
  return true;
}

static Value function_repr(const Value& self) {
  auto* f = self.as<FuncObj>();
  std::string q = is_str(f->qualname) ? std::string(sv(f->qualname)) : std::string(f->code->qualname);
  return make_str(fmt::format("<function {} at {}>", q, address_string(f)));
}

static Value function_get(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__get__", nargs, kwnames, 2, 3);
  if (args[1].is_none()) return args[0];
  return make_bound_method(args[0], args[1]);
}

static Value method_getattr(const Value& self, StrObj* name) {
  auto* m = self.as<MethodObj>();
  if (name == N::__self__) return m->self;
  if (name == N::func_) return m->func;
  Value r = generic_getattr(self, name, false);
  if (r.is_bound()) return r;
  return getattr_or_unbound(m->func, name);
}

static Value method_repr(const Value& self) {
  auto* m = self.as<MethodObj>();
  Value name = getattr_or_unbound(m->func, N::__qualname__);
  if (name.is_unbound() || !is_str(name)) name = getattr_or_unbound(m->func, N::__name__);
  std::string n = name.is_bound() && is_str(name) ? std::string(sv(name)) : "?";
  return make_str(fmt::format("<bound method {} of {}>", n, repr_string(m->self)));
}

static Value method_richcompare(const Value& a, const Value& b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(b) != T::method) return not_implemented();
  auto* x = a.as<MethodObj>();
  auto* y = b.as<MethodObj>();
  bool equal = x->self.same(y->self) && eq_bool(x->func, y->func);
  return Value::from_bool(op == CMP_EQ ? equal : !equal);
}

static int64_t method_hash(const Value& self) {
  auto* m = self.as<MethodObj>();
  int64_t h = reinterpret_cast<intptr_t>(m->self.is_obj() ? m->self.obj() : nullptr) ^ hash(m->func);
  return h == -1 ? -2 : h;
}

static Value builtin_getattr(const Value& self, StrObj* name) {
  auto* f = self.as<BuiltinFuncObj>();
  if (name == N::__name__ || name == N::__qualname__) {
    if (name == N::__qualname__ && f->owner) return make_str(f->owner->name + "." + f->name);
    return make_str(f->name);
  }
  if (name == N::__self__) return f->self.is_bound() ? f->self : Value::none();
  if (name == N::__doc__) return Value::none();
  if (name == N::__module__) return f->owner ? Value::none() : make_str("builtins");
  return generic_getattr(self, name, false);
}

static Value builtin_repr(const Value& self) {
  auto* f = self.as<BuiltinFuncObj>();
  if (f->self.is_bound()) {
    if (is_type(f->self) && !f->owner)
      return make_str(fmt::format("<built-in method {} of type object at {}>", f->name, address_string(f->self.obj())));
    return make_str(fmt::format("<built-in method {} of {} object at {}>", f->name, type_name(f->self),
                                address_string(f->self.is_obj() ? f->self.obj() : nullptr)));
  }
  if (f->owner) return make_str(fmt::format("<method '{}' of '{}' objects>", f->name, f->owner->name));
  return make_str(fmt::format("<built-in function {}>", f->name));
}

static Value cell_contents(const Value& self) {
  const Value& v = self.as<CellObj>()->value;
  if (v.is_unbound()) raise(E::ValueError, "Cell is empty");
  return v;
}

static Value cell_repr(const Value& self) {
  const Value& v = self.as<CellObj>()->value;
  if (v.is_unbound()) return make_str(fmt::format("<cell at {}: empty>", address_string(self.obj())));
  return make_str(fmt::format("<cell at {}: {} object at {}>", address_string(self.obj()), type_name(v),
                              address_string(v.is_obj() ? v.obj() : nullptr)));
}

Value make_builtin(const char* name, BuiltinFn fn) {
  auto* f = new BuiltinFuncObj();
  f->name = name;
  f->fn = fn;
  return Value::steal(f);
}

void init_function_types() {
  T::function->getattr = function_getattr;
  T::function->setattr = function_setattr;
  T::function->repr = function_repr;
  add_method(T::function, "__get__", function_get);
  T::method->getattr = method_getattr;
  T::method->repr = method_repr;
  T::method->richcompare = method_richcompare;
  T::method->hash = method_hash;
  T::builtin_function->getattr = builtin_getattr;
  T::builtin_function->repr = builtin_repr;
  T::cell->repr = cell_repr;
  add_getter(T::cell, "cell_contents", cell_contents);
  T::code->repr = code_repr;
  add_getter(T::code, "co_name", [](const Value& self) { return make_str(code_info_of(self)->name); });
  add_getter(T::code, "co_qualname", [](const Value& self) { return make_str(code_info_of(self)->qualname); });
  add_getter(T::code, "co_filename", [](const Value& self) {
    const CodeInfo* c = code_info_of(self);
    return make_str(c->source ? c->source->filename : "<unknown>");
  });
  add_getter(T::code, "co_firstlineno", [](const Value& self) { return Value::from_int(code_info_of(self)->firstline); });
  add_getter(T::code, "co_argcount", [](const Value& self) { return Value::from_int(code_info_of(self)->npositional); });
  add_getter(T::code, "co_posonlyargcount",
             [](const Value& self) { return Value::from_int(code_info_of(self)->nposonly); });
  add_getter(T::code, "co_kwonlyargcount", [](const Value& self) { return Value::from_int(code_info_of(self)->nkwonly); });
}

}  // namespace py
