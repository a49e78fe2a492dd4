// The runtime provides exactly what its manifest (runtime/manifest/
// pyrt_manifest.def) says, in both directions (for a module's names: of
// those CPython's module has, runtime/manifest/cpython_module_names.def). Codegen decides from that same
// list which imports and builtins a program may use, so a name registered but
// not listed would be rejected although it works, and a name listed but not
// registered would compile and then fail at run time.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "mod_test_util.h"

namespace {

std::set<std::string> manifest_builtins() {
  return {
#define PYRT_BUILTIN(name) name,
#include "pyrt_manifest.def"
  };
}

std::set<std::string> manifest_modules() {
  return {
#define PYRT_MODULE(dotted_name, init_function) dotted_name,
#include "pyrt_manifest.def"
  };
}

using NamesByModule = std::map<std::string, std::set<std::string>>;

template <size_t N>
NamesByModule by_module(const std::pair<const char*, const char*> (&names)[N]) {
  NamesByModule out;
  for (auto& [module, name] : names) out[module].insert(name);
  return out;
}

// Per module, the names the manifest lists for it.
NamesByModule manifest_module_names() {
  std::pair<const char*, const char*> names[] = {
#define PYRT_MODULE_NAME(dotted_name, name) {dotted_name, name},
#include "pyrt_manifest.def"
  };
  return by_module(names);
}

// Per module CPython has, the names of its dir() (dunders aside).
NamesByModule cpython_module_names() {
  std::pair<const char*, const char*> names[] = {
#define CPYTHON_MODULE_NAME(dotted_name, name) {dotted_name, name},
#include "cpython_module_names.def"
  };
  return by_module(names);
}

// The names of `from` that `other` lacks, one per line (empty if none).
std::string missing_from(const std::set<std::string>& from, const std::set<std::string>& other) {
  std::string missing;
  for (const std::string& name : from)
    if (!other.count(name)) missing += name + "\n";
  return missing;
}

// The names bound in a module's namespace (what dir() lists).
std::set<std::string> names_held(const py::Value& module) {
  std::set<std::string> held;
  for (const auto& e : module.as<py::ModuleObj>()->dict->entries)
    if (e.key.is_bound()) held.insert(std::string(py::sv(e.key)));
  return held;
}

TEST(Manifest, RegisteredBuiltinsAreExactlyTheManifest) {
  modtest::init();
  std::vector<std::string> names = py::registered_builtin_names();
  std::set<std::string> registered(names.begin(), names.end());
  std::set<std::string> manifest = manifest_builtins();
  ASSERT_FALSE(manifest.empty());
  EXPECT_EQ(missing_from(registered, manifest), "") << "registered, but not in pyrt_manifest.def";
  EXPECT_EQ(missing_from(manifest, registered), "") << "in pyrt_manifest.def, but not registered";
}

TEST(Manifest, RegisteredModulesAreExactlyTheManifest) {
  modtest::init();
  std::vector<std::string> names = py::registered_module_names();
  std::set<std::string> registered(names.begin(), names.end());
  std::set<std::string> manifest = manifest_modules();
  ASSERT_FALSE(manifest.empty());
  EXPECT_EQ(missing_from(registered, manifest), "") << "registered, but not in pyrt_manifest.def";
  EXPECT_EQ(missing_from(manifest, registered), "") << "in pyrt_manifest.def, but not registered";
}

// Of the names CPython's module has, a runtime module holds exactly those the
// manifest lists (dunders aside): codegen rejects the others at compile time.
// Names CPython's module lacks (the runtime's own helpers) are not listed.
TEST(Manifest, ListedModuleNamesAreExactlyTheCPythonNamesHeld) {
  modtest::init();
  auto listed = manifest_module_names();
  auto cpython = cpython_module_names();
  ASSERT_FALSE(cpython.empty());
  for (auto& [module, manifest] : listed)
    EXPECT_EQ(missing_from(manifest, cpython[module]), "") << module << ": in pyrt_manifest.def, but not CPython's";
  for (auto& [module, cpython_names] : cpython) {
    const std::set<std::string>& manifest = listed[module];
    modtest::run([&, &module = module, &cpython_names = cpython_names] {
      std::set<std::string> held;
      for (const std::string& name : names_held(modtest::mod(module.c_str())))
        if (cpython_names.count(name)) held.insert(name);
      EXPECT_EQ(missing_from(held, manifest), "") << module << ": held and CPython's, but not in pyrt_manifest.def";
      EXPECT_EQ(missing_from(manifest, held), "") << module << ": in pyrt_manifest.def, but not held";
    });
  }
}

// And a module CPython has holds no other name (dunders and imported
// submodules aside): the runtime's helpers are hidden (ModuleObj::hidden),
// so `from asyncio import heapq` is an ImportError and dir(asyncio) lacks
// it, as in CPython.
TEST(Manifest, ModulesHoldNoNameCPythonsLacks) {
  modtest::init();
  auto cpython = cpython_module_names();
  for (auto& [module, cpython_names] : cpython) {
    modtest::run([&, &module = module, &cpython_names = cpython_names] {
      std::set<std::string> held;
      for (const std::string& name : names_held(modtest::mod(module.c_str()))) {
        bool dunder = name.size() > 4 && name.compare(0, 2, "__") == 0 && name.compare(name.size() - 2, 2, "__") == 0;
        // (a submodule CPython has is bound in its package once imported)
        bool submodule = cpython.count(module + "." + name) != 0;
        if (!dunder && !submodule) held.insert(name);
      }
      EXPECT_EQ(missing_from(held, cpython_names), "") << module << ": held, but not CPython's";
    });
  }
}

// Registered is not yet usable: each listed module must also import.
TEST(Manifest, EveryManifestModuleImports) {
  modtest::init();
  for (const std::string& name : manifest_modules()) {
    modtest::run([&] {
      py::Value module = modtest::mod(name.c_str());
      EXPECT_EQ(modtest::Str(modtest::attr(module, "__name__")), name);
    });
  }
}

}  // namespace
