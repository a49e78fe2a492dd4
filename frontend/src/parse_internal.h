// Shared between parse.cpp and the AST builder (internal to frontend/src).
#pragma once

#include <string>

#include "pyco2cpp/ast.h"

namespace pyco2cpp::parsing {

// The first syntax error, with CPython's wording. Thrown by the AST builder
// and by the f-string parser; parse() turns it into one diagnostic.
struct SyntaxError {
  ast::Loc loc;
  std::string message;
};

// pyco2cpp's own limit, met only by input nested deeper than CPython's
// parser or compiler take in nearly every case: the stack would run out.
inline constexpr const char* kTooDeep = "unsupported: the program is nested too deeply for pyco2cpp's parser";

// Parses the expression part of an f-string replacement field. `text` is the
// source text between `{` and the conversion/format/`}`; line/col is where
// it starts in the file. Throws SyntaxError (messages prefixed "f-string: ").
ast::ExprPtr parse_fstring_expression(const std::string& text, int line, int col);

// Parses a piece of source text as an expression (brackets implied: newlines
// do not end it). Throws SyntaxError with the plain message.
ast::ExprPtr parse_expression_fragment(const std::string& text, int line, int col);

}  // namespace pyco2cpp::parsing
