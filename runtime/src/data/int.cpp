// int (small inline and big), bool, and the numeric operators shared with
// float: CPython's semantics for mixed int/float arithmetic and comparison.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "data/bigint.h"
#include "data/data_util.h"
#include "data/str_impl.h"

namespace py {

namespace {

enum NumKind { NK_NONE, NK_SMALL, NK_BIG, NK_FLOAT };

// int's slots take an int subclass's instance as the int it holds (a float
// subclass's stays what it is: int's operations do not take floats, and
// its own reflected method may be overridden).
inline const Value& int_arg(const Value& v) { return num_value(v).is_float() ? v : num_value(v); }


inline NumKind num_kind(const Value& v) {
  switch (v.tag()) {
    case Tag::Int:
    case Tag::Bool: return NK_SMALL;
    case Tag::Float: return NK_FLOAT;
    case Tag::Obj: return v.obj()->type == T::int_ ? NK_BIG : NK_NONE;
    default: return NK_NONE;
  }
}

double big_to_double(const BigInt& b) {
  bool overflow;
  double d = b.to_double(overflow);
  if (overflow) raise(E::OverflowError, "int too large to convert to float");
  return d;
}

double int_to_double(const Value& v) {
  if (v.is_int() || v.is_bool()) return double(v.i());
  return big_to_double(v.as<IntObj>()->v);
}

// float floor division and modulo with CPython's sign rules.
void float_divmod(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

Value float_pow(double iv, double iw) {
  if (iw == 0) return Value::from_float(1.0);
  if (std::isnan(iv)) return Value::from_float(iv);
  if (std::isnan(iw)) return Value::from_float(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return Value::from_float(1.0);
    if ((iw > 0) == (iv > 1.0)) return Value::from_float(INFINITY);
    return Value::from_float(0.0);
  }
  if (std::isinf(iv)) return Value::from_float(std::pow(iv, iw));
  if (iv == 0.0) {
    if (iw < 0) raise(E::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return Value::from_float(std::pow(iv, iw));
  }
  // A negative number to a fractional power is a complex number (CPython
  // hands the pair to complex's power).
  if (iv < 0 && iw != std::floor(iw)) return complex_pow(iv, 0.0, iw, 0.0);
  double r = std::pow(iv, iw);
  if (std::isinf(r)) raise(E::OverflowError, "(34, 'Numerical result out of range')");
  return Value::from_float(r);
}

Value float_binop(int op, double a, double b) {
  switch (op) {
    case BINOP_ADD: return Value::from_float(a + b);
    case BINOP_SUB: return Value::from_float(a - b);
    case BINOP_MUL: return Value::from_float(a * b);
    case BINOP_TRUEDIV:
      if (b == 0) raise(E::ZeroDivisionError, "float division by zero");
      return Value::from_float(a / b);
    case BINOP_FLOORDIV: {
      if (b == 0) raise(E::ZeroDivisionError, "float floor division by zero");
      double q, m;
      float_divmod(a, b, q, m);
      return Value::from_float(q);
    }
    case BINOP_MOD: {
      if (b == 0) raise(E::ZeroDivisionError, "float modulo");
      double q, m;
      float_divmod(a, b, q, m);
      return Value::from_float(m);
    }
    case BINOP_DIVMOD: {
      if (b == 0) raise(E::ZeroDivisionError, "float divmod()");
      double q, m;
      float_divmod(a, b, q, m);
      return make_tuple({Value::from_float(q), Value::from_float(m)});
    }
    case BINOP_POW: return float_pow(a, b);
    default: return not_implemented();
  }
}

// Correctly rounded a / b for integers too big for exact double division.
double big_truediv(const BigInt& a, const BigInt& b) {
  BigInt ua = a, ub = b;
  ua.neg = ub.neg = false;
  int64_t shift = 55 + ub.bit_length() - ua.bit_length();
  if (shift < 0) shift = 0;
  BigInt q, r;
  BigInt::divmod_mag(ua.shl(shift), ub, q, r);
  if (!r.is_zero()) q = BigInt::bitop(q, BigInt(1), '|');
  bool overflow;
  double d = q.to_double(overflow);
  if (!overflow) d = std::ldexp(d, int(-shift));
  if (overflow || std::isinf(d)) raise(E::OverflowError, "integer division result too large for a float");
  return (a.neg != b.neg) ? -d : d;
}

Value int_truediv(const Value& a, const Value& b) {
  if ((b.is_int() || b.is_bool()) && b.i() == 0) raise(E::ZeroDivisionError, "division by zero");
  if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool())) {
    const int64_t limit = int64_t(1) << 53;
    if (a.i() <= limit && a.i() >= -limit && b.i() <= limit && b.i() >= -limit)
      return Value::from_float(double(a.i()) / double(b.i()));
  }
  return Value::from_float(big_truediv(to_big(a), to_big(b)));
}

Value big_pow(BigInt base, uint64_t exp) {
  BigInt result(1);
  while (exp) {
    if (exp & 1) result = result * base;
    exp >>= 1;
    if (exp) base = base * base;
  }
  return int_from_big(std::move(result));
}

Value int_pow(const Value& a, const Value& b) {
  if (b.is_obj()) {  // huge exponent
    const BigInt& e = b.as<IntObj>()->v;
    if (e.neg) return float_pow(int_to_double(a), big_to_double(e));
    BigInt base = to_big(a);
    if (base.is_zero()) return Value::from_int(0);
    if (base.mag.size() == 1 && base.mag[0] == 1)
      return Value::from_int(base.neg && e.is_odd() ? -1 : 1);
    raise(E::MemoryError, "");
  }
  int64_t e = b.i();
  if (e < 0) return float_pow(int_to_double(a), double(e));
  if (a.is_int() || a.is_bool()) {
    int64_t base = a.i(), result = 1;
    uint64_t n = uint64_t(e);
    bool overflow = false;
    int64_t cur = base;
    while (n) {
      if (n & 1) {
        if (__builtin_mul_overflow(result, cur, &result)) {
          overflow = true;
          break;
        }
      }
      n >>= 1;
      if (n && __builtin_mul_overflow(cur, cur, &cur)) {
        overflow = true;
        break;
      }
    }
    if (!overflow) return Value::from_int(result);
  }
  return big_pow(to_big(a), uint64_t(e));
}

int64_t shift_count(const Value& b) {
  if (b.is_obj()) {
    if (b.as<IntObj>()->v.neg) raise(E::ValueError, "negative shift count");
    raise(E::OverflowError, "too many digits in integer");
  }
  if (b.i() < 0) raise(E::ValueError, "negative shift count");
  return b.i();
}

Value small_int_binop(int op, int64_t x, int64_t y) {
  int64_t r;
  switch (op) {
    case BINOP_ADD:
      if (!__builtin_add_overflow(x, y, &r)) return Value::from_int(r);
      return int_from_big(BigInt(x) + BigInt(y));
    case BINOP_SUB:
      if (!__builtin_sub_overflow(x, y, &r)) return Value::from_int(r);
      return int_from_big(BigInt(x) - BigInt(y));
    case BINOP_MUL:
      if (!__builtin_mul_overflow(x, y, &r)) return Value::from_int(r);
      return int_from_big(BigInt(x) * BigInt(y));
    case BINOP_FLOORDIV:
    case BINOP_MOD:
    case BINOP_DIVMOD: {
      if (y == 0) raise(E::ZeroDivisionError, op == BINOP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
      if (x == INT64_MIN && y == -1) {
        if (op == BINOP_MOD) return Value::from_int(0);
        Value q = int_from_big(-BigInt(x));
        if (op == BINOP_FLOORDIV) return q;
        return make_tuple({q, Value::from_int(0)});
      }
      int64_t q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) {
        m += y;
        --q;
      }
      if (op == BINOP_FLOORDIV) return Value::from_int(q);
      if (op == BINOP_MOD) return Value::from_int(m);
      return make_tuple({Value::from_int(q), Value::from_int(m)});
    }
    case BINOP_LSHIFT: {
      if (y < 0) raise(E::ValueError, "negative shift count");
      if (x == 0) return Value::from_int(0);
      if (y < 63) {
        int64_t shifted = int64_t(uint64_t(x) << y);
        if ((shifted >> y) == x) return Value::from_int(shifted);
      }
      return int_from_big(BigInt(x).shl(y));
    }
    case BINOP_RSHIFT:
      if (y < 0) raise(E::ValueError, "negative shift count");
      return Value::from_int(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
    case BINOP_AND: return Value::from_int(x & y);
    case BINOP_OR: return Value::from_int(x | y);
    case BINOP_XOR: return Value::from_int(x ^ y);
    default: return not_implemented();
  }
}

Value big_int_binop(int op, const Value& a, const Value& b) {
  switch (op) {
    case BINOP_ADD: return int_from_big(to_big(a) + to_big(b));
    case BINOP_SUB: return int_from_big(to_big(a) - to_big(b));
    case BINOP_MUL: return int_from_big(to_big(a) * to_big(b));
    case BINOP_FLOORDIV:
    case BINOP_MOD:
    case BINOP_DIVMOD: {
      BigInt y = to_big(b);
      if (y.is_zero())
        raise(E::ZeroDivisionError, op == BINOP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
      BigInt q, r;
      BigInt::divmod_floor(to_big(a), y, q, r);
      if (op == BINOP_FLOORDIV) return int_from_big(std::move(q));
      if (op == BINOP_MOD) return int_from_big(std::move(r));
      return make_tuple({int_from_big(std::move(q)), int_from_big(std::move(r))});
    }
    case BINOP_LSHIFT: {
      // Zero shifted by any count is zero, however large (CPython).
      if (to_big(a).is_zero() && b.is_obj() && !b.as<IntObj>()->v.neg) return Value::from_int(0);
      int64_t n = shift_count(b);
      return int_from_big(to_big(a).shl(n));
    }
    case BINOP_RSHIFT: {
      if (b.is_obj() && !b.as<IntObj>()->v.neg) return Value::from_int(to_big(a).neg ? -1 : 0);
      int64_t n = shift_count(b);
      return int_from_big(to_big(a).shr(n));
    }
    case BINOP_AND: return int_from_big(BigInt::bitop(to_big(a), to_big(b), '&'));
    case BINOP_OR: return int_from_big(BigInt::bitop(to_big(a), to_big(b), '|'));
    case BINOP_XOR: return int_from_big(BigInt::bitop(to_big(a), to_big(b), '^'));
    default: return not_implemented();
  }
}

// Exact comparison of an integer with a double (CPython compares exactly).
int cmp_int_double(const Value& iv, double d, bool& unordered) {
  unordered = std::isnan(d);
  if (unordered) return 0;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  if (iv.is_int() || iv.is_bool()) {
    int64_t i = iv.i();
    const int64_t limit = int64_t(1) << 53;
    if (i <= limit && i >= -limit) {
      double x = double(i);
      return x < d ? -1 : x > d ? 1 : 0;
    }
  }
  BigInt bi = to_big(iv);
  double t = std::trunc(d);
  BigInt bd = BigInt::from_double(t);
  int c = BigInt::cmp(bi, bd);
  if (c != 0) return c;
  double frac = d - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

bool cmp_result(int c, int op) {
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
  }
}

}  // namespace

bool is_number(const Value& v) { return num_kind(v) != NK_NONE; }

Value seq_repeat_arg(const Value& n, int op) {
  if (n.is_int() || n.is_bool() || is_bigint(n)) return n;
  if (!n.is_obj() || n.obj()->type->is_builtin || !(op & (BINOP_SEQUENCE | BINOP_INPLACE))) return Value();
  if (is_int_value(int_arg(n))) return int_arg(n);
  static StrObj* index_name = intern("__index__");
  if (type_lookup(n.obj()->type, index_name).is_bound()) return Value::from_int(index_value(n));
  return Value();
}

Value number_binop(int op, const Value& a, const Value& b) {
  op &= 15;
  NumKind ka = num_kind(a), kb = num_kind(b);
  if (ka == NK_NONE || kb == NK_NONE) return not_implemented();
  if (ka == NK_FLOAT || kb == NK_FLOAT) {
    if (op >= BINOP_LSHIFT && op <= BINOP_MATMUL) return not_implemented();
    double x = ka == NK_FLOAT ? a.f() : int_to_double(a);
    double y = kb == NK_FLOAT ? b.f() : int_to_double(b);
    return float_binop(op, x, y);
  }
  if (op == BINOP_TRUEDIV) return int_truediv(a, b);
  if (op == BINOP_POW) return int_pow(a, b);
  if (op == BINOP_MATMUL) return not_implemented();
  // bool & | ^ bool stays a bool (bool overrides these three operators).
  if (a.is_bool() && b.is_bool() && (op == BINOP_AND || op == BINOP_OR || op == BINOP_XOR)) {
    bool x = a.b(), y = b.b();
    return Value::from_bool(op == BINOP_AND ? (x && y) : op == BINOP_OR ? (x || y) : (x != y));
  }
  if (ka == NK_SMALL && kb == NK_SMALL) return small_int_binop(op, a.i(), b.i());
  return big_int_binop(op, a, b);
}

Value number_divmod(const Value& a, const Value& b) { return number_binop(BINOP_DIVMOD, a, b); }

Value number_unary(int op, const Value& a) {
  NumKind k = num_kind(a);
  if (k == NK_NONE) return not_implemented();
  if (k == NK_FLOAT) {
    switch (op) {
      case UNARY_NEG: return Value::from_float(-a.f());
      case UNARY_POS: return a;
      case UNARY_ABS: return Value::from_float(std::fabs(a.f()));
      default: return not_implemented();
    }
  }
  if (k == NK_SMALL) {
    int64_t x = a.i();
    switch (op) {
      case UNARY_NEG: return x == INT64_MIN ? int_from_big(-BigInt(x)) : Value::from_int(-x);
      case UNARY_POS: return Value::from_int(x);
      case UNARY_ABS: return x == INT64_MIN ? int_from_big(-BigInt(x)) : Value::from_int(x < 0 ? -x : x);
      default: return Value::from_int(~x);
    }
  }
  const BigInt& x = a.as<IntObj>()->v;
  switch (op) {
    case UNARY_NEG: return int_from_big(-x);
    case UNARY_POS: return a;
    case UNARY_ABS: return x.neg ? int_from_big(-x) : a;
    default: return int_from_big(-x - BigInt(1));
  }
}

Value number_abs(const Value& a) { return number_unary(UNARY_ABS, a); }

Value number_compare(const Value& a, const Value& b, int op) {
  NumKind ka = num_kind(a), kb = num_kind(b);
  if (ka == NK_NONE || kb == NK_NONE) return not_implemented();
  int c;
  if (ka == NK_FLOAT && kb == NK_FLOAT) {
    double x = a.f(), y = b.f();
    switch (op) {
      case CMP_LT: return Value::from_bool(x < y);
      case CMP_LE: return Value::from_bool(x <= y);
      case CMP_EQ: return Value::from_bool(x == y);
      case CMP_NE: return Value::from_bool(x != y);
      case CMP_GT: return Value::from_bool(x > y);
      default: return Value::from_bool(x >= y);
    }
  } else if (ka == NK_FLOAT || kb == NK_FLOAT) {
    bool unordered;
    if (kb == NK_FLOAT) {
      c = cmp_int_double(a, b.f(), unordered);
    } else {
      c = -cmp_int_double(b, a.f(), unordered);
    }
    if (unordered) return Value::from_bool(op == CMP_NE);
  } else if (ka == NK_SMALL && kb == NK_SMALL) {
    c = a.i() < b.i() ? -1 : a.i() > b.i() ? 1 : 0;
  } else {
    c = BigInt::cmp(to_big(a), to_big(b));
  }
  return Value::from_bool(cmp_result(c, op));
}

// ------------------------------------------------------------ conversions

Value int_from_i64(int64_t v) { return Value::from_int(v); }

bool is_int_value(const Value& v) {
  return v.is_int() || v.is_bool() || is_bigint(v);
}

bool to_int64(const Value& v_in, int64_t& out) {
  const Value& v = num_value(v_in);
  if (v.is_int() || v.is_bool()) {
    out = v.i();
    return true;
  }
  return false;
}

int64_t index_value(const Value& v_in) {
  // (an int subclass's instance is an int: its __index__ is not asked)
  const Value& v = int_arg(v_in);
  if (v.is_int() || v.is_bool()) return v.i();
  if (is_bigint(v))
    raisef(E::OverflowError, "cannot fit 'int' into an index-sized integer");
  if (v.is_obj() && !type_of(v)->is_builtin) {
    static StrObj* name = intern("__index__");
    Value m = type_lookup(type_of(v), name);
    if (m.is_bound()) {
      Value r = Value(int_arg(call(m, {v})));  // (CPython takes an int subclass's instance, and warns)
      if (!is_int_value(r))
        raisef(E::TypeError, "__index__ returned non-int (type {})", type_name(r));
      return index_value(r);
    }
  }
  raisef(E::TypeError, "'{}' object cannot be interpreted as an integer", type_name(v));
}

double to_double(const Value& v) {
  // (a float subclass's instance is a float: its __float__ is not asked)
  if (num_value(v).is_float()) return num_value(v).f();
  switch (num_kind(v)) {
    case NK_FLOAT: return v.f();
    case NK_SMALL:
    case NK_BIG: return int_to_double(v);
    default: break;
  }
  if (v.is_obj() && !type_of(v)->is_builtin) {
    static StrObj* name = intern("__float__");
    Value m = type_lookup(type_of(v), name);
    if (m.is_bound()) {
      Value r = call(m, {v});
      if (!r.is_float()) raisef(E::TypeError, "{}.__float__ returned non-float (type {})", type_name(v), type_name(r));
      return r.f();
    }
  }
  raisef(E::TypeError, "must be real number, not {}", type_name(v));
}

// CPython 3.11's limit on decimal conversions of huge ints (CVE-2020-10735):
// sys.set_int_max_str_digits(); 0 means none. Bases that are powers of two
// are not limited.
int64_t int_max_str_digits = 4300;

namespace {
[[noreturn]] void raise_str_digits_limit(const std::string& detail) {
  raisef(E::ValueError,
         "Exceeds the limit ({} digits) for integer string conversion{}; use sys.set_int_max_str_digits() to "
         "increase the limit",
         int_max_str_digits, detail);
}
}  // namespace

std::string int_to_string(const Value& v, int base) {
  if (v.is_bool() && base == 10) return v.b() ? "True" : "False";
  if (v.is_int() || v.is_bool()) {
    if (base == 10) return fmt::format("{}", v.i());
    return BigInt(v.i()).to_string(base);
  }
  const BigInt& big = v.as<IntObj>()->v;
  if (base != 10 || int_max_str_digits == 0) return big.to_string(base);
  // Too many digits for certain (log10(2) < 0.30103): refused before the
  // conversion, which is the expensive part; near the limit, counted after.
  if (double(big.bit_length() - 1) * 0.30103 > double(int_max_str_digits) + 1) raise_str_digits_limit("");
  std::string text = big.to_string(10);
  if (int64_t(text.size()) - (big.neg ? 1 : 0) > int_max_str_digits) raise_str_digits_limit("");
  return text;
}

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
}  // namespace

namespace {
Value int_parse(std::string_view text, int base, std::string_view shown, bool limited = true);
}

Value int_from_string(std::string_view text, int base) { return int_parse(text, base, text); }

// int(str): like CPython, Unicode decimal digits count as their ASCII digit
// and Unicode whitespace as a space; errors show the original text.
Value int_from_unicode_string(std::string_view text, int base) {
  bool ascii = true;
  for (char c : text) ascii = ascii && (unsigned char)c < 0x80;
  if (ascii) return int_parse(text, base, text);
  std::string transformed;
  for (size_t i = 0; i < text.size();) {
    int n;
    uint32_t c = utf8_decode(text.data() + i, n);
    i += size_t(n);
    if (c < 0x80) transformed.push_back(char(c));
    else if (uni_isspace(c)) transformed.push_back(' ');
    else if (uni_decimal_value(c) >= 0) transformed.push_back(char('0' + uni_decimal_value(c)));
    else transformed.push_back('?');  // never valid: reported with the original text
  }
  return int_parse(transformed, base, text);
}

namespace {
Value int_parse(std::string_view text, int base, std::string_view shown, bool limited) {
  auto fail = [&]() -> Value {
    raisef(E::ValueError, "invalid literal for int() with base {}: {}", base, str_repr_string(shown));
  };
  if (base != 0 && (base < 2 || base > 36)) raise(E::ValueError, "int() base must be >= 2 and <= 36, or 0");
  std::string_view s = text;
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  int b = base;
  bool had_prefix = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = char(s[1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      b = pb;
      s.remove_prefix(2);
      had_prefix = true;
    }
  }
  if (b == 0) {
    b = 10;
    // base 0: a decimal literal may not have leading zeros ("010")
    bool all_zero = true;
    for (char c : s)
      if (c != '0' && c != '_') all_zero = false;
    if (s.size() > 1 && s[0] == '0' && !all_zero) return fail();
  }
  std::string digits;
  digits.reserve(s.size());
  bool prev_underscore = !had_prefix;  // an underscore may follow a prefix but not start
  if (s.empty()) return fail();
  for (char c : s) {
    if (c == '_') {
      if (prev_underscore) return fail();
      prev_underscore = true;
      continue;
    }
    prev_underscore = false;
    digits.push_back(c);
  }
  if (prev_underscore || digits.empty()) return fail();
  if (digits.size() <= 18 && b == 10) {
    int64_t v = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return fail();
      v = v * 10 + (c - '0');
    }
    return Value::from_int(negative ? -v : v);
  }
  if ((b & (b - 1)) != 0 && int_max_str_digits > 0 && int64_t(digits.size()) > int_max_str_digits && limited)
    raise_str_digits_limit(fmt::format(": value has {} digits", digits.size()));
  BigInt out;
  if (!BigInt::parse_digits(digits, b, out)) return fail();
  out.neg = negative && !out.is_zero();
  return int_from_big(std::move(out));
}
}  // namespace

Value int_const(const char* decimal_digits) {
  // (A literal of the program: not a conversion it asked for at run time.)
  Value v = int_parse(decimal_digits, 10, decimal_digits, false);
  if (v.is_obj()) v.obj()->refcnt = kImmortal;
  return v;
}

Value int_from_double(double d) {
  if (std::isnan(d)) raise(E::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) raise(E::OverflowError, "cannot convert float infinity to integer");
  if (d < 9.2e18 && d > -9.2e18) return Value::from_int(int64_t(d));
  return int_from_big(BigInt::from_double(d));
}

// round(int, ndigits): round half to even at 10**-ndigits.
Value int_round(const Value& v, const Value& ndigits_in) {
  const Value& ndigits = int_arg(ndigits_in);
  if (ndigits.is_unbound() || ndigits.is_none()) return v.is_bool() ? Value::from_int(v.i()) : v;
  if (!is_int_value(ndigits))
    raisef(E::TypeError, "'{}' object cannot be interpreted as an integer", type_name(ndigits));
  if (is_bigint(ndigits)) {
    if (ndigits.as<IntObj>()->v.neg) return Value::from_int(0);
    return v.is_bool() ? Value::from_int(v.i()) : v;
  }
  int64_t n = ndigits.i();
  if (n >= 0) return v.is_bool() ? Value::from_int(v.i()) : v;
  Value pow10 = int_pow(Value::from_int(10), Value::from_int(-n));
  Value dm = number_binop(BINOP_DIVMOD, v, pow10);
  Value q = dm.as<TupleObj>()->items[0], r = dm.as<TupleObj>()->items[1];
  // compare 2r with pow10
  Value twice = number_binop(BINOP_MUL, r, Value::from_int(2));
  Value c = number_compare(twice, pow10, CMP_GT);
  bool up = c.b();
  if (!up && number_compare(twice, pow10, CMP_EQ).b()) {
    Value odd = number_binop(BINOP_AND, q, Value::from_int(1));
    up = odd.i() != 0;
  }
  if (up) q = number_binop(BINOP_ADD, q, Value::from_int(1));
  return number_binop(BINOP_MUL, q, pow10);
}

Value pow3(const Value& a_in, const Value& b_in, const Value& m_in) {
  const Value& a = int_arg(a_in);
  const Value& b = int_arg(b_in);
  const Value& m = int_arg(m_in);
  if (m.is_unbound() || m.is_none()) return number_binop(BINOP_POW, a, b);
  if (!is_int_value(a) || !is_int_value(b) || !is_int_value(m)) {
    // CPython's ternary_op: the power slots of type(a), type(b), type(m),
    // each type once. int's declines unless all three are ints; float's
    // refuses a modulus; complex's too, with another error.
    TypeObj* seen[3] = {type_of(a), type_of(b), type_of(m)};
    for (int i = 0; i < 3; ++i) {
      TypeObj* t = seen[i];
      if ((i > 0 && t == seen[0]) || (i > 1 && t == seen[1])) continue;
      if (t == T::float_) raise(E::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
      if (t == T::complex_) raise(E::ValueError, "complex modulo");
    }
    raisef(E::TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", type_name(a),
           type_name(b), type_name(m));
  }
  BigInt mod = to_big(m);
  if (mod.is_zero()) raise(E::ValueError, "pow() 3rd argument cannot be 0");
  BigInt base = to_big(a), exp = to_big(b);
  BigInt q, r;
  bool negmod = mod.neg;
  BigInt absmod = mod;
  absmod.neg = false;
  BigInt::divmod_floor(base, absmod, q, base);
  if (exp.neg) {
    // modular inverse by the extended Euclidean algorithm
    BigInt r0 = absmod, r1 = base, t0(0), t1(1);
    while (!r1.is_zero()) {
      BigInt qq, rr;
      BigInt::divmod_floor(r0, r1, qq, rr);
      r0 = r1;
      r1 = rr;
      BigInt t2 = t0 - qq * t1;
      t0 = t1;
      t1 = t2;
    }
    if (!(r0.mag.size() == 1 && r0.mag[0] == 1)) raise(E::ValueError, "base is not invertible for the given modulus");
    BigInt::divmod_floor(t0, absmod, q, base);
    exp.neg = false;
  }
  BigInt result(1);
  BigInt::divmod_floor(result, absmod, q, result);
  int64_t nbits = exp.bit_length();
  for (int64_t i = nbits - 1; i >= 0; --i) {
    result = result * result;
    BigInt::divmod_floor(result, absmod, q, result);
    if ((exp.mag[size_t(i / 32)] >> (i % 32)) & 1) {
      result = result * base;
      BigInt::divmod_floor(result, absmod, q, result);
    }
  }
  if (negmod && !result.is_zero()) result = result + mod;
  return int_from_big(std::move(result));
}

// ------------------------------------------------------------ the int and bool types

namespace {

Value int_repr_slot(const Value& self_in) {
  const Value& self = int_arg(self_in);
  if (self.is_bool()) return Value::borrow(intern(self.b() ? "True" : "False"));
  return make_str(int_to_string(self));
}

int64_t int_hash_slot(const Value& self_in) {
  const Value& self = int_arg(self_in);
  if (self.is_int() || self.is_bool()) return hash_i64(self.i());
  return self.as<IntObj>()->v.hash();
}

Value int_binop_slot(const Value& a, const Value& b, int op) { return number_binop(op, int_arg(a), int_arg(b)); }
Value int_unary_slot(const Value& a, int op) { return number_unary(op, int_arg(a)); }

Value call_conversion(const Value& x, const char* name) {
  StrObj* n = intern(name);
  Value m = type_lookup(type_of(x), n);
  if (m.is_unbound()) return Value();
  return call(m, {x});
}

Value int_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  const Value* x = nargs > 0 ? &args[0] : nullptr;
  const Value* base = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "base");
  size_t nkw = kw ? kw->items.size() : 0;
  if (nargs + nkw > 2) raisef(E::TypeError, "int() takes at most 2 arguments ({} given)", nargs + nkw);
  Value result;
  if (!x) {
    if (base) raise(E::TypeError, "int() missing string argument");
    result = Value::from_int(0);
  } else if (base) {
    int64_t b = index_value(*base);
    if (is_str(*x)) result = int_from_unicode_string(sv(*x), int(b));
    else if (is_bytes(*x)) result = int_from_string(sv(*x), int(b));  // bytes share StrObj-like text access
    else raise(E::TypeError, "int() can't convert non-string with explicit base");
  } else if (x->is_int()) {
    result = *x;
  } else if (x->is_bool()) {
    result = Value::from_int(x->i());
  } else if (is_bigint(*x)) {
    result = *x;
  } else if (x->is_float()) {
    result = int_from_double(x->f());
  } else if (is_str(*x)) {
    result = is_str(*x) ? int_from_unicode_string(sv(*x), 10) : int_from_string(sv(*x), 10);
  } else {
    Value r;
    if (x->is_obj() && !type_of(*x)->is_builtin) {
      r = call_conversion(*x, "__int__");
      if (r.is_unbound()) r = call_conversion(*x, "__index__");
      if (r.is_unbound()) r = call_conversion(*x, "__trunc__");
    }
    if (r.is_unbound())
      raisef(E::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '{}'",
             type_name(*x));
    r = Value(int_arg(r));  // (CPython takes an int subclass's instance, and warns)
    if (!is_int_value(r)) raisef(E::TypeError, "__int__ returned non-int (type {})", type_name(r));
    result = r.is_bool() ? Value::from_int(r.i()) : r;
  }
  if (type != T::int_) return Value::steal(new NumSubObj(type, std::move(result)));
  return result;
}

Value bool_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kw) {
  check_args("bool", nargs, kw, 0, 1);
  return Value::from_bool(nargs == 1 && truthy(args[0]));
}

// Binds int.to_bytes / int.from_bytes arguments: `npositional` leading
// positional-or-keyword names, then keyword-only `signed`.
void bind_bytes_args(const char* fname, std::initializer_list<const char*> names, size_t npositional,
                     const Value* args, size_t nargs, TupleObj* kw, Value* out) {
  if (nargs > npositional)
    raisef(E::TypeError, "{}() takes at most {} positional arguments ({} given)", fname, npositional, nargs);
  size_t i = 0;
  for (; i < names.size(); ++i) out[i] = i < nargs ? args[i] : Value();
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = sv(kw->items[k]);
    size_t found = names.size();
    for (size_t j = 0; j < names.size(); ++j)
      if (key == names.begin()[j]) found = j;
    if (found == names.size())
      raisef(E::TypeError, "{}() got an unexpected keyword argument '{}'", fname, key);
    if (found < nargs)
      raisef(E::TypeError, "argument for {}() given by name ('{}') and position ({})", fname, key, found + 1);
    out[found] = args[nargs + k];
  }
}

bool little_endian_order(const Value& byteorder) {
  if (byteorder.is_unbound()) return false;
  if (!is_str_value(byteorder))
    raisef(E::TypeError, "to_bytes() argument 'byteorder' must be str, not {}", type_name(byteorder));
  std::string_view order = sv(byteorder);
  if (order == "little") return true;
  if (order == "big") return false;
  raise(E::ValueError, "byteorder must be either 'little' or 'big'");
}

Value m_to_bytes(const Value* a, size_t n, TupleObj* k) {
  Value p[3];
  bind_bytes_args("to_bytes", {"length", "byteorder", "signed"}, 2, a + 1, n - 1, k, p);
  int64_t length = p[0].is_unbound() ? 1 : index_value(p[0]);
  if (length < 0) raise(E::ValueError, "length argument must be non-negative");
  bool little = little_endian_order(p[1]);
  bool is_signed = p[2].is_bound() && truthy(p[2]);
  BigInt v = to_big(int_arg(a[0]));
  if (v.neg && !is_signed) raise(E::OverflowError, "can't convert negative int to unsigned");
  // Fits: unsigned needs bit_length <= 8n; signed needs -2**(8n-1) <= v < 2**(8n-1).
  int64_t bits = v.bit_length();
  bool fits;
  if (!is_signed) fits = bits <= 8 * length;
  else if (!v.neg) fits = bits < 8 * length || (bits == 0 && length == 0);
  else fits = (-v - BigInt(1)).bit_length() < 8 * length;
  if (!fits) raise(E::OverflowError, "int too big to convert");
  std::string out(size_t(length), '\0');
  // Little-endian bytes of the magnitude, then two's complement if negative.
  for (size_t i = 0; i < size_t(length); ++i) {
    size_t limb = i / 4;
    if (limb < v.mag.size()) out[i] = char(v.mag[limb] >> (8 * (i % 4)));
  }
  if (v.neg) {
    unsigned carry = 1;
    for (char& c : out) {
      unsigned b = unsigned((unsigned char)~(unsigned char)c) + carry;
      c = char(b & 0xff);
      carry = b >> 8;
    }
  }
  if (!little) std::reverse(out.begin(), out.end());
  return new_bytes(std::move(out));
}

Value m_from_bytes(const Value* a, size_t n, TupleObj* k) {
  Value p[3];
  bind_bytes_args("from_bytes", {"bytes", "byteorder", "signed"}, 2, a + 1, n - 1, k, p);
  if (p[0].is_unbound()) raise(E::TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  bool little = little_endian_order(p[1]);
  bool is_signed = p[2].is_bound() && truthy(p[2]);
  Value data = has_type(p[0], T::bytes) ? p[0] : call(Value::borrow(T::bytes), {p[0]});
  std::string bytes = data.as<StrObj>()->s;
  if (!little) std::reverse(bytes.begin(), bytes.end());
  BigInt v;
  v.mag.assign((bytes.size() + 3) / 4, 0);
  for (size_t i = 0; i < bytes.size(); ++i) v.mag[i / 4] |= uint32_t((unsigned char)bytes[i]) << (8 * (i % 4));
  v.trim();
  if (is_signed && !bytes.empty() && ((unsigned char)bytes.back() & 0x80))
    v = v - BigInt(1).shl(int64_t(8 * bytes.size()));
  Value result = int_from_big(std::move(v));
  if (a[0].is_obj() && a[0].obj() != T::int_) return call(a[0], {result});  // subclasses: cls(value)
  return result;
}

Value m_bit_length(const Value* a, size_t n, TupleObj* k) {
  check_args("bit_length", n - 1, k, 0, 0);
  const Value& self = int_arg(a[0]);
  if (self.is_obj()) return Value::from_int(self.as<IntObj>()->v.bit_length());
  uint64_t m = self.i() < 0 ? uint64_t(0) - uint64_t(self.i()) : uint64_t(self.i());
  return Value::from_int(m ? 64 - __builtin_clzll(m) : 0);
}
Value m_bit_count(const Value* a, size_t n, TupleObj* k) {
  check_args("bit_count", n - 1, k, 0, 0);
  const Value& self = int_arg(a[0]);
  if (self.is_obj()) {
    int64_t c = 0;
    for (uint32_t limb : self.as<IntObj>()->v.mag) c += __builtin_popcount(limb);
    return Value::from_int(c);
  }
  uint64_t m = self.i() < 0 ? uint64_t(0) - uint64_t(self.i()) : uint64_t(self.i());
  return Value::from_int(__builtin_popcountll(m));
}
// (an int subclass's instance gives the plain int it holds)
Value as_plain_int(const Value& v_in) {
  const Value& v = int_arg(v_in);
  return v.is_bool() ? Value::from_int(v.i()) : v;
}
Value m_int_self(const Value* a, size_t, TupleObj*) { return as_plain_int(a[0]); }
Value m_int_float(const Value* a, size_t, TupleObj*) { return Value::from_float(int_to_double(int_arg(a[0]))); }
Value m_int_round(const Value* a, size_t n, TupleObj*) { return int_round(int_arg(a[0]), n > 1 ? a[1] : Value()); }
Value m_int_abs(const Value* a, size_t, TupleObj*) { return number_unary(UNARY_ABS, int_arg(a[0])); }
Value m_as_integer_ratio(const Value* a, size_t, TupleObj*) { return make_tuple({as_plain_int(a[0]), Value::from_int(1)}); }
Value m_int_getnewargs(const Value* a, size_t n, TupleObj* k) {
  check_args("int.__getnewargs__", n - 1, k, 0, 0);
  return make_tuple({as_plain_int(a[0])});
}
// CPython's int.__sizeof__: the header and its 30-bit digits (at least one),
// whatever the type: a subclass's instance dict is not counted.
Value m_int_sizeof(const Value* a, size_t n, TupleObj* k) {
  check_args("int.__sizeof__", n - 1, k, 0, 0);
  const Value& self = int_arg(a[0]);
  int64_t bits;
  if (self.is_obj()) {
    bits = self.as<IntObj>()->v.bit_length();
  } else {
    uint64_t m = self.i() < 0 ? uint64_t(0) - uint64_t(self.i()) : uint64_t(self.i());
    bits = m ? 64 - __builtin_clzll(m) : 0;
  }
  constexpr int64_t kHeader = 24, kDigitBits = 30, kDigitSize = 4;
  int64_t digits = std::max<int64_t>((bits + kDigitBits - 1) / kDigitBits, 1);
  return Value::from_int(kHeader + digits * kDigitSize);
}
Value get_real(const Value& self) { return as_plain_int(self); }
Value get_imag(const Value&) { return Value::from_int(0); }
Value get_one(const Value&) { return Value::from_int(1); }

Value int_richcompare(const Value& a, const Value& b, int op) { return number_compare(int_arg(a), int_arg(b), op); }

}  // namespace

bool is_str_value(const Value& v) { return v.is_obj() && is_subtype(v.obj()->type, T::str); }

void init_int_types() {
  for (TypeObj* t : {T::int_, T::bool_}) {
    t->repr = int_repr_slot;
    t->hash = int_hash_slot;
    t->richcompare = int_richcompare;
    t->binop = int_binop_slot;
    t->unaryop = int_unary_slot;
  }
  T::int_->tp_new = int_new;
  T::bool_->tp_new = bool_new;
  T::bool_->allows_subclassing = false;
  TypeObj* t = T::int_;
  add_method(t, "bit_length", m_bit_length);
  add_method(t, "bit_count", m_bit_count);
  add_method(t, "to_bytes", m_to_bytes);
  add_classmethod(t, "from_bytes", m_from_bytes);
  add_method(t, "conjugate", m_int_self);
  add_method(t, "__index__", m_int_self);
  add_method(t, "__int__", m_int_self);
  add_method(t, "__trunc__", m_int_self);
  add_method(t, "__floor__", m_int_self);
  add_method(t, "__ceil__", m_int_self);
  add_method(t, "__float__", m_int_float);
  add_method(t, "__round__", m_int_round);
  add_method(t, "__abs__", m_int_abs);
  add_method(t, "as_integer_ratio", m_as_integer_ratio);
  add_method(t, "__getnewargs__", m_int_getnewargs);
  add_method(t, "__sizeof__", m_int_sizeof);
  add_getter(t, "real", get_real);
  add_getter(t, "imag", get_imag);
  add_getter(t, "numerator", get_real);
  add_getter(t, "denominator", get_one);
}

}  // namespace py
