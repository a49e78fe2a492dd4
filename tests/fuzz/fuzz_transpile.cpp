// libFuzzer target over the compiler's front half and codegen: bytes ->
// decode -> parse -> resolve -> mangle -> emit C++ (no clang-format, no C++
// compile), exactly the steps `pyco2cpp in.py -o out.cpp` runs.
//
// What counts as a finding, beside what the sanitizers report (a crash, a
// read out of bounds, undefined behaviour) and libFuzzer's own -timeout
// (a hang) and -rss_limit_mb (runaway memory):
//   - input refused without an error diagnostic (a silent failure);
//   - an error placed outside the input (its line past the last line + 1),
//     since the user is promised `file.py:LINE:COL` pointing into the file;
//   - input accepted but no C++ emitted.
// Each aborts, so libFuzzer saves the input as a crash file.
//
// Built by tests/fuzz/CMakeLists.txt when PYCO2CPP_FUZZ is on (clang only);
// run with tests/tools/fuzz.sh.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pyco2cpp/ast.h"
#include "pyco2cpp/codegen.h"
#include "pyco2cpp/diagnostics.h"
#include "pyco2cpp/parse.h"
#include "pyco2cpp/scopes.h"
#include "pyco2cpp/source.h"
#include "pyco2cpp/stack.h"

namespace {

using namespace pyco2cpp;

[[noreturn]] void finding(const char* what) {
  std::fprintf(stderr, "fuzz_transpile: %s\n", what);
  std::abort();
}

void check_refusal(const SourceFile& src, const Diagnostics& diags) {
  if (!diags.has_errors()) finding("the input was refused without an error");
  for (const Diagnostic& d : diags.all()) {
    if (d.loc.line < 0 || d.loc.line > src.line_count() + 1 || d.loc.col < 0)
      finding("a diagnostic is placed outside the input");
  }
}

void transpile(std::string_view bytes) {
  SourceFile src = SourceFile::from_bytes("fuzz.py", bytes, "fuzz.py");
  Diagnostics diags;
  if (src.decode_error) {
    const DecodeError& e = *src.decode_error;
    diags.error(ast::Loc{e.line, e.col, e.line, e.col}, e.message);
    return check_refusal(src, diags);
  }
  std::unique_ptr<ast::Module> module = parse(src, diags);
  if (!module || diags.has_errors()) return check_refusal(src, diags);
  ScopeTable scopes = resolve(*module, diags);
  if (diags.has_errors()) return check_refusal(src, diags);
  mangle_private_names(*module);
  std::string cpp = emit_cpp(src, *module, scopes, EmitOptions{}, diags);
  if (diags.has_errors()) return check_refusal(src, diags);
  if (cpp.empty()) finding("the input was accepted but no C++ was emitted");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // As the driver does: every step recurses over the program's nesting.
  run_with_large_stack([&] { transpile(bytes); }, size_t{256} << 20);
  return 0;
}
