// Native modules: registration, import on first use, module attributes.
#include <fmt/format.h>

#include <string>
#include <unordered_map>

#include "core/core.h"

namespace py {

namespace {
std::unordered_map<std::string, void (*)(ModuleObj*)>& module_registry() {
  static std::unordered_map<std::string, void (*)(ModuleObj*)> registry;
  return registry;
}
}  // namespace

// sys.modules: every module imported so far, by name. An import looks there
// first, as CPython's does, so a program that deletes an entry imports that
// module afresh. Modules live until the process ends: the dict and the
// modules are immortal, so no exit path (exit() in a test binary, a fatal
// error) runs module destructors or leaves the modules unreachable.
DictObj* imported_modules() {
  static DictObj* modules = [] {
    auto* d = new DictObj();
    d->refcnt += kImmortal;
    return d;
  }();
  return modules;
}

namespace {
Value module_getattr(const Value& self, StrObj* name) {
  auto* m = self.as<ModuleObj>();
  if (Value* v = dict_find_str(m->dict, name)) return *v;
  if (name == N::__dict__) return Value::borrow(m->dict);
  return generic_getattr(self, name, false);
}

bool module_setattr(const Value& self, StrObj* name, const Value& value) {
  auto* m = self.as<ModuleObj>();
  if (value.is_unbound()) {
    if (!dict_del(m->dict, Value::borrow(name))) raise_attribute_error(self, name);
  } else {
    dict_set(m->dict, Value::borrow(name), value);
  }
  return true;
}

Value module_repr(const Value& self) {
  return make_str(fmt::format("<module '{}' (built-in)>", self.as<ModuleObj>()->name));
}
}  // namespace

ModuleObj::~ModuleObj() {
  if (dict) decref(dict);
}

void register_module(const char* name, void (*init)(ModuleObj* m)) { module_registry()[name] = init; }

std::vector<std::string> registered_module_names() {
  std::vector<std::string> names;
  for (const auto& [name, init] : module_registry()) names.push_back(name);
  return names;
}

void module_add(ModuleObj* m, const char* name, const Value& v) { dict_set(m->dict, Value::borrow(intern(name)), v); }

void module_add_fn(ModuleObj* m, const char* name, BuiltinFn fn) { module_add(m, name, make_builtin(name, fn)); }

void module_export(ModuleObj* m, const Value& name, const Value& value) { dict_set(m->dict, name, value); }

Value import_module(const char* dotted_name) {
  std::string name(dotted_name);
  StrObj* key = intern(name);
  if (Value* found = dict_find_str(imported_modules(), key)) return *found;
  Value parent;
  size_t dot = name.rfind('.');
  if (dot != std::string::npos) parent = import_module(name.substr(0, dot).c_str());
  auto& registry = module_registry();
  auto reg = registry.find(name);
  if (reg == registry.end()) raise(E::ModuleNotFoundError, fmt::format("No module named '{}'", name));
  auto* m = new ModuleObj();
  m->name = name;
  m->dict = new DictObj();
  Value mod = Value::steal(m);
  m->refcnt += kImmortal;  // modules live until exit (as in sys.modules)
  dict_set(m->dict, V(N::__name__), make_str(name));
  dict_set(m->dict, V(N::__doc__), Value::none());
  dict_set(imported_modules(), Value::borrow(key), mod);
  try {
    reg->second(m);
  } catch (...) {
    dict_del(imported_modules(), Value::borrow(key));
    throw;
  }
  if (parent.is_bound()) dict_set(parent.as<ModuleObj>()->dict, make_str(name.substr(dot + 1)), mod);
  return mod;
}

Value import_from(const Value& module, const Value& name) {
  StrObj* n = name.as<StrObj>();
  Value v = getattr_or_unbound(module, n);
  if (v.is_bound()) return v;
  if (type_of(module) == T::module) {
    std::string full = module.as<ModuleObj>()->name + "." + std::string(n->s);
    if (module_registry().count(full)) return import_module(full.c_str());
    raise(E::ImportError, fmt::format("cannot import name '{}' from '{}' (unknown location)", n->s,
                                      module.as<ModuleObj>()->name));
  }
  raise(E::ImportError, fmt::format("cannot import name '{}'", n->s));
}

// module.__dir__: the names in the module's namespace (object.__dir__ would
// list the module type's attributes), or what a __dir__ function the module
// defines returns.
static Value module_dir(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__dir__", nargs, kwnames, 1, 1);
  DictObj* ns = args[0].as<ModuleObj>()->dict;
  if (Value* custom = dict_find_str(ns, intern("__dir__"))) return call(*custom, nullptr, 0);
  std::vector<Value> names;
  for (const auto& e : ns->entries)
    if (e.key.is_bound()) names.push_back(e.key);
  return make_list(std::move(names));
}

void init_module_type() {
  T::module->getattr = module_getattr;
  T::module->setattr = module_setattr;
  T::module->repr = module_repr;
  add_method(T::module, "__dir__", module_dir);
}

}  // namespace py
