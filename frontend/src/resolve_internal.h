// Shared between the resolve passes (resolve.cpp, resolve_placement.cpp).
// Not part of the public contract: everything outside frontend/src reads
// pyco2cpp/scopes.h only.
#pragma once

#include <string>

#include "pyco2cpp/ast.h"
#include "pyco2cpp/diagnostics.h"
#include "pyco2cpp/scopes.h"

namespace pyco2cpp::resolve_detail {

// CPython stops compiling at the first SyntaxError, so every pass reports
// one error and unwinds with this.
struct Stop {};

[[noreturn]] inline void fail(Diagnostics& diags, ast::Loc loc, std::string message) {
  diags.error(loc, std::move(message));
  throw Stop{};
}

// The checks CPython's compiler (not its symbol table) makes, in the order
// the compiler meets them: return/yield/await/break/continue placement,
// async with/for outside async functions, asynchronous comprehensions, ...
// Runs after the symbol table is complete; throws Stop on the first error.
void check_placement(const ast::Module& module, const ScopeTable& table, Diagnostics& diags);

}  // namespace pyco2cpp::resolve_detail
