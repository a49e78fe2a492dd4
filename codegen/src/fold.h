// Constant folding of arithmetic on literals, as CPython's AST optimiser
// (Python/ast_opt.c) does it: `10**30`, `2**64 - 1`, `-(2**63)`, `'ab' * 3`
// become constants, so that a tuple of them is a constant too.
//
// A fold happens only where the value is certain to be the one the run-time
// operation gives and CPython's limits allow it (products and powers up to
// 128 bits, strings up to 4096 characters). Anything that would raise (`1/0`,
// `1 << -1`) or that this folder cannot compute exactly (ints past 127 bits,
// float `%`, `//` and `**`, complex) is left to run time, where it raises at
// its line as before: folding less than CPython changes no printed value,
// only which equal constants are one object.
#pragma once

#include <optional>
#include <string>

#include "pyco2cpp/ast.h"

namespace pyco2cpp::codegen {

struct Folded {
  enum class Kind { Int, Float, Str, Bytes } kind = Kind::Int;
  __int128 i = 0;     // Int
  double f = 0.0;     // Float
  std::string text;   // Str (UTF-8), Bytes
};

// The value of `e` if it is a literal or folds to one.
std::optional<Folded> fold_constant(const ast::Expr& e);

// Decimal digits of an int, with its '-' sign.
std::string int128_to_string(__int128 v);

}  // namespace pyco2cpp::codegen
