// The runtime provides exactly what its manifest (runtime/manifest/
// pyrt_manifest.def) says, in both directions. Codegen decides from that same
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

// Per module, the names the manifest lists for it (modules with none are absent).
std::map<std::string, std::set<std::string>> manifest_module_names() {
  std::map<std::string, std::set<std::string>> out;
  std::pair<const char*, const char*> names[] = {
#define PYRT_MODULE_NAME(dotted_name, name) {dotted_name, name},
#include "pyrt_manifest.def"
  };
  for (auto& [module, name] : names) out[module].insert(name);
  return out;
}

// The names of `from` that `other` lacks, one per line (empty if none).
std::string missing_from(const std::set<std::string>& from, const std::set<std::string>& other) {
  std::string missing;
  for (const std::string& name : from)
    if (!other.count(name)) missing += name + "\n";
  return missing;
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

// A module whose names the manifest lists holds exactly those (dunders aside):
// codegen rejects the others CPython's module has at compile time.
TEST(Manifest, ListedModuleNamesAreExactlyTheModules) {
  modtest::init();
  auto listed = manifest_module_names();
  ASSERT_FALSE(listed.empty());
  for (auto& [module, manifest] : listed) {
    modtest::run([&, &module = module, &manifest = manifest] {
      py::Value m = modtest::mod(module.c_str());
      std::set<std::string> held;
      for (const auto& e : m.as<py::ModuleObj>()->dict->entries) {
        if (e.key.is_unbound()) continue;
        std::string name(py::sv(e.key));
        if (name.size() > 4 && name.rfind("__", 0) == 0 && name.compare(name.size() - 2, 2, "__") == 0) continue;
        held.insert(name);
      }
      EXPECT_EQ(missing_from(held, manifest), "") << module << ": held, but not in pyrt_manifest.def";
      EXPECT_EQ(missing_from(manifest, held), "") << module << ": in pyrt_manifest.def, but not held";
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
