// Literals: numbers normalised to decimal, string escapes decoded, f-strings
// split into Constant / FormattedValue the way CPython 3.11's ast does.
#include <cstring>
#include <fmt/format.h>

#include <algorithm>

#include "ast_builder.h"
#include "lexer.h"

namespace pyco2cpp::building {

using antlr4::Token;
using parsing::SyntaxError;

namespace {

template <class T>
std::unique_ptr<T> make(ast::Loc loc) {
  auto node = std::make_unique<T>();
  node->loc = loc;
  return node;
}

// ------------------------------------------------------------------ numbers

// Digits of `text` in `base` -> decimal digits (arbitrary size).
std::string to_decimal(std::string_view digits, int base) {
  std::vector<int> dec{0};  // little-endian decimal digits
  for (char c : digits) {
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10;
    int carry = d;
    for (int& x : dec) {
      int v = x * base + carry;
      x = v % 10;
      carry = v / 10;
    }
    while (carry) {
      dec.push_back(carry % 10);
      carry /= 10;
    }
  }
  while (dec.size() > 1 && dec.back() == 0) dec.pop_back();
  std::string out;
  for (auto it = dec.rbegin(); it != dec.rend(); ++it) out += static_cast<char>('0' + *it);
  return out;
}

// ------------------------------------------------------------------ strings

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// Decodes the escapes of a (non-raw) literal segment. `bytes` keeps \u, \U
// and \N as written, as Python does for bytes literals.
std::string decode_escapes(std::string_view s, bool bytes, ast::Loc loc) {
  std::string out;
  const char* codec = bytes ? "(value error)" : "(unicode error) 'unicodeescape' codec can't decode bytes in";
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\r') {  // source newlines are \n in Python, whatever the file uses
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      continue;
    }
    if (c != '\\' || i + 1 >= s.size()) {
      out += c;
      continue;
    }
    size_t start = i;
    char e = s[++i];
    switch (e) {
      case '\n': break;
      case '\r': if (i + 1 < s.size() && s[i + 1] == '\n') ++i; break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = 0;
        size_t n = 0;
        while (n < 3 && i < s.size() && s[i] >= '0' && s[i] <= '7') v = v * 8 + (s[i++] - '0'), ++n;
        --i;
        if (bytes) out += static_cast<char>(v & 0xFF);
        else append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        size_t width = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        size_t n = 0;
        uint32_t v = 0;
        while (n < width && i + 1 < s.size() && is_hex(s[i + 1])) {
          char h = s[++i];
          v = v * 16 + (std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : std::tolower(h) - 'a' + 10);
          ++n;
        }
        if (n < width) {
          std::string what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
          if (bytes) throw SyntaxError{loc, fmt::format("(value error) invalid \\x escape at position {}", start)};
          throw SyntaxError{loc, fmt::format("{} position {}-{}: {}", codec, start, i, what)};
        }
        if (e == 'U' && v > 0x10FFFF)
          throw SyntaxError{loc, fmt::format("{} position {}-{}: illegal Unicode character", codec, start, i)};
        if (bytes) out += static_cast<char>(v);
        else append_utf8(out, v);
        break;
      }
      case 'N':
        if (bytes) {
          out += "\\N";
          break;
        }
        throw SyntaxError{loc, "unsupported: \\N{...} escapes in string literals"};
      default:
        // Unknown escapes stay as written (CPython warns, keeps both characters).
        out += '\\';
        out += e;
    }
  }
  return out;
}

struct Prefix {
  bool raw = false, bytes = false, fstring = false;
  size_t length = 0;
};

Prefix read_prefix(const std::string& text) {
  Prefix p;
  while (p.length < text.size() && text[p.length] != '\'' && text[p.length] != '"') {
    char c = static_cast<char>(std::tolower(text[p.length]));
    if (c == 'r') p.raw = true;
    if (c == 'b') p.bytes = true;
    if (c == 'f') p.fstring = true;
    ++p.length;
  }
  return p;
}

// One piece of a concatenated string: literal text or a formatted value.
struct Piece {
  std::string literal;
  ast::ExprPtr value;  // FormattedValue when set
};

// Walks an f-string body keeping the file position of every character, so
// the expressions inside get their real line and column.
struct Cursor {
  const std::string& s;
  size_t i;
  int line, col;
  char peek(size_t ahead = 0) const { return i + ahead < s.size() ? s[i + ahead] : '\0'; }
  void advance() {
    if (s[i] == '\n') {
      ++line;
      col = 0;
    } else if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      ++col;
    }
    ++i;
  }
  // Code points count only at their first byte; fix col for the ones we skip past.
  ast::Loc here() const { return ast::Loc{line, col, line, col + 1}; }
};

class FStringParser {
 public:
  FStringParser(const std::string& text, size_t body_begin, size_t body_end, bool raw, ast::Loc whole, int line,
                int col)
      : text_(text), end_(body_end), raw_(raw), whole_(whole),
        end_loc_{whole.end_line, whole.end_col, whole.end_line, whole.end_col}, cur_{text, body_begin, line, col} {}

  void parse(std::vector<Piece>& out) { parse_parts(out, 0, false); }

 private:
  void add_literal(std::vector<Piece>& out, std::string_view raw_text) {
    if (raw_text.empty()) return;
    std::string value = raw_ ? std::string(raw_text) : decode_escapes(raw_text, false, end_loc_);
    if (raw_) {
      std::string normalised;
      for (size_t k = 0; k < value.size(); ++k) {
        if (value[k] == '\r') {
          normalised += '\n';
          if (k + 1 < value.size() && value[k + 1] == '\n') ++k;
        } else {
          normalised += value[k];
        }
      }
      value = normalised;
    }
    if (!out.empty() && !out.back().value) out.back().literal += value;
    else out.push_back(Piece{value, nullptr});
  }

  void parse_parts(std::vector<Piece>& out, int nesting, bool in_spec) {
    std::string segment;
    while (cur_.i < end_) {
      char c = cur_.peek();
      if (!raw_ && c == '\\' && cur_.peek(1) == 'N' && cur_.peek(2) == '{') {
        // \N{NAME}: its braces are not a replacement field.
        while (cur_.i < end_ && cur_.peek() != '}') segment += cur_.peek(), cur_.advance();
        if (cur_.i < end_) segment += '}', cur_.advance();
        continue;
      }
      if (c == '{') {
        if (nesting == 0 && cur_.peek(1) == '{') {
          segment += '{';
          cur_.advance();
          cur_.advance();
          continue;
        }
        add_literal(out, segment);
        segment.clear();
        parse_field(out, nesting);
        continue;
      }
      if (c == '}') {
        if (in_spec) break;
        if (cur_.peek(1) == '}') {
          segment += '}';
          cur_.advance();
          cur_.advance();
          continue;
        }
        throw SyntaxError{end_loc_, "f-string: single '}' is not allowed"};
      }
      if (c == '\\' && cur_.i + 1 < end_) {  // an escaped quote or brace stays with its backslash
        segment += c;
        cur_.advance();
      }
      segment += cur_.peek();
      cur_.advance();
    }
    add_literal(out, segment);
  }

  void parse_field(std::vector<Piece>& out, int nesting) {
    if (nesting >= 2) throw SyntaxError{end_loc_, "f-string: expressions nested too deeply"};
    cur_.advance();  // '{'
    Cursor expr_start = cur_;
    char quote = 0;
    bool triple = false;
    std::vector<char> brackets;
    while (cur_.i < end_) {
      char ch = cur_.peek();
      if (ch == '\\') throw SyntaxError{end_loc_, "f-string expression part cannot include a backslash"};
      if (quote) {
        if (ch == quote && (!triple || (cur_.peek(1) == quote && cur_.peek(2) == quote))) {
          if (triple) cur_.advance(), cur_.advance();
          quote = 0;
        }
        cur_.advance();
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
        triple = cur_.peek(1) == ch && cur_.peek(2) == ch;
        if (triple) cur_.advance(), cur_.advance();
        cur_.advance();
        continue;
      }
      if (ch == '(' || ch == '[' || ch == '{') {
        brackets.push_back(ch);
      } else if (ch == '#') {
        throw SyntaxError{end_loc_, "f-string expression part cannot include '#'"};
      } else if (brackets.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' || ch == '>')) {
        char next = cur_.peek(1);
        if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
          cur_.advance();
          cur_.advance();
          continue;
        }
        if (ch == '<' || ch == '>') {
          cur_.advance();
          continue;
        }
        break;
      } else if (ch == ')' || ch == ']' || ch == '}') {
        if (brackets.empty()) throw SyntaxError{end_loc_, fmt::format("f-string: unmatched '{}'", ch)};
        char open = brackets.back();
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (ch != want)
          throw SyntaxError{end_loc_, fmt::format("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", ch, open)};
        brackets.pop_back();
      }
      cur_.advance();
    }
    if (quote) throw SyntaxError{end_loc_, "f-string: unterminated string"};
    if (cur_.i >= end_) {
      if (!brackets.empty()) throw SyntaxError{end_loc_, fmt::format("f-string: unmatched '{}'", brackets.back())};
      throw SyntaxError{end_loc_, "f-string: expecting '}'"};
    }
    std::string expr_text = text_.substr(expr_start.i, cur_.i - expr_start.i);
    if (std::all_of(expr_text.begin(), expr_text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
      throw SyntaxError{end_loc_, cur_.peek() == '}' ? std::string("f-string: empty expression not allowed")
                                                     : fmt::format("f-string: expression required before '{}'", cur_.peek())};
    ast::ExprPtr value = parsing::parse_fstring_expression(expr_text, expr_start.line, expr_start.col);

    bool self_documenting = false;
    if (cur_.peek() == '=') {
      self_documenting = true;
      cur_.advance();
      while (cur_.i < end_ && std::isspace(static_cast<unsigned char>(cur_.peek()))) cur_.advance();
      std::string shown = text_.substr(expr_start.i, cur_.i - expr_start.i);
      if (!out.empty() && !out.back().value) out.back().literal += shown;
      else out.push_back(Piece{shown, nullptr});
    }
    int conversion = -1;
    if (cur_.peek() == '!' && cur_.i < end_) {
      cur_.advance();
      if (cur_.i >= end_) throw SyntaxError{end_loc_, "f-string: expecting '}'"};
      char conv = cur_.peek();
      if (conv != 's' && conv != 'r' && conv != 'a')
        throw SyntaxError{end_loc_, "f-string: invalid conversion character: expected 's', 'r', or 'a'"};
      conversion = conv;
      cur_.advance();
    }
    ast::ExprPtr spec;
    if (cur_.i < end_ && cur_.peek() == ':') {
      cur_.advance();
      std::vector<Piece> spec_pieces;
      parse_parts(spec_pieces, nesting + 1, true);
      auto joined = make<ast::JoinedStr>(whole_);
      for (Piece& p : spec_pieces) {
        if (p.value) {
          joined->values.push_back(std::move(p.value));
        } else if (!p.literal.empty()) {
          auto constant = make<ast::Constant>(whole_);
          constant->value_kind = ast::ConstKind::Str;
          constant->value = std::move(p.literal);
          joined->values.push_back(std::move(constant));
        }
      }
      spec = std::move(joined);
    }
    if (cur_.i >= end_ || cur_.peek() != '}') throw SyntaxError{end_loc_, "f-string: expecting '}'"};
    cur_.advance();
    if (self_documenting && conversion == -1 && !spec) conversion = 'r';
    auto formatted = make<ast::FormattedValue>(whole_);
    formatted->value = std::move(value);
    formatted->conversion = conversion;
    formatted->format_spec = std::move(spec);
    out.push_back(Piece{"", std::move(formatted)});
  }

  const std::string& text_;
  size_t end_;
  bool raw_;
  ast::Loc whole_;
  ast::Loc end_loc_;  // CPython 3.11 points just past the string for its f-string errors
  Cursor cur_;
};

}  // namespace

ast::ExprPtr build_number(const Token& number) {
  ast::Loc loc = lexing::token_loc(number);
  std::string text;
  for (char c : number.getText())
    if (c != '_') text += c;
  auto node = make<ast::Constant>(loc);
  char last = text.back();
  // 0x / 0o / 0b only: "0e5" is a float.
  bool prefixed = text.size() > 1 && text[0] == '0' && std::strchr("xXoObB", text[1]) != nullptr;
  if (last == 'j' || last == 'J') {
    node->value_kind = ast::ConstKind::Imag;
    node->value = text.substr(0, text.size() - 1);
  } else if (prefixed) {
    char kind = static_cast<char>(std::tolower(text[1]));
    node->value_kind = ast::ConstKind::Int;
    node->value = to_decimal(std::string_view(text).substr(2), kind == 'x' ? 16 : kind == 'o' ? 8 : 2);
  } else if (text.find_first_of(".eE") != std::string::npos) {
    node->value_kind = ast::ConstKind::Float;
    node->value = text;
  } else {
    node->value_kind = ast::ConstKind::Int;
    size_t nonzero = text.find_first_not_of('0');
    node->value = nonzero == std::string::npos ? "0" : text.substr(nonzero);
  }
  return node;
}

ast::ExprPtr build_strings(const std::vector<Token*>& strings) {
  ast::Loc whole = lexing::span(*strings.front(), *strings.back());
  // Errors in a literal's contents point just past the last string, as in CPython.
  ast::Loc past_end{whole.end_line, whole.end_col, whole.end_line, whole.end_col};
  std::vector<Piece> pieces;
  bool any_fstring = false, any_bytes = false, any_str = false;
  for (Token* token : strings) {
    const std::string text = token->getText();
    Prefix prefix = read_prefix(text);
    (prefix.bytes ? any_bytes : any_str) = true;
    if (any_bytes && any_str) throw SyntaxError{past_end, "cannot mix bytes and nonbytes literals"};
    size_t quote_len = text.size() - prefix.length >= 6 && text[prefix.length + 1] == text[prefix.length] &&
                               text[prefix.length + 2] == text[prefix.length]
                           ? 3 : 1;
    size_t body_begin = prefix.length + quote_len, body_end = text.size() - quote_len;
    ast::Loc at = lexing::token_loc(*token);
    if (prefix.fstring) {
      any_fstring = true;
      // The body's position in the file, for the expressions' locations.
      int line = at.line, col = at.col + static_cast<int>(body_begin);
      FStringParser parser(text, body_begin, body_end, prefix.raw, whole, line, col);
      std::vector<Piece> parsed;
      parser.parse(parsed);
      for (Piece& p : parsed) {
        if (!p.value && !pieces.empty() && !pieces.back().value) pieces.back().literal += p.literal;
        else pieces.push_back(std::move(p));
      }
      continue;
    }
    std::string_view body = std::string_view(text).substr(body_begin, body_end - body_begin);
    if (prefix.bytes && std::any_of(body.begin(), body.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
      throw SyntaxError{at, "bytes can only contain ASCII literal characters"};  // CPython: at the literal
    std::string value;
    if (prefix.raw) {
      for (size_t k = 0; k < body.size(); ++k) {
        if (body[k] == '\r') {
          value += '\n';
          if (k + 1 < body.size() && body[k + 1] == '\n') ++k;
        } else {
          value += body[k];
        }
      }
    } else {
      value = decode_escapes(body, prefix.bytes, past_end);
    }
    if (!pieces.empty() && !pieces.back().value) pieces.back().literal += value;
    else pieces.push_back(Piece{value, nullptr});
  }
  if (!any_fstring) {
    auto constant = make<ast::Constant>(whole);
    constant->value_kind = any_bytes ? ast::ConstKind::Bytes : ast::ConstKind::Str;
    if (!pieces.empty()) constant->value = std::move(pieces.front().literal);
    return constant;
  }
  auto joined = make<ast::JoinedStr>(whole);
  for (Piece& p : pieces) {
    if (p.value) {
      joined->values.push_back(std::move(p.value));
    } else if (!p.literal.empty()) {
      auto constant = make<ast::Constant>(whole);
      constant->value_kind = ast::ConstKind::Str;
      constant->value = std::move(p.literal);
      joined->values.push_back(std::move(constant));
    }
  }
  return joined;
}

}  // namespace pyco2cpp::building
