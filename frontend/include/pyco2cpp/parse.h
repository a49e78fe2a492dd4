// The parse step: SourceFile -> ast::Module. ANTLR stays behind this header.
//
// Indentation follows CPython's tokenizer: INDENT/DEDENT, implicit line
// joining inside brackets and after a backslash, and TabError /
// IndentationError where CPython raises them. Syntax errors use CPython's
// wording ("'(' was never closed", "invalid syntax", "Missing parentheses in
// call to 'print'. Did you mean print(...)?", "expected ':'").
#pragma once

#include <memory>
#include <string>

#include "pyco2cpp/ast.h"
#include "pyco2cpp/diagnostics.h"
#include "pyco2cpp/source.h"

namespace pyco2cpp {

// Returns null (and reports into diags) when the file does not parse.
std::unique_ptr<ast::Module> parse(const SourceFile& src, Diagnostics& diags);

// `--dump=tokens`: one token per line: `LINE:COL TYPE 'text'`, with the
// synthesized NEWLINE / INDENT / DEDENT tokens. Reports lexical errors.
std::string dump_tokens(const SourceFile& src, Diagnostics& diags);

}  // namespace pyco2cpp
