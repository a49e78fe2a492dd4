// format_cpp(): loads the clang-format module on first use and hands it the
// text. Keeping clang-format out of the pyco2cpp executable itself saves
// every run that does not format (build, run, --no-format) the ~25 ms of
// loading libclang-cpp and libLLVM. If the module cannot be loaded, the code
// is returned unformatted: formatting is cosmetic.
#include "pyco2cpp/format.h"

#include <dlfcn.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "../format/format_module.h"

namespace pyco2cpp {

namespace {

using FormatEntry = bool (*)(const std::string*, std::string*);

// An installed pyco2cpp finds the module beside itself; one run from the
// build tree finds it where it was built.
FormatEntry load_format_module() {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  std::string candidates[2];
  if (!ec) candidates[0] = (self.parent_path() / PYCO2CPP_FORMAT_MODULE_FROM_BIN).lexically_normal().string();
  candidates[1] = PYCO2CPP_FORMAT_MODULE_IN_BUILD_TREE;
  for (const std::string& path : candidates) {
    if (path.empty() || access(path.c_str(), R_OK) != 0) continue;
    if (void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
      if (void* entry = dlsym(module, PYCO2CPP_FORMAT_ENTRY_NAME))
        return reinterpret_cast<FormatEntry>(entry);
    }
  }
  return nullptr;
}

}  // namespace

std::string format_cpp(const std::string& code) {
  // clang-format takes some 20 us per line of C++: for a program of tens of
  // thousands of lines that is most of the transpile. Past this size the
  // printer's own layout (indented, one statement a line) is kept instead.
  constexpr size_t kMaxFormatted = size_t{1} << 20;
  if (code.empty() || code.size() > kMaxFormatted) return code;
  static const FormatEntry format_entry = load_format_module();
  if (!format_entry) return code;
  std::string formatted;
  return format_entry(&code, &formatted) ? formatted : code;
}

}  // namespace pyco2cpp
