#include "lexer.h"

#include <fmt/format.h>

#include <algorithm>

#include "pyunicode/unicode.h"

namespace pyco2cpp::lexing {

using antlr4::Token;
using pyco2cpp_antlr::PythonLexer;

size_t count_code_points(std::string_view utf8) {
  size_t n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string token_text(const Token& token) {
  // Zero-length synthesized tokens (DEDENT, a final NEWLINE, EOF) have no
  // text; ANTLR would answer "<EOF>" for the ones at the end.
  if (token.getType() == Token::EOF || token.getStopIndex() + 1 <= token.getStartIndex()) return "";
  return token.getText();
}

std::string source_text(const Token& token) {
  if (token.getType() != PythonLexer::NAME || !token.getInputStream()) return token_text(token);
  return token.getInputStream()->getText(antlr4::misc::Interval(token.getStartIndex(), token.getStopIndex()));
}

ast::Loc token_loc(const Token& token) {
  ast::Loc loc;
  loc.line = static_cast<int>(token.getLine());
  loc.col = static_cast<int>(token.getCharPositionInLine());
  std::string text = source_text(token);
  size_t last_newline = text.find_last_of('\n');
  if (last_newline == std::string::npos) {
    loc.end_line = loc.line;
    loc.end_col = loc.col + static_cast<int>(count_code_points(text));
  } else {
    loc.end_line = loc.line + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    loc.end_col = static_cast<int>(count_code_points(std::string_view(text).substr(last_newline + 1)));
  }
  return loc;
}

ast::Loc span(const Token& first, const Token& last) {
  ast::Loc a = token_loc(first), b = token_loc(last);
  return ast::Loc{a.line, a.col, b.end_line, b.end_col};
}

std::string token_type_name(size_t type) {
  if (type == Token::EOF) return "EOF";
  // The vocabulary is the same for every lexer instance; ask a throwaway one.
  static antlr4::ANTLRInputStream empty_input("");
  static PythonLexer vocabulary_owner(&empty_input);
  return vocabulary_owner.getVocabulary().getSymbolicName(type);
}

namespace {

bool is_open_bracket(size_t t) {
  return t == PythonLexer::OPEN_PAREN || t == PythonLexer::OPEN_BRACK || t == PythonLexer::OPEN_BRACE;
}
bool is_close_bracket(size_t t) {
  return t == PythonLexer::CLOSE_PAREN || t == PythonLexer::CLOSE_BRACK || t == PythonLexer::CLOSE_BRACE;
}
char matching_open(char close) { return close == ')' ? '(' : close == ']' ? '[' : '{'; }

// First code point of a UTF-8 string.
char32_t first_code_point(const std::string& s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
  for (int i = 1; i <= extra && i < static_cast<int>(s.size()); ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

// CPython's tokenizer limits (MAXINDENT, MAXLEVEL): past them a program is
// an error, which also bounds how deep the parser ever recurses for them.
constexpr size_t kMaxIndentLevels = 100;
constexpr size_t kMaxBracketLevels = 200;

bool all_zeros(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '0' || c == '_'; });
}

}  // namespace

LexedText::LexedText(const std::string& utf8, const LexOptions& options)
    : text_(utf8), input_(utf8), lexer_(&input_), first_line_(options.first_line) {
  lexer_.removeErrorListeners();  // the grammar has a catch-all rule; ANTLR never prints
  lexer_.setLine(options.first_line);
  lexer_.setCharPositionInLine(options.first_col);
  run(options);
}

void LexedText::fail(ast::Loc loc, std::string message, bool deferred) {
  if (!error_) error_ = TokenError{loc, std::move(message), deferred};
}

void LexedText::emit(size_t type, const Token& at, const std::string& text, bool at_end) {
  // Synthesized tokens carry their source pair: ANTLR's error paths dereference it.
  size_t start = at_end ? at.getStopIndex() + 1 : at.getStartIndex();
  auto token = antlr4::CommonTokenFactory::DEFAULT->create(
      {&lexer_, &input_}, type, text, Token::DEFAULT_CHANNEL, start, start - 1, at.getLine(),
      at.getCharPositionInLine());
  tokens_.push_back(std::move(token));
}

// Returns false (after reporting) when the number runs straight into a name
// or another number, as in `1abc`, `0x`, `0b12`, `012`.
bool LexedText::check_number_end(const Token& number, const Token& next) {
  if (next.getStartIndex() != number.getStopIndex() + 1) return true;
  size_t t = next.getType();
  std::string num = number.getText(), rest = next.getText();
  bool is_keyword = t >= PythonLexer::FALSE && t <= PythonLexer::YIELD;
  // CPython lets a number run into these keywords (`1if x else 2`) and into
  // non-ASCII names (the parser rejects those), nothing else.
  if (is_keyword && (t == PythonLexer::AND || t == PythonLexer::ELSE || t == PythonLexer::FOR || t == PythonLexer::IF ||
                     t == PythonLexer::IN || t == PythonLexer::IS || t == PythonLexer::NOT || t == PythonLexer::OR))
    return true;
  if (t == PythonLexer::NAME && static_cast<unsigned char>(rest[0]) >= 0x80) return true;
  if (t != PythonLexer::NAME && t != PythonLexer::NUMBER && !is_keyword) return true;
  ast::Loc at_next = token_loc(next), at_number = token_loc(number);
  ast::Loc before_next = at_next;
  before_next.col = std::max(0, at_next.col - 1);
  if (num == "0" && !rest.empty() && std::string("xXoObB").find(rest[0]) != std::string::npos) {
    char kind = static_cast<char>(std::tolower(rest[0]));
    std::string kind_name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
    if (kind != 'x' && rest.size() > 1 && std::isdigit(static_cast<unsigned char>(rest[1]))) {
      ast::Loc at_digit = at_next;
      at_digit.col += 1;
      fail(at_digit, fmt::format("invalid digit '{}' in {} literal", rest[1], kind_name));
    } else {
      fail(at_next, fmt::format("invalid {} literal", kind_name));
    }
    return false;
  }
  bool is_prefixed = num.size() > 1 && num[0] == '0' && std::isalpha(static_cast<unsigned char>(num[1]));
  if (is_prefixed) {
    char kind = static_cast<char>(std::tolower(num[1]));
    std::string kind_name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
    if (t == PythonLexer::NUMBER || std::isdigit(static_cast<unsigned char>(rest[0])))
      fail(at_next, fmt::format("invalid digit '{}' in {} literal", rest[0], kind_name));
    else
      fail(rest[0] == '_' ? at_next : before_next, fmt::format("invalid {} literal", kind_name));
    return false;
  }
  if (all_zeros(num) && (t == PythonLexer::NUMBER || (rest.size() > 1 && rest[0] == '_' &&
                                                        std::isdigit(static_cast<unsigned char>(rest[1]))))) {
    fail(at_number, "leading zeros in decimal integer literals are not permitted; "
                    "use an 0o prefix for octal integers");
    return false;
  }
  fail(rest[0] == '_' ? at_next : before_next, "invalid decimal literal");
  return false;
}

void LexedText::report_raw_error(const Token& token) {
  ast::Loc loc = token_loc(token);
  std::string text = token.getText();
  switch (token.getType()) {
    case PythonLexer::STRAY_BACKSLASH: {
      ast::Loc after = loc;
      after.col += 1;
      if (token.getStopIndex() + 1 >= input_.size())
        fail(after, "unexpected EOF while parsing", true);
      else
        fail(after, "unexpected character after line continuation character", true);
      return;
    }
    case PythonLexer::UNTERMINATED_STRING: {
      bool triple = text.size() >= 3 && (text.ends_with("'''") || text.ends_with("\"\"\""));
      if (triple) {
        // CPython names the line of the file's last character.
        int last_line = first_line_ + static_cast<int>(std::count(text_.begin(), text_.end() - 1, '\n'));
        fail(loc, fmt::format("unterminated triple-quoted string literal (detected at line {})", last_line));
      } else {
        // The string runs to the end of its line, or further after backslashes.
        size_t rel_line = static_cast<size_t>(loc.line - first_line_);
        int line = loc.line;
        size_t pos = 0;
        // Byte offset of the token: walk the text to its line, then to its column.
        size_t line_begin = 0;
        for (size_t l = 0, i = 0; l < rel_line && i < text_.size(); ++i)
          if (text_[i] == '\n') { ++l; line_begin = i + 1; }
        pos = line_begin;
        for (int cp = 0; pos < text_.size() && cp < loc.col;) {
          ++pos;
          while (pos < text_.size() && (static_cast<unsigned char>(text_[pos]) & 0xC0) == 0x80) ++pos;
          ++cp;
        }
        pos += text.size();
        while (pos < text_.size() && text_[pos] != '\n' && text_[pos] != '\r') {
          if (text_[pos] == '\\' && pos + 1 < text_.size()) {
            if (text_[pos + 1] == '\n') ++line;
            pos += 2;
          } else {
            ++pos;
          }
        }
        fail(loc, fmt::format("unterminated string literal (detected at line {})", line));
      }
      return;
    }
    case PythonLexer::NONPRINTABLE_CHAR:
      report_invalid_character(loc, first_code_point(text));
      return;
    default:
      return;
  }
}

void LexedText::report_invalid_character(ast::Loc loc, char32_t c) {
  if (pyunicode::is_printable(c))
    fail(loc, fmt::format("invalid character '{}' (U+{:04X})", pyunicode::encode_utf8(c), static_cast<uint32_t>(c)));
  else
    fail(loc, fmt::format("invalid non-printable character U+{:04X}", static_cast<uint32_t>(c)));
}

bool LexedText::check_and_normalize_name(Token& name) {
  std::string text = name.getText();
  bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return true;  // the grammar admits only valid ASCII names, each its own NFKC form
  if (auto misplaced = pyunicode::find_non_identifier_character(text)) {
    ast::Loc loc = token_loc(name);
    loc.col += static_cast<int>(misplaced->index);
    loc.end_col = loc.col + 1;
    report_invalid_character(loc, misplaced->code_point);
    return false;
  }
  // Names are compared in NFKC form (PEP 3131): the AST only ever sees that.
  if (auto* writable = dynamic_cast<antlr4::WritableToken*>(&name)) writable->setText(pyunicode::nfkc(text));
  return true;
}

namespace {
// Bytes of leading whitespace from `begin`.
size_t whitespace_length(const std::string& text, size_t begin) {
  size_t i = begin;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) ++i;
  return i - begin;
}
}  // namespace

bool LexedText::indent_line(const Token& first) {
  // Measure the physical line's leading whitespace the way CPython does.
  size_t rel_line = first.getLine() - static_cast<size_t>(first_line_);
  size_t begin = rel_line < line_starts_.size() ? line_starts_[rel_line] : text_.size();
  int col = 0, alt = 0;
  for (size_t i = begin; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == ' ') { ++col; ++alt; }
    else if (c == '\t') { col = (col / 8 + 1) * 8; ++alt; }
    else if (c == '\f') { col = alt = 0; }
    else break;
  }
  ast::Loc line_loc{static_cast<int>(first.getLine()), 0, static_cast<int>(first.getLine()), 0};
  auto tab_error = [&] {
    fail(line_loc, "TabError: inconsistent use of tabs and spaces in indentation", true);
    return false;
  };
  if (col == indents_.back()) {
    if (alt != alt_indents_.back()) return tab_error();
  } else if (col > indents_.back()) {
    if (alt <= alt_indents_.back()) return tab_error();
    // CPython's tokenizer keeps at most MAXINDENT (100) levels, the first one included.
    if (indents_.size() >= kMaxIndentLevels) {
      fail(line_loc, "IndentationError: too many levels of indentation", true);
      return false;
    }
    indents_.push_back(col);
    alt_indents_.push_back(alt);
    // Like CPython's tokenize: INDENT starts the line and holds its whitespace.
    size_t line_start = first.getStartIndex() - first.getCharPositionInLine();
    tokens_.push_back(antlr4::CommonTokenFactory::DEFAULT->create(
        {&lexer_, &input_}, PythonLexer::INDENT, text_.substr(begin, whitespace_length(text_, begin)), Token::DEFAULT_CHANNEL,
        line_start, first.getStartIndex() - 1, first.getLine(), 0));
  } else {
    // Find the level first: on a mismatch CPython emits no DEDENT at all.
    size_t level = indents_.size() - 1;
    while (level > 0 && col < indents_[level]) --level;
    size_t dedents = indents_.size() - 1 - level;
    if (col == indents_[level]) {
      for (size_t d = 0; d < dedents; ++d) {
        indents_.pop_back();
        alt_indents_.pop_back();
        emit(PythonLexer::DEDENT, first, "");
      }
    }
    if (col != indents_.back()) {
      // CPython points just past the end of the offending line.
      size_t end = text_.find('\n', begin);
      std::string_view line = std::string_view(text_).substr(begin, end == std::string::npos ? std::string::npos : end - begin);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      line_loc.col = static_cast<int>(count_code_points(line));
      fail(line_loc, "IndentationError: unindent does not match any outer indentation level", true);
      return false;
    }
    if (alt != alt_indents_.back()) return tab_error();
  }
  return true;
}

void LexedText::run(const LexOptions& options) {
  // Line starts, for indentation and the "detected at line N" messages.
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);

  std::vector<std::unique_ptr<Token>> raw = lexer_.getAllTokens();
  size_t eof_line = lexer_.getLine(), eof_col = lexer_.getCharPositionInLine();
  size_t eof_index = input_.size();

  // CPython points at the file's last newline for errors at its end.
  {
    const Token* last_newline = nullptr;
    for (auto it = raw.rbegin(); it != raw.rend(); ++it)
      if ((*it)->getType() == PythonLexer::NEWLINE) { last_newline = it->get(); break; }
    bool ends_with_newline = !text_.empty() && (text_.back() == '\n' || text_.back() == '\r');
    if (ends_with_newline && last_newline) {
      eof_loc_ = token_loc(*last_newline);
      eof_loc_.end_line = eof_loc_.line;
      eof_loc_.end_col = eof_loc_.col;
    } else {
      eof_loc_ = ast::Loc{static_cast<int>(eof_line), static_cast<int>(eof_col),
                          static_cast<int>(eof_line), static_cast<int>(eof_col)};
    }
  }

  if (options.inside_brackets) brackets_.push_back(OpenBracket{"", {}});
  bool at_line_start = !options.inside_brackets;
  const Token* last_significant = nullptr;

  for (size_t i = 0; i < raw.size() && !error_; ++i) {
    Token& tok = *raw[i];
    size_t type = tok.getType();
    if (tok.getChannel() != Token::DEFAULT_CHANNEL) continue;  // comments

    if (type == PythonLexer::NEWLINE) {
      if (at_line_start || !brackets_.empty()) continue;  // blank line, or inside brackets
      tokens_.push_back(std::move(raw[i]));
      at_line_start = true;
      continue;
    }
    if (type == PythonLexer::STRAY_BACKSLASH || type == PythonLexer::UNTERMINATED_STRING ||
        type == PythonLexer::NONPRINTABLE_CHAR) {
      // Indentation is checked before the rest of the line is looked at.
      if (at_line_start && brackets_.empty() && !indent_line(tok)) break;
      report_raw_error(tok);
      break;
    }
    if (at_line_start) {
      if (!indent_line(tok)) break;
      at_line_start = false;
    }
    // A number before the name has already looked at it as written.
    if (type == PythonLexer::NAME && !check_and_normalize_name(tok)) break;
    if (type == PythonLexer::NUMBER && i + 1 < raw.size() && !check_number_end(tok, *raw[i + 1])) break;
    if (is_open_bracket(type)) {
      if (brackets_.size() >= kMaxBracketLevels) {
        fail(token_loc(tok), "too many nested parentheses");
        break;
      }
      if (brackets_.empty() || (options.inside_brackets && brackets_.size() == 1))
        outermost_open_index_ = tokens_.size();
      brackets_.push_back(OpenBracket{tok.getText(), token_loc(tok)});
    } else if (is_close_bracket(type)) {
      std::string close = tok.getText();
      std::string prefix = options.inside_brackets ? "f-string: " : "";
      if (brackets_.empty() || brackets_.back().text.empty()) {
        fail(token_loc(tok), fmt::format("{}unmatched '{}'", prefix, close));
        break;
      }
      const OpenBracket& open = brackets_.back();
      if (open.text[0] != matching_open(close[0])) {
        if (open.loc.line != static_cast<int>(tok.getLine()))
          fail(token_loc(tok), fmt::format("{}closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                           prefix, close, open.text, open.loc.line));
        else
          fail(token_loc(tok), fmt::format("{}closing parenthesis '{}' does not match opening parenthesis '{}'",
                                           prefix, close, open.text));
        break;
      }
      brackets_.pop_back();
    }
    last_significant = raw[i].get();
    tokens_.push_back(std::move(raw[i]));
  }

  if (error_) {
    // The parser is never run on a text with a tokenizer error; still end
    // the list properly for --dump=tokens.
  } else {
    if (options.inside_brackets && !brackets_.empty()) brackets_.erase(brackets_.begin());
    if (!brackets_.empty()) {
      unclosed_ = brackets_.back();
      outermost_unclosed_index_ = outermost_open_index_;
    }
    // A backslash right before the end of the file.
    {
      size_t end = text_.size();
      while (end > 0 && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) {
        size_t nl = end - 1;
        if (text_[nl] == '\n' && nl > 0 && text_[nl - 1] == '\r') --nl;
        if (nl > 0 && text_[nl - 1] == '\\') {
          // Locate the backslash: line and column.
          int line = first_line_;
          size_t line_begin = 0;
          for (size_t k = 0; k < nl - 1; ++k)
            if (text_[k] == '\n') { ++line; line_begin = k + 1; }
          int col = static_cast<int>(count_code_points(std::string_view(text_).substr(line_begin, nl - 1 - line_begin)));
          fail(ast::Loc{line, col + 1, line, col + 1}, "unexpected EOF while parsing", true);
        }
        break;
      }
    }
  }

  // Like CPython's tokenize, the end marker sits on the line after a last
  // line that has no newline of its own.
  size_t end_line = eof_line, end_col = eof_col;
  if (!text_.empty() && text_.back() != '\n' && text_.back() != '\r' && !options.inside_brackets) {
    end_line = eof_line + 1;
    end_col = 0;
  }

  // End of input: close the last logical line and every open block.
  auto eof = antlr4::CommonTokenFactory::DEFAULT->create(
      {&lexer_, &input_}, Token::EOF, "<EOF>", Token::DEFAULT_CHANNEL, eof_index, eof_index - 1, end_line, end_col);
  if (!error_ && !unclosed_ && !options.inside_brackets) {
    if (!at_line_start && last_significant) {
      // A last line without its newline still ends a statement.
      tokens_.push_back(antlr4::CommonTokenFactory::DEFAULT->create(
          {&lexer_, &input_}, PythonLexer::NEWLINE, "", Token::DEFAULT_CHANNEL, eof_index, eof_index - 1,
          eof_line, eof_col));
    }
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit(PythonLexer::DEDENT, *eof, "");
    }
  }
  error_token_index_ = tokens_.size();
  tokens_.push_back(std::move(eof));
}

}  // namespace pyco2cpp::lexing
