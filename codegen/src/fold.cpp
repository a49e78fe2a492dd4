// Constant folding of literal arithmetic (fold.h): CPython's ast_opt.c rules,
// on ints that fit 127 bits, doubles, str and bytes.
#include "fold.h"

#include <cmath>
#include <cstdlib>

namespace pyco2cpp::codegen {

namespace {

using Int = __int128;
using K = Folded::Kind;

// CPython's limits (ast_opt.c): MAX_INT_SIZE bits for the results of `*`,
// `**` and `<<`, MAX_STR_SIZE items for a repeated str or bytes.
constexpr int64_t kMaxIntBits = 128;
constexpr int64_t kMaxStrSize = 4096;

// The one value the folder excludes, so that negation and division never overflow.
const Int kIntMin = Int(1) << 127;

bool in_range(Int v) { return v != kIntMin; }

int64_t bit_length(Int v) {
  unsigned __int128 m = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  int64_t n = 0;
  while (m) ++n, m >>= 1;
  return n;
}

Folded make_int(Int v) {
  Folded f;
  f.kind = K::Int;
  f.i = v;
  return f;
}

Folded make_float(double v) {
  Folded f;
  f.kind = K::Float;
  f.f = v;
  return f;
}

Folded make_text(K kind, std::string text) {
  Folded f;
  f.kind = kind;
  f.text = std::move(text);
  return f;
}

std::optional<Int> parse_digits(const std::string& digits) {
  Int v = 0;
  for (char c : digits) {
    if (__builtin_mul_overflow(v, Int(10), &v) || __builtin_add_overflow(v, Int(c - '0'), &v)) return std::nullopt;
  }
  return v;
}

// An int converts to exactly this double when it is at most 2**53 in size;
// past that, CPython's correctly rounded conversion is left to run time.
std::optional<double> as_double(const Folded& x) {
  if (x.kind == K::Float) return x.f;
  if (x.kind != K::Int) return std::nullopt;
  constexpr Int kExact = Int(1) << 53;
  if (x.i > kExact || x.i < -kExact) return std::nullopt;
  return static_cast<double>(static_cast<int64_t>(x.i));
}

// A str's length in code points; nothing when it holds a surrogate (a
// concatenation could pair two of them differently from CPython).
std::optional<int64_t> str_length(const std::string& utf8) {
  int64_t n = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    auto b = static_cast<unsigned char>(utf8[i]);
    if (b == 0xED && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0xA0) return std::nullopt;
    if ((b & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::optional<Folded> repeat(const Folded& seq, Int n) {
  std::optional<int64_t> size =
      seq.kind == K::Str ? str_length(seq.text) : std::optional<int64_t>(static_cast<int64_t>(seq.text.size()));
  if (!size) return std::nullopt;
  if (*size == 0) {
    // CPython folds any count that fits an index.
    if (n > INT64_MAX || n < INT64_MIN) return std::nullopt;
    return make_text(seq.kind, "");
  }
  if (n < 0 || n > kMaxStrSize / *size) return std::nullopt;
  std::string out;
  for (Int k = 0; k < n; ++k) out += seq.text;
  return make_text(seq.kind, std::move(out));
}

std::optional<Folded> int_op(ast::BinOpKind op, Int a, Int b) {
  using O = ast::BinOpKind;
  Int r = 0;
  switch (op) {
    case O::Add:
      if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
      break;
    case O::Sub:
      if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
      break;
    case O::Mult:
      if (a && b && bit_length(a) + bit_length(b) > kMaxIntBits) return std::nullopt;
      if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
      break;
    case O::FloorDiv:
    case O::Mod: {
      if (b == 0) return std::nullopt;  // ZeroDivisionError, at run time
      Int q = a / b, m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) --q, m += b;
      r = op == O::FloorDiv ? q : m;
      break;
    }
    case O::Div: {
      if (b == 0) return std::nullopt;
      auto x = as_double(make_int(a)), y = as_double(make_int(b));
      if (!x || !y) return std::nullopt;
      return make_float(*x / *y);  // both exact: one correctly rounded division, as CPython's
    }
    case O::Pow: {
      if (b < 0) return std::nullopt;  // a float (or ZeroDivisionError) from run time
      if (a == 0) return make_int(b == 0 ? 1 : 0);
      if (a && b > 0 && bit_length(a) > kMaxIntBits / (b > kMaxIntBits ? kMaxIntBits + 1 : static_cast<int64_t>(b)))
        return std::nullopt;
      r = 1;
      for (Int k = 0; k < b; ++k)
        if (__builtin_mul_overflow(r, a, &r)) return std::nullopt;
      break;
    }
    case O::LShift:
      if (b < 0) return std::nullopt;  // ValueError: negative shift count
      if (a == 0 || b == 0) {
        r = a;
        break;
      }
      if (b > kMaxIntBits || bit_length(a) > kMaxIntBits - static_cast<int64_t>(b)) return std::nullopt;
      if (bit_length(a) + static_cast<int64_t>(b) > 127) return std::nullopt;
      r = a * (Int(1) << static_cast<int>(b));
      break;
    case O::RShift:
      if (b < 0) return std::nullopt;
      r = b >= 127 ? (a < 0 ? -1 : 0) : a >> static_cast<int>(b);  // arithmetic: Python's floor
      break;
    case O::BitAnd: r = a & b; break;
    case O::BitOr: r = a | b; break;
    case O::BitXor: r = a ^ b; break;
    case O::MatMult: return std::nullopt;
  }
  if (!in_range(r)) return std::nullopt;
  return make_int(r);
}

std::optional<Folded> float_op(ast::BinOpKind op, double a, double b) {
  using O = ast::BinOpKind;
  double r = 0;
  switch (op) {
    case O::Add: r = a + b; break;
    case O::Sub: r = a - b; break;
    case O::Mult: r = a * b; break;
    case O::Div:
      if (b == 0) return std::nullopt;  // ZeroDivisionError, at run time
      r = a / b;
      break;
    default: return std::nullopt;  // %, //, ** follow CPython's algorithms at run time
  }
  if (std::isnan(r)) return std::nullopt;
  return make_float(r);
}

std::optional<Folded> binop(ast::BinOpKind op, const Folded& a, const Folded& b) {
  using O = ast::BinOpKind;
  if (a.kind == K::Int && b.kind == K::Int) return int_op(op, a.i, b.i);
  if (a.kind == K::Float || b.kind == K::Float) {
    auto x = as_double(a), y = as_double(b);
    if (!x || !y) return std::nullopt;
    return float_op(op, *x, *y);
  }
  bool a_seq = a.kind == K::Str || a.kind == K::Bytes, b_seq = b.kind == K::Str || b.kind == K::Bytes;
  if (op == O::Add && a_seq && a.kind == b.kind) {
    if (a.kind == K::Str && (!str_length(a.text) || !str_length(b.text))) return std::nullopt;
    return make_text(a.kind, a.text + b.text);
  }
  if (op == O::Mult && a_seq && b.kind == K::Int) return repeat(a, b.i);
  if (op == O::Mult && b_seq && a.kind == K::Int) return repeat(b, a.i);
  return std::nullopt;  // `%` of str and bytes is never folded, as in CPython
}

}  // namespace

std::string int128_to_string(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 m = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string digits;
  while (m) digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(m % 10))), m /= 10;
  return neg ? "-" + digits : digits;
}

std::optional<Folded> fold_constant(const ast::Expr& e) {
  if (auto* c = e.as<ast::Constant>()) {
    switch (c->value_kind) {
      case ast::ConstKind::Int:
        if (auto v = parse_digits(c->value)) return make_int(*v);
        return std::nullopt;
      case ast::ConstKind::Float: return make_float(std::strtod(c->value.c_str(), nullptr));
      case ast::ConstKind::Str: return make_text(K::Str, c->value);
      case ast::ConstKind::Bytes: return make_text(K::Bytes, c->value);
      default: return std::nullopt;  // bools, None, complex: left to run time
    }
  }
  if (auto* u = e.as<ast::UnaryOp>()) {
    if (u->op == ast::UnaryOpKind::Not) return std::nullopt;
    auto x = fold_constant(*u->operand);
    if (!x) return std::nullopt;
    if (x->kind == K::Int) {
      switch (u->op) {
        case ast::UnaryOpKind::USub: return make_int(-x->i);
        case ast::UnaryOpKind::UAdd: return x;
        case ast::UnaryOpKind::Invert:
          if (!in_range(-x->i - 1)) return std::nullopt;
          return make_int(-x->i - 1);
        default: return std::nullopt;
      }
    }
    if (x->kind == K::Float && u->op != ast::UnaryOpKind::Invert)
      return u->op == ast::UnaryOpKind::USub ? make_float(-x->f) : x;
    return std::nullopt;  // TypeError, at run time
  }
  if (auto* b = e.as<ast::BinOp>()) {
    auto left = fold_constant(*b->left);
    if (!left) return std::nullopt;
    auto right = fold_constant(*b->right);
    if (!right) return std::nullopt;
    return binop(b->op, *left, *right);
  }
  return std::nullopt;
}

}  // namespace pyco2cpp::codegen
