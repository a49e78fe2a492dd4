// The transpile pipeline as the driver runs it:
//   SourceFile::load -> parse -> resolve -> emit_cpp -> format_cpp.
// Every step reports into one Diagnostics list; the driver prints it once.
#include <filesystem>
#include <iostream>

#include "driver.h"

#include "pyco2cpp/ast.h"
#include "pyco2cpp/codegen.h"
#include "pyco2cpp/diagnostics.h"
#include "pyco2cpp/format.h"
#include "pyco2cpp/parse.h"
#include "pyco2cpp/scopes.h"
#include "pyco2cpp/source.h"
#include "pyco2cpp/stack.h"

namespace pyco2cpp::driver {

namespace {

// The name CPython's decoding errors give the file: the one tracebacks show.
std::string shown_name(const Options& options) {
  if (!options.source_name.empty()) return options.source_name;
  std::error_code ec;
  std::string abs_path = std::filesystem::absolute(options.input, ec).lexically_normal().string();
  return ec ? options.input : abs_path;
}

std::optional<SourceFile> load_or_complain(const Options& options) {
  std::optional<SourceFile> src = SourceFile::load(options.input, shown_name(options));
  if (!src) std::cerr << "pyco2cpp: error: cannot read '" << options.input << "'\n";
  return src;
}

// A file whose bytes do not decode is no program: nothing else is looked at.
bool decoded(const SourceFile& src, Diagnostics& diags) {
  if (!src.decode_error) return true;
  const DecodeError& e = *src.decode_error;
  diags.error(ast::Loc{e.line, e.col, e.line, e.col}, e.message);
  return false;
}

// Prints what was collected (warnings too) and says whether errors occurred.
bool report(const Diagnostics& diags, const SourceFile& src) {
  diags.print(std::cerr, src);
  return diags.has_errors();
}

}  // namespace

static std::optional<std::string> transpile_here(const Options& options) {
  std::optional<SourceFile> src = load_or_complain(options);
  if (!src) return std::nullopt;
  Diagnostics diags;
  if (!decoded(*src, diags)) {
    report(diags, *src);
    return std::nullopt;
  }
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
  mangle_private_names(*module);
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

static int dump_layer_here(const Options& options) {
  if (options.dump == Dump::Cpp || options.dump == Dump::Sm) {
    std::optional<std::string> cpp = transpile_here(options);
    if (!cpp) return kExitDiagnostics;
    std::cout << *cpp;
    return kExitSuccess;
  }
  std::optional<SourceFile> src = load_or_complain(options);
  if (!src) return kExitDiagnostics;
  Diagnostics diags;
  if (!decoded(*src, diags)) {
  } else if (options.dump == Dump::Tokens) {
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

// Deeply nested programs recurse deeply through every step: run them where
// the stack is large (see pyco2cpp/stack.h).
std::optional<std::string> transpile(const Options& options) {
  std::optional<std::string> cpp;
  run_with_large_stack([&] { cpp = transpile_here(options); });
  return cpp;
}

int dump_layer(const Options& options) {
  int status = kExitDiagnostics;
  run_with_large_stack([&] { status = dump_layer_here(options); });
  return status;
}

}  // namespace pyco2cpp::driver
