// Parse tree -> ast::Module (internal to frontend/src).
#pragma once

#include <memory>
#include <optional>

#include "PythonParser.h"
#include "parse_internal.h"
#include "pyco2cpp/ast.h"
#include "pyco2cpp/diagnostics.h"

namespace pyco2cpp::building {

// Throws parsing::SyntaxError on the first construct CPython rejects
// (invalid assignment targets, argument order, bad escapes, f-string errors).
// Appends to `warnings` what CPython's compiler reports as a SyntaxWarning
// (`x is 1`), in source order; the caller keeps them only if the build
// succeeds, as CPython's compiler never sees a file that fails to parse.
std::unique_ptr<ast::Module> build_module(pyco2cpp_antlr::PythonParser::File_inputContext* tree,
                                          std::vector<Diagnostic>& warnings);
ast::ExprPtr build_fstring_expr(pyco2cpp_antlr::PythonParser::Fstring_exprContext* tree);

// CPython's compiler (its AST optimiser, first to walk the tree) counts the
// statements and expressions it is inside of, and stops past 3000 (its
// recursion limit, 1000, times COMPILER_STACK_FRAME_SCALE, 3).
inline constexpr int kMaxNodeDepth = 3000;
inline constexpr const char* kRecursionError = "RecursionError: maximum recursion depth exceeded during compilation";
// The first node (in the compiler's order) deeper than that, if any. Walks
// with a stack of its own, so any depth is safe.
std::optional<ast::Loc> too_deep(const ast::Module& module);

}  // namespace pyco2cpp::building

namespace pyco2cpp::building {

// ast_builder_literals.cpp: a run of adjacent STRING tokens (implicit
// concatenation, f-strings included) and NUMBER tokens.
ast::ExprPtr build_strings(const std::vector<antlr4::Token*>& strings);
ast::ExprPtr build_number(const antlr4::Token& number);

// CPython's name for an expression in messages ("function call", "literal").
const char* expr_name(const ast::Expr& e);
// True for what CPython's grammar calls a bitwise_or (no comparison, not, and,
// or, lambda, conditional; no bare tuple/list/True/False/None).
bool is_bitwise_or_level(const ast::Expr& e);

}  // namespace pyco2cpp::building
