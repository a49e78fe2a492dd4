// The transpile pipeline as the driver runs it:
//   SourceFile::load -> parse -> resolve -> emit_cpp -> format_cpp.
// Every step reports into one Diagnostics list; the driver prints it once.
#include <iostream>

#include "driver.h"

#include "pyco2cpp/ast.h"
#include "pyco2cpp/codegen.h"
#include "pyco2cpp/diagnostics.h"
#include "pyco2cpp/format.h"
#include "pyco2cpp/parse.h"
#include "pyco2cpp/scopes.h"
#include "pyco2cpp/source.h"

namespace pyco2cpp::driver {

namespace {

std::optional<SourceFile> load_or_complain(const std::string& path) {
  std::optional<SourceFile> src = SourceFile::load(path);
  if (!src) std::cerr << "pyco2cpp: error: cannot read '" << path << "'\n";
  return src;
}

// Prints what was collected (warnings too) and says whether errors occurred.
bool report(const Diagnostics& diags, const SourceFile& src) {
  diags.print(std::cerr, src);
  return diags.has_errors();
}

}  // namespace

std::optional<std::string> transpile(const Options& options) {
  std::optional<SourceFile> src = load_or_complain(options.input);
  if (!src) return std::nullopt;
  Diagnostics diags;
  std::unique_ptr<ast::Module> module = parse(*src, diags);
  if (!module || diags.has_errors()) {
    report(diags, *src);
    return std::nullopt;
  }
  ScopeTable scopes = resolve(*module, diags);
  if (diags.has_errors()) {
    report(diags, *src);
    return std::nullopt;
  }
  EmitOptions emit_options;
  emit_options.line_directives = options.line_directives;
  emit_options.module_name = options.module_name;
  emit_options.source_name = options.source_name;
  emit_options.asyncio_legacy = options.asyncio_legacy;
  std::string state_machines;
  if (options.dump == Dump::Sm) emit_options.state_machines = &state_machines;
  std::string cpp = emit_cpp(*src, *module, scopes, emit_options, diags);
  if (report(diags, *src)) return std::nullopt;
  if (options.dump == Dump::Sm) return state_machines;
  if (options.format) cpp = format_cpp(cpp);
  return cpp;
}

int dump_layer(const Options& options) {
  if (options.dump == Dump::Cpp || options.dump == Dump::Sm) {
    std::optional<std::string> cpp = transpile(options);
    if (!cpp) return kExitDiagnostics;
    std::cout << *cpp;
    return kExitSuccess;
  }
  std::optional<SourceFile> src = load_or_complain(options.input);
  if (!src) return kExitDiagnostics;
  Diagnostics diags;
  if (options.dump == Dump::Tokens) {
    std::cout << dump_tokens(*src, diags);
  } else {
    std::unique_ptr<ast::Module> module = parse(*src, diags);
    if (module && options.dump == Dump::Ast) {
      std::cout << ast::dump(*module);
    } else if (module && !diags.has_errors()) {
      std::cout << dump_scopes(resolve(*module, diags));
    }
  }
  std::cout.flush();
  return report(diags, *src) ? kExitDiagnostics : kExitSuccess;
}

}  // namespace pyco2cpp::driver
