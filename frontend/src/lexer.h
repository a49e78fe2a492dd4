// The token filter between ANTLR's raw lexer and the parser (internal to
// frontend/src; includes the ANTLR runtime).
//
// It does what CPython's tokenizer does on top of plain tokens: NEWLINE only
// at the end of a logical line, INDENT/DEDENT from a stack of indentation
// columns (tabs to the next multiple of 8, checked against a tabs-as-one
// column for TabError), no newlines inside brackets, blank and comment-only
// lines dropped, and the tokenizer's errors worded like CPython's.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "PythonLexer.h"
#include "antlr4-runtime.h"
#include "pyco2cpp/ast.h"

namespace pyco2cpp::lexing {

struct TokenError {
  ast::Loc loc;
  std::string message;
  // CPython raises most tokenizer errors at once, so they win over any
  // syntax error; indentation and line-continuation errors only stop the
  // token stream and count when the parser gets that far.
  bool deferred = false;
};

struct OpenBracket {
  std::string text;  // "(", "[" or "{"
  ast::Loc loc;
};

struct LexOptions {
  int first_line = 1;  // where the text starts in its file (f-string parts start mid-line)
  int first_col = 0;
  bool inside_brackets = false;  // an f-string expression: newlines never end it
};

// Lexes a whole text up front. Tokens stop at the first tokenizer error, so
// the parser never sees anything past it.
class LexedText {
 public:
  LexedText(const std::string& utf8, const LexOptions& options = {});

  std::vector<std::unique_ptr<antlr4::Token>> take_tokens() { return std::move(tokens_); }
  const std::vector<std::unique_ptr<antlr4::Token>>& tokens() const { return tokens_; }
  const std::optional<TokenError>& error() const { return error_; }
  // The innermost bracket still open at the end of the text, if any.
  const std::optional<OpenBracket>& unclosed() const { return unclosed_; }
  // Index (in tokens()) of the outermost bracket still open at the end.
  size_t outermost_unclosed_index() const { return outermost_unclosed_index_; }
  // Where CPython points for an error at the end of the file: the last newline.
  ast::Loc end_of_file_loc() const { return eof_loc_; }
  // Index of the EOF token that replaces the rest after a deferred error.
  size_t error_token_index() const { return error_token_index_; }

  pyco2cpp_antlr::PythonLexer& lexer() { return lexer_; }

 private:
  void run(const LexOptions& options);
  void emit(size_t type, const antlr4::Token& at, const std::string& text, bool at_end = false);
  void fail(ast::Loc loc, std::string message, bool deferred = false);
  bool check_number_end(const antlr4::Token& number, const antlr4::Token& next);
  bool indent_line(const antlr4::Token& first);
  void report_raw_error(const antlr4::Token& token);
  void report_invalid_character(ast::Loc loc, char32_t c);
  // Reports the first character of a name that may not be in one (as
  // CPython's verify_identifier); otherwise gives the name its NFKC text.
  bool check_and_normalize_name(antlr4::Token& name);

  std::string text_;
  antlr4::ANTLRInputStream input_;
  pyco2cpp_antlr::PythonLexer lexer_;
  std::vector<std::unique_ptr<antlr4::Token>> tokens_;
  std::optional<TokenError> error_;
  std::optional<OpenBracket> unclosed_;
  size_t outermost_open_index_ = 0, outermost_unclosed_index_ = 0;
  size_t error_token_index_ = 0;
  ast::Loc eof_loc_;
  std::vector<int> indents_{0}, alt_indents_{0};
  std::vector<OpenBracket> brackets_;
  std::vector<size_t> line_starts_;  // byte offset of each line start (after each '\n'), relative to the text
  int first_line_ = 1;
};

// Start and end of a token, end computed from its source text (strings span lines).
ast::Loc token_loc(const antlr4::Token& token);
ast::Loc span(const antlr4::Token& first, const antlr4::Token& last);

size_t count_code_points(std::string_view utf8);

// A token's text; "" for zero-length synthesized tokens.
std::string token_text(const antlr4::Token& token);

// A token as written in the source: a name's text is its NFKC form instead
// (PEP 3131), which soft keywords, like CPython's, do not look at.
std::string source_text(const antlr4::Token& token);

// Display name for --dump=tokens: "NAME", "NEWLINE", "'('".
std::string token_type_name(size_t type);

}  // namespace pyco2cpp::lexing
