// Native modules: registration, import on first use, module attributes.
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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

// dir() of CPython 3.11's module (dunders aside), per module of the
// manifest that CPython has: runtime/manifest/cpython_module_names.def.
using NameSet = std::unordered_set<std::string_view>;
const std::unordered_map<std::string_view, NameSet>& cpython_module_names() {
  static const auto* names = [] {
    auto* m = new std::unordered_map<std::string_view, NameSet>();
#define CPYTHON_MODULE_NAME(dotted_name, name) (*m)[dotted_name].insert(name);
#include "cpython_module_names.def"
    return m;
  }();
  return *names;
}

bool is_dunder(std::string_view n) { return n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__"; }

// Whether `name` is a name CPython's module `module` lacks (dunders aside).
// Modules CPython does not have keep every name.
bool foreign_name(const std::string& module, std::string_view name) {
  if (is_dunder(name)) return false;
  // (--asyncio-legacy: asyncio as 3.10's, which had @coroutine)
  if (asyncio_legacy() && module == "asyncio" && name == "coroutine") return false;
  auto it = cpython_module_names().find(module);
  return it != cpython_module_names().end() && !it->second.count(name);
}

// Whether CPython has the module `dotted_name` (a submodule of a package:
// importing it binds it in the package, whatever the package's dir() said).
bool cpython_has_module(const std::string& dotted_name) { return cpython_module_names().count(dotted_name) != 0; }

// Whether importing the submodule `sub` of `package` binds it there as
// CPython would: not a module of the runtime's own (gevent._core).
bool visible_submodule(const std::string& package, const std::string& sub) {
  return cpython_has_module(package + "." + sub) || !foreign_name(package, sub);
}

void hide(ModuleObj* m, const Value& key, const Value& value) {
  if (!m->hidden) m->hidden = new DictObj();
  dict_set(m->hidden, key, value);
}

// After its initialisation: a module's names that CPython's module lacks
// (the runtime's helpers, what a module compiled from Python imported) leave
// its namespace for `hidden`, as if CPython's module (dir(), getattr, `from
// m import x`).
void hide_foreign_names(ModuleObj* m) {
  std::vector<std::pair<Value, Value>> foreign;
  for (const auto& e : m->dict->entries)
    if (e.key.is_bound() && is_str(e.key) && foreign_name(m->name, sv(e.key))) foreign.emplace_back(e.key, e.value);
  for (auto& [key, value] : foreign) {
    hide(m, key, value);
    dict_del(m->dict, key);
  }
}

// ---- __main__: its globals are the program's C++ variables.
const GlobalSlot* main_slots = nullptr;
size_t main_slot_count = 0;

Value* main_global(const ModuleObj* m, std::string_view name) {
  for (size_t i = 0; i < m->nglobals; ++i)
    if (name == m->globals[i].name) return m->globals[i].slot;
  return nullptr;
}

[[noreturn]] void raise_main_dict() {
  raise(E::TypeError,
        "pyco2cpp: the __dict__ of the __main__ module is not supported yet (its globals are no dict)");
}

// (CPython's generic delattr on a module)
[[noreturn]] void raise_no_attribute_to_delete(StrObj* name) {
  raise(E::AttributeError, fmt::format("'module' object has no attribute '{}'", name->s));
}

Value module_getattr(const Value& self, StrObj* name) {
  auto* m = self.as<ModuleObj>();
  if (m->globals) [[unlikely]] {
    if (Value* slot = main_global(m, name->s)) return *slot;  // (Unbound: no such attribute)
    if (name == N::__dict__) raise_main_dict();
  }
  if (Value* v = dict_find_str(m->dict, name)) return *v;
  if (name == N::__dict__) return Value::borrow(m->dict);
  return generic_getattr(self, name, false);
}

bool module_setattr(const Value& self, StrObj* name, const Value& value) {
  auto* m = self.as<ModuleObj>();
  if (m->globals) [[unlikely]] {
    if (Value* slot = main_global(m, name->s)) {
      if (value.is_unbound() && slot->is_unbound()) raise_no_attribute_to_delete(name);
      *slot = value;
      return true;
    }
  }
  if (value.is_unbound()) {
    if (!dict_del(m->dict, Value::borrow(name))) raise_no_attribute_to_delete(name);
  } else {
    dict_set(m->dict, Value::borrow(name), value);
  }
  return true;
}

// <module 'asyncio' from '/usr/lib/python3.11/asyncio/__init__.py'> for a
// module with a __file__, as CPython's.
Value module_repr(const Value& self) {
  auto* m = self.as<ModuleObj>();
  Value file = getattr_or_unbound(self, N::__file__);
  if (file.is_bound() && is_str(file)) return make_str(fmt::format("<module '{}' from '{}'>", m->name, sv(file)));
  return make_str(fmt::format("<module '{}' (built-in)>", m->name));
}
}  // namespace

ModuleObj::~ModuleObj() {
  if (dict) decref(dict);
  if (hidden) decref(hidden);
}

void set_main_globals(const GlobalSlot* slots, size_t count) {
  main_slots = slots;
  main_slot_count = count;
}

// sys.modules['__main__'] (run_main, once the runtime is up).
void install_main_module() {
  if (!main_slots) return;
  auto* m = new ModuleObj();
  m->name = "__main__";
  m->dict = new DictObj();
  m->globals = main_slots;
  m->nglobals = main_slot_count;
  Value mod = Value::steal(m);
  m->refcnt += kImmortal;
  dict_set(imported_modules(), make_str("__main__"), mod);
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
  hide_foreign_names(m);
  if (parent.is_bound()) {
    auto* p = parent.as<ModuleObj>();
    std::string sub = name.substr(dot + 1);
    if (!visible_submodule(p->name, sub))
      hide(p, make_str(sub), mod);
    else
      dict_set(p->dict, make_str(sub), mod);
  }
  return mod;
}

Value import_from(const Value& module, const Value& name) {
  StrObj* n = name.as<StrObj>();
  Value v = getattr_or_unbound(module, n);
  if (v.is_bound()) return v;
  if (type_of(module) == T::module) {
    std::string full = module.as<ModuleObj>()->name + "." + std::string(n->s);
    if (module_registry().count(full) && visible_submodule(module.as<ModuleObj>()->name, std::string(n->s)))
      return import_module(full.c_str());
    // (CPython names the module's file, where it has one)
    Value file = getattr_or_unbound(module, N::__file__);
    std::string where = file.is_bound() && is_str(file) ? std::string(sv(file)) : "unknown location";
    raise(E::ImportError, fmt::format("cannot import name '{}' from '{}' ({})", n->s,
                                      module.as<ModuleObj>()->name, where));
  }
  raise(E::ImportError, fmt::format("cannot import name '{}'", n->s));
}

Value import_from_runtime(const Value& module, const Value& name) {
  if (type_of(module) == T::module) {
    auto* m = module.as<ModuleObj>();
    if (m->hidden)
      if (Value* v = dict_find_str(m->hidden, name.as<StrObj>())) return *v;
    std::string full = m->name + "." + std::string(sv(name));
    if (module_registry().count(full)) return import_module(full.c_str());
  }
  return import_from(module, name);
}

// module.__dir__: the names in the module's namespace (object.__dir__ would
// list the module type's attributes), or what a __dir__ function the module
// defines returns.
static Value module_dir(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__dir__", nargs, kwnames, 1, 1);
  auto* m = args[0].as<ModuleObj>();
  DictObj* ns = m->dict;
  if (Value* custom = dict_find_str(ns, intern("__dir__"))) return call(*custom, nullptr, 0);
  std::vector<Value> names;
  for (size_t i = 0; i < m->nglobals; ++i)
    if (m->globals[i].slot->is_bound()) names.push_back(make_str(m->globals[i].name));
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
