// The parse step: token filter -> ANTLR parser -> AST builder, and the
// translation of ANTLR's first failure into CPython's wording.
#include "pyco2cpp/parse.h"

#include <fmt/format.h>

#include <set>
#include <sstream>

#include "PythonParser.h"
#include "antlr4-runtime.h"
#include "ast_builder.h"
#include "lexer.h"
#include "parse_internal.h"
#include "pyco2cpp/stack.h"

namespace pyco2cpp {

using antlr4::Token;
using pyco2cpp_antlr::PythonLexer;
using pyco2cpp_antlr::PythonParser;

namespace {

struct ParseFailure {
  size_t token_index = 0;  // index of the offending token in the stream
  antlr4::misc::IntervalSet expected;
};

// Records the first error and stops the parse: like CPython, only the first
// error is reported, so there is nothing to recover for.
class FirstErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  std::optional<ParseFailure> failure;

  void reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) override {
    if (failure) return;
    Token* offending = e.getOffendingToken() ? e.getOffendingToken() : parser->getCurrentToken();
    failure = ParseFailure{offending->getTokenIndex(), e.getExpectedTokens()};
  }
  void recover(antlr4::Parser*, std::exception_ptr) override { throw antlr4::ParseCancellationException(); }
  Token* recoverInline(antlr4::Parser* parser) override {
    antlr4::InputMismatchException e(parser);
    reportError(parser, e);
    throw antlr4::ParseCancellationException();
  }
  void sync(antlr4::Parser*) override {}
};

// Thrown when the parse goes deeper than the stack allows: the program is
// nested past what CPython parses too, or nearly so.
struct TooDeep {
  Token* at;
};

// The generated parser, stopping before its recursion exhausts the stack.
class GuardedParser : public PythonParser {
 public:
  using PythonParser::PythonParser;
  void enterRule(antlr4::ParserRuleContext* ctx, size_t state, size_t rule) override {
    if (stack_nearly_exhausted()) throw TooDeep{getCurrentToken()};
    PythonParser::enterRule(ctx, state, rule);
  }
};

// One run of the parser over a token list, SLL first and full LL only when
// SLL fails (the usual ANTLR speed-up: SLL is exact on valid input here).
class ParserRun {
 public:
  explicit ParserRun(lexing::LexedText& lexed)
      : source_(lexed.take_tokens()), stream_(&source_), parser_(&stream_) {
    parser_.removeErrorListeners();  // never any ANTLR text on stderr
    stream_.fill();
  }

  template <class Ctx>
  Ctx* parse(Ctx* (PythonParser::*rule)()) {
    parser_.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser_.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      return (parser_.*rule)();
    } catch (antlr4::ParseCancellationException&) {
    }
    stream_.seek(0);
    parser_.reset();
    parser_.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    strategy_ = std::make_shared<FirstErrorStrategy>();
    parser_.setErrorHandler(strategy_);
    try {
      Ctx* tree = (parser_.*rule)();
      if (!strategy_->failure) return tree;
    } catch (antlr4::ParseCancellationException&) {
    }
    if (!strategy_->failure) strategy_->failure = ParseFailure{stream_.index(), {}};
    return nullptr;
  }

  const std::optional<ParseFailure>& failure() const { return strategy_->failure; }
  std::vector<Token*> tokens() { return stream_.getTokens(); }

 private:
  antlr4::ListTokenSource source_;
  antlr4::CommonTokenStream stream_;
  GuardedParser parser_;
  std::shared_ptr<FirstErrorStrategy> strategy_;
};

bool starts_expression(size_t t) {
  switch (t) {
    case PythonLexer::NAME: case PythonLexer::NUMBER: case PythonLexer::STRING:
    case PythonLexer::NONE: case PythonLexer::TRUE: case PythonLexer::FALSE:
    case PythonLexer::ELLIPSIS: case PythonLexer::LAMBDA: case PythonLexer::AWAIT:
    case PythonLexer::OPEN_PAREN: case PythonLexer::OPEN_BRACK: case PythonLexer::OPEN_BRACE:
    case PythonLexer::MINUS: case PythonLexer::ADD: case PythonLexer::NOT_OP: case PythonLexer::NOT:
      return true;
    default:
      return false;
  }
}

bool ends_expression(size_t t) {
  switch (t) {
    case PythonLexer::NAME: case PythonLexer::NUMBER: case PythonLexer::STRING:
    case PythonLexer::NONE: case PythonLexer::TRUE: case PythonLexer::FALSE:
    case PythonLexer::ELLIPSIS: case PythonLexer::CLOSE_PAREN: case PythonLexer::CLOSE_BRACK:
    case PythonLexer::CLOSE_BRACE:
      return true;
    default:
      return false;
  }
}

// Tokens that may appear inside a `disjunction` (CPython's or-expression).
bool inside_disjunction(size_t t) {
  switch (t) {
    case PythonLexer::NAME: case PythonLexer::NUMBER: case PythonLexer::STRING:
    case PythonLexer::NONE: case PythonLexer::TRUE: case PythonLexer::FALSE: case PythonLexer::ELLIPSIS:
    case PythonLexer::DOT: case PythonLexer::ADD: case PythonLexer::MINUS: case PythonLexer::STAR:
    case PythonLexer::DIV: case PythonLexer::IDIV: case PythonLexer::MOD: case PythonLexer::AT:
    case PythonLexer::POWER: case PythonLexer::LEFT_SHIFT: case PythonLexer::RIGHT_SHIFT:
    case PythonLexer::AND_OP: case PythonLexer::OR_OP: case PythonLexer::XOR: case PythonLexer::NOT_OP:
    case PythonLexer::LESS_THAN: case PythonLexer::GREATER_THAN: case PythonLexer::EQUALS:
    case PythonLexer::GT_EQ: case PythonLexer::LT_EQ: case PythonLexer::NOT_EQ: case PythonLexer::IS:
    case PythonLexer::NOT: case PythonLexer::AND: case PythonLexer::OR: case PythonLexer::AWAIT:
      return true;
    default:
      return false;
  }
}

bool is_close(size_t t) {
  return t == PythonLexer::CLOSE_PAREN || t == PythonLexer::CLOSE_BRACK || t == PythonLexer::CLOSE_BRACE;
}
bool is_open(size_t t) {
  return t == PythonLexer::OPEN_PAREN || t == PythonLexer::OPEN_BRACK || t == PythonLexer::OPEN_BRACE;
}

// Index of the first token of the disjunction that ends at `last`.
size_t disjunction_start(const std::vector<Token*>& toks, size_t last) {
  size_t j = last;
  while (true) {
    size_t t = toks[j]->getType();
    if (is_close(t)) {
      int depth = 0;
      while (true) {
        size_t u = toks[j]->getType();
        if (is_close(u)) ++depth;
        if (is_open(u) && --depth == 0) break;
        if (j == 0) return 0;
        --j;
      }
    } else if (!inside_disjunction(t)) {
      return j + 1;
    }
    if (j == 0) return 0;
    --j;
  }
}

// True when token `k` sits directly inside a `def`'s parameter list, where
// CPython has no "forgot a comma" rule.
bool in_parameter_list(const std::vector<Token*>& toks, size_t k) {
  int depth = 0;
  for (size_t j = k; j-- > 0;) {
    size_t t = toks[j]->getType();
    if (is_close(t)) ++depth;
    if (is_open(t)) {
      if (depth == 0)
        return t == PythonLexer::OPEN_PAREN && j >= 2 && toks[j - 1]->getType() == PythonLexer::NAME &&
               toks[j - 2]->getType() == PythonLexer::DEF;
      --depth;
    }
  }
  return false;
}

bool ends_logical_line(size_t t) {
  return t == PythonLexer::NEWLINE || t == PythonLexer::INDENT || t == PythonLexer::DEDENT;
}

// Index of the first token of the logical line holding token `k`.
size_t logical_line_start(const std::vector<Token*>& toks, size_t k) {
  size_t j = k;
  while (j > 0 && !ends_logical_line(toks[j - 1]->getType())) --j;
  return j;
}

std::string block_owner(const std::vector<Token*>& toks, size_t header) {
  size_t t = toks[header]->getType();
  if (t == PythonLexer::ASYNC && header + 1 < toks.size()) t = toks[++header]->getType();
  switch (t) {
    case PythonLexer::IF: return "'if' statement";
    case PythonLexer::ELIF: return "'elif' statement";
    case PythonLexer::ELSE: return "'else' statement";
    case PythonLexer::WHILE: return "'while' statement";
    case PythonLexer::FOR: return "'for' statement";
    case PythonLexer::WITH: return "'with' statement";
    case PythonLexer::TRY: return "'try' statement";
    case PythonLexer::EXCEPT:
      return header + 1 < toks.size() && toks[header + 1]->getType() == PythonLexer::STAR
                 ? "'except*' statement" : "'except' statement";
    case PythonLexer::FINALLY: return "'finally' statement";
    case PythonLexer::DEF: return "function definition";
    case PythonLexer::CLASS: return "class definition";
    default: return "statement";
  }
}

parsing::SyntaxError describe_failure(const std::vector<Token*>& toks, const ParseFailure& failure,
                                      const lexing::LexedText& lexed, int outer_depth = 0) {
  size_t k = std::min(failure.token_index, toks.size() - 1);
  const Token& bad = *toks[k];
  size_t type = bad.getType();
  const auto& expected = failure.expected;
  ast::Loc at = type == Token::EOF ? lexed.end_of_file_loc() : lexing::token_loc(bad);
  bool next_is_eof = k + 1 < toks.size() && toks[k + 1]->getType() == Token::EOF;

  if (const auto& open = lexed.unclosed()) {
    // CPython's parser runs into the end of the file whenever the failing
    // token sits inside the bracket that never closes.
    if (type == Token::EOF || next_is_eof || static_cast<int>(bad.getLine()) > open->loc.line ||
        (k > lexed.outermost_unclosed_index() && k > 0 && starts_expression(type) &&
         ends_expression(toks[k - 1]->getType()) && !in_parameter_list(toks, k)))
      return {open->loc, fmt::format("'{}' was never closed", open->text)};
  }
  if (expected.contains(static_cast<size_t>(PythonLexer::INDENT)) && k > 0 && toks[k - 1]->getType() == PythonLexer::NEWLINE) {
    size_t header = logical_line_start(toks, k - 1);
    return {at, fmt::format("IndentationError: expected an indented block after {} on line {}",
                            block_owner(toks, header), toks[header]->getLine())};
  }
  if (type == PythonLexer::INDENT) {
    // CPython points at the last character of the indentation.
    ast::Loc loc = at;
    loc.col = std::max(0, static_cast<int>(lexing::count_code_points(bad.getText())) - 1);
    return {loc, "IndentationError: unexpected indent"};
  }
  if (type == PythonLexer::DEDENT) return {at, "IndentationError: unexpected unindent"};

  size_t line_start = logical_line_start(toks, k);
  size_t head = toks[line_start]->getType();
  if (head == PythonLexer::ASYNC && line_start + 1 < k) head = toks[line_start + 1]->getType();

  // `match` is valid Python 3.11 that pyco2cpp does not take yet.
  if (toks[line_start]->getType() == PythonLexer::NAME && lexing::source_text(*toks[line_start]) == "match" &&
      k > line_start) {
    size_t j = k;
    while (j < toks.size() && toks[j]->getType() != PythonLexer::NEWLINE && toks[j]->getType() != Token::EOF) ++j;
    if (j > 0 && toks[j - 1]->getType() == PythonLexer::COLON)
      return {lexing::token_loc(*toks[line_start]), "unsupported: the 'match' statement"};
  }

  // Python 2's print and exec statements.
  if (k > 0 && toks[k - 1]->getType() == PythonLexer::NAME && starts_expression(type) &&
      type != PythonLexer::OPEN_PAREN && !(k > 1 && toks[k - 2]->getType() == PythonLexer::DOT)) {
    std::string name = toks[k - 1]->getText();
    if (name == "print" || name == "exec")
      return {lexing::token_loc(*toks[k - 1]),
              fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?", name, name)};
  }

  if (expected.contains(static_cast<size_t>(PythonLexer::EXCEPT)) &&
      expected.contains(static_cast<size_t>(PythonLexer::FINALLY)))
    return {at, "expected 'except' or 'finally' block"};

  // `f():` — an annotation colon after something that cannot be annotated:
  // CPython stops at the colon itself.
  if (type == PythonLexer::NEWLINE && k >= 2 && toks[k - 1]->getType() == PythonLexer::COLON &&
      !(head >= PythonLexer::FALSE && head <= PythonLexer::YIELD && head != PythonLexer::NONE &&
        head != PythonLexer::TRUE && head != PythonLexer::FALSE && head != PythonLexer::LAMBDA &&
        head != PythonLexer::NOT && head != PythonLexer::AWAIT)) {
    std::string text = toks[line_start]->getInputStream()->getText(
        antlr4::misc::Interval(toks[line_start]->getStartIndex(), toks[k - 2]->getStopIndex()));
    bool annotatable = false;
    try {
      ast::ExprPtr target = parsing::parse_expression_fragment(text, static_cast<int>(toks[line_start]->getLine()),
                                                               static_cast<int>(toks[line_start]->getCharPositionInLine()));
      annotatable = target && (target->kind == ast::ExprKind::Name || target->kind == ast::ExprKind::Attribute ||
                               target->kind == ast::ExprKind::Subscript);
    } catch (const parsing::SyntaxError&) {
    }
    if (!annotatable) return {lexing::token_loc(*toks[k - 1]), "invalid syntax"};
  }
  if (expected.contains(static_cast<size_t>(PythonLexer::COLON))) {
    int depth = 0;
    for (size_t j = line_start; j < k; ++j) {
      if (is_open(toks[j]->getType())) ++depth;
      if (is_close(toks[j]->getType())) --depth;
    }
    bool forced_colon =
        (head == PythonLexer::DEF && depth == 0 && toks[k - 1]->getType() != PythonLexer::NAME) ||
        ((head == PythonLexer::TRY || head == PythonLexer::ELSE || head == PythonLexer::FINALLY) && k == line_start + 1);
    bool compound_header = head == PythonLexer::IF || head == PythonLexer::ELIF || head == PythonLexer::ELSE ||
                           head == PythonLexer::WHILE || head == PythonLexer::FOR || head == PythonLexer::TRY ||
                           head == PythonLexer::EXCEPT || head == PythonLexer::FINALLY || head == PythonLexer::WITH ||
                           head == PythonLexer::DEF || head == PythonLexer::CLASS;
    if ((type == PythonLexer::NEWLINE && compound_header && depth == 0) || forced_colon) return {at, "expected ':'"};
  }
  if (head == PythonLexer::DEF && expected.contains(static_cast<size_t>(PythonLexer::OPEN_PAREN)) && k == line_start + 2 + (toks[line_start]->getType() == PythonLexer::ASYNC))
    return {at, "expected '('"};

  // CPython's rule does not fire when a ':' follows (`x = a if b:`).
  if (expected.contains(static_cast<size_t>(PythonLexer::ELSE)) && !expected.contains(static_cast<size_t>(PythonLexer::NEWLINE)) &&
      k > 0 && type != PythonLexer::COLON) {
    // `a if b` without its else.
    size_t j = k;
    while (j > line_start && toks[j - 1]->getType() != PythonLexer::IF) --j;
    if (j > line_start + 1) {
      size_t start = disjunction_start(toks, j - 2);
      return {lexing::token_loc(*toks[start]), "expected 'else' after 'if' expression"};
    }
  }

  // `if x = 1:` — an `=` where only an expression can be.
  if (type == PythonLexer::ASSIGN && k > 0) {
    size_t start = disjunction_start(toks, k - 1);
    if (start == k - 1 && toks[start]->getType() == PythonLexer::NAME)
      return {lexing::token_loc(*toks[start]), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"};
    size_t before = start > 0 ? toks[start - 1]->getType() : 0;
    bool in_condition = before == PythonLexer::IF || before == PythonLexer::ELIF || before == PythonLexer::WHILE ||
                        before == PythonLexer::OPEN_PAREN || before == PythonLexer::OPEN_BRACK ||
                        before == PythonLexer::ASSERT || before == PythonLexer::AND || before == PythonLexer::OR ||
                        before == PythonLexer::NOT;
    if (start < k && in_condition) {
      // Name what stands left of the `=` the way CPython does: parse it alone.
      std::string text = toks[start]->getInputStream()->getText(
          antlr4::misc::Interval(toks[start]->getStartIndex(), toks[k - 1]->getStopIndex()));
      try {
        ast::ExprPtr target = parsing::parse_expression_fragment(text, static_cast<int>(toks[start]->getLine()),
                                                                 static_cast<int>(toks[start]->getCharPositionInLine()));
        if (target && building::is_bitwise_or_level(*target))
          return {target->loc, fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                           building::expr_name(*target))};
      } catch (const parsing::SyntaxError&) {
      }
    }
  }

  // Two expressions side by side inside brackets.
  if (k > 0 && starts_expression(type) && type != PythonLexer::OPEN_PAREN && type != PythonLexer::OPEN_BRACK &&
      type != PythonLexer::MINUS && type != PythonLexer::ADD && type != PythonLexer::NOT &&
      ends_expression(toks[k - 1]->getType())) {
    int depth = outer_depth;
    for (size_t j = 0; j < k; ++j) {
      if (is_open(toks[j]->getType())) ++depth;
      if (is_close(toks[j]->getType())) --depth;
    }
    size_t start = disjunction_start(toks, k - 1);
    bool name_then_string = start + 1 <= k && toks[start]->getType() == PythonLexer::NAME &&
                            toks[start + 1]->getType() == PythonLexer::STRING;
    if (depth > 0 && !name_then_string && start < k && !in_parameter_list(toks, k))
      return {lexing::token_loc(*toks[start]), "invalid syntax. Perhaps you forgot a comma?"};
  }
  return {at, "invalid syntax"};
}

}  // namespace

namespace parsing {

ast::ExprPtr parse_expression_fragment(const std::string& text, int line, int col) {
  lexing::LexOptions options;
  options.first_line = line;
  options.first_col = col;
  options.inside_brackets = true;
  lexing::LexedText lexed(text, options);
  if (const auto& err = lexed.error()) throw SyntaxError{err->loc, err->message};
  ParserRun run(lexed);
  PythonParser::Fstring_exprContext* tree = nullptr;
  try {
    tree = run.parse(&PythonParser::fstring_expr);
  } catch (const TooDeep& e) {
    throw SyntaxError{lexing::token_loc(*e.at), parsing::kTooDeep};
  }
  if (!tree) throw describe_failure(run.tokens(), *run.failure(), lexed, 1);
  return building::build_fstring_expr(tree);
}

ast::ExprPtr parse_fstring_expression(const std::string& text, int line, int col) {
  lexing::LexOptions options;
  options.first_line = line;
  options.first_col = col;
  options.inside_brackets = true;
  lexing::LexedText lexed(text, options);
  // CPython's tokenizer raises its errors itself, unprefixed ("invalid
  // decimal literal", "too many nested parentheses"); only the f-string's own
  // bracket checks say "f-string: ", and the lexer words those already.
  if (const auto& err = lexed.error()) throw SyntaxError{err->loc, err->message};
  ParserRun run(lexed);
  PythonParser::Fstring_exprContext* tree = nullptr;
  try {
    tree = run.parse(&PythonParser::fstring_expr);
  } catch (const TooDeep& e) {
    throw SyntaxError{lexing::token_loc(*e.at), parsing::kTooDeep};
  }
  if (!tree) {
    SyntaxError e = describe_failure(run.tokens(), *run.failure(), lexed, 1);
    // CPython 3.11 parses the field as "(text)" on its own, so its columns
    // count from the field's start, plus one for the parenthesis.
    if (e.loc.line == line) e.loc.col = e.loc.col - col + 1;
    throw SyntaxError{e.loc, "f-string: " + e.message};
  }
  ast::ExprPtr value = building::build_fstring_expr(tree);
  if (value->kind == ast::ExprKind::Starred) {
    ast::Loc loc = value->loc;
    if (loc.line == line) loc.col = loc.col - col + 1;
    throw SyntaxError{loc, "f-string: cannot use starred expression here"};
  }
  return value;
}

}  // namespace parsing

std::unique_ptr<ast::Module> parse(const SourceFile& src, Diagnostics& diags) {
  if (src.text.find('\0') != std::string::npos) {
    diags.error(ast::Loc{}, "source code string cannot contain null bytes");
    return nullptr;
  }
  lexing::LexedText lexed(src.text);
  const auto& lex_error = lexed.error();
  if (lex_error && !lex_error->deferred) {
    diags.error(lex_error->loc, lex_error->message);
    return nullptr;
  }
  ParserRun run(lexed);
  PythonParser::File_inputContext* tree = nullptr;
  try {
    tree = run.parse(&PythonParser::file_input);
  } catch (const TooDeep& e) {
    diags.error(lexing::token_loc(*e.at), parsing::kTooDeep);
    return nullptr;
  }
  if (lex_error && (tree || run.failure()->token_index >= lexed.error_token_index())) {
    diags.error(lex_error->loc, lex_error->message);
    return nullptr;
  }
  if (!tree) {
    parsing::SyntaxError e = describe_failure(run.tokens(), *run.failure(), lexed);
    diags.error(e.loc, e.message);
    return nullptr;
  }
  try {
    std::vector<Diagnostic> warnings;
    std::unique_ptr<ast::Module> module = building::build_module(tree, warnings);
    for (Diagnostic& w : warnings) diags.add(w.severity, w.loc, std::move(w.message));
    if (std::optional<ast::Loc> deep = building::too_deep(*module)) {
      diags.error(*deep, building::kRecursionError);
      return nullptr;
    }
    return module;
  } catch (const parsing::SyntaxError& e) {
    diags.error(e.loc, e.message);
    return nullptr;
  }
}

std::string dump_tokens(const SourceFile& src, Diagnostics& diags) {
  lexing::LexedText lexed(src.text);
  std::ostringstream out;
  for (const auto& token : lexed.tokens()) {
    std::string text = lexing::token_text(*token);
    std::string escaped;
    for (char c : text) {
      if (c == '\n') escaped += "\\n";
      else if (c == '\r') escaped += "\\r";
      else if (c == '\t') escaped += "\\t";
      else if (c == '\'') escaped += "\\'";
      else if (c == '\\') escaped += "\\\\";
      else escaped += c;
    }
    out << token->getLine() << ':' << token->getCharPositionInLine() << ' '
        << lexing::token_type_name(token->getType()) << " '" << escaped << "'\n";
  }
  if (const auto& err = lexed.error()) diags.error(err->loc, err->message);
  return out.str();
}

}  // namespace pyco2cpp
