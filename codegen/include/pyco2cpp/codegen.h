// The emit step: ast::Module + ScopeTable -> C++ text that compiles against
// the runtime (runtime/include/pyrt). Anything it cannot translate is
// reported as `error: unsupported: ...` at its location and no C++ is
// produced: a program it accepts yields C++ that compiles.
#pragma once

#include <string>

#include "pyco2cpp/ast.h"
#include "pyco2cpp/diagnostics.h"
#include "pyco2cpp/scopes.h"
#include "pyco2cpp/source.h"

namespace pyco2cpp {

struct EmitOptions {
  bool line_directives = true;  // #line N "file.py" before each statement
  // `--dump=sm`: when set, receives each generator's lowered state machine
  // (frame fields, resume points, try entries) as readable text.
  std::string* state_machines = nullptr;
  // Set: emit an importable module of this name (the runtime registers its
  // init function, py::init_NAME_module with dots as '_') instead of a
  // program with main().
  std::string module_name;
  // The file name tracebacks show (default: the input's absolute path).
  std::string source_name;
  // `--asyncio-legacy`: main() calls py::set_asyncio_legacy(true) before
  // run_main, so asyncio behaves as CPython 3.8-3.10's (ignored with
  // module_name: the program's main() decides).
  bool asyncio_legacy = false;
};

// Returns the C++ translation unit; empty if diags gained errors.
std::string emit_cpp(const SourceFile& src, const ast::Module& module, const ScopeTable& scopes,
                     const EmitOptions& options, Diagnostics& diags);

}  // namespace pyco2cpp
