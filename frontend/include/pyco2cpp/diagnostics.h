// One list of diagnostics shared by every step (parse, resolve, check, codegen).
//
// Printed the way clang and CPython show them:
//   file.py:3:5: error: '(' was never closed
//       print((1, 2)
//            ^
// A warning (what CPython reports as a SyntaxWarning at compile time) is
// printed the same way with `warning:`; it is not an error: has_errors()
// ignores it, so it changes no exit status and stops no step.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "pyco2cpp/ast.h"
#include "pyco2cpp/source.h"

namespace pyco2cpp {

enum class Severity { Error, Warning };

struct Diagnostic {
  Severity severity;
  ast::Loc loc;  // loc.col is 0-based; printed as col+1
  std::string message;
};

class Diagnostics {
 public:
  void error(ast::Loc loc, std::string message) { add(Severity::Error, loc, std::move(message)); }
  void warning(ast::Loc loc, std::string message) { add(Severity::Warning, loc, std::move(message)); }
  void add(Severity s, ast::Loc loc, std::string message);

  bool has_errors() const { return errors_ > 0; }
  const std::vector<Diagnostic>& all() const { return list_; }

  // Prints every diagnostic in order: header line, source line, caret.
  void print(std::ostream& out, const SourceFile& src) const;

 private:
  std::vector<Diagnostic> list_;
  int errors_ = 0;
};

}  // namespace pyco2cpp
