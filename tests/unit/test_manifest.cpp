// The runtime provides exactly what its manifest (runtime/manifest/
// pyrt_manifest.def) says, in both directions. Codegen decides from that same
// list which imports and builtins a program may use, so a name registered but
// not listed would be rejected although it works, and a name listed but not
// registered would compile and then fail at run time.
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
