// float: repr (shortest round-trip, CPython's layout), the digit strings
// behind the format mini-language, parsing, round().
#include <charconv>
#include <cfloat>
#include <cerrno>
#include <cctype>
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "data/bigint.h"
#include "data/data_util.h"

namespace py {

namespace {

// Shortest round-trip digits of a finite, non-negative double and the
// decimal exponent of the first digit (d = 0.D1D2... * 10**(exp10 + 1)).
void shortest_digits(double d, std::string& digits, int& exp10) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view s(buf, size_t(res.ptr - buf));
  size_t e = s.find('e');
  digits.clear();
  for (char c : s.substr(0, e))
    if (c != '.') digits.push_back(c);
  exp10 = std::atoi(std::string(s.substr(e + 1)).c_str());
}

// Digits rounded to `ndigits` significant digits (ndigits >= 1).
void rounded_digits(double d, int ndigits, std::string& digits, int& exp10) {
  char buf[400];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific, ndigits - 1);
  std::string_view s(buf, size_t(res.ptr - buf));
  size_t e = s.find('e');
  digits.clear();
  for (char c : s.substr(0, e))
    if (c != '.') digits.push_back(c);
  exp10 = std::atoi(std::string(s.substr(e + 1)).c_str());
}

std::string exponent_suffix(int exp10, bool upper) {
  std::string out(1, upper ? 'E' : 'e');
  out.push_back(exp10 < 0 ? '-' : '+');
  int a = exp10 < 0 ? -exp10 : exp10;
  if (a < 10) out.push_back('0');
  out += std::to_string(a);
  return out;
}

// Lays out digits D with first-digit exponent exp10 in fixed notation.
std::string layout_fixed(const std::string& digits, int exp10, size_t min_frac) {
  std::string out;
  int n = int(digits.size());
  if (exp10 >= 0) {
    if (n <= exp10 + 1) {
      out = digits + std::string(size_t(exp10 + 1 - n), '0');
      if (min_frac) out += "." + std::string(min_frac, '0');
    } else {
      out = digits.substr(0, size_t(exp10 + 1)) + "." + digits.substr(size_t(exp10 + 1));
      size_t frac = size_t(n - exp10 - 1);
      if (frac < min_frac) out += std::string(min_frac - frac, '0');
    }
  } else {
    out = "0." + std::string(size_t(-exp10 - 1), '0') + digits;
    size_t frac = size_t(-exp10 - 1) + digits.size();
    if (frac < min_frac) out += std::string(min_frac - frac, '0');
  }
  return out;
}

std::string layout_exp(const std::string& digits, int exp10, bool upper, size_t min_frac, bool force_dot) {
  std::string out = digits.substr(0, 1);
  std::string frac = digits.substr(1);
  if (frac.size() < min_frac) frac += std::string(min_frac - frac.size(), '0');
  if (!frac.empty() || force_dot) out += "." + frac;
  return out + exponent_suffix(exp10, upper);
}

void strip_trailing_zeros(std::string& digits) {
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

}  // namespace

std::string float_repr_string(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  std::string digits;
  int exp10;
  shortest_digits(std::fabs(d), digits, exp10);
  std::string sign = std::signbit(d) ? "-" : "";
  if (exp10 < -4 || exp10 >= 16) return sign + layout_exp(digits, exp10, false, 0, false);
  return sign + layout_fixed(digits, exp10, 1);
}

Value float_repr(double d) { return make_str(float_repr_string(d)); }

std::string format_float_body(double a, char type, int precision, bool alt) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isinf(a)) return upper ? "INF" : "inf";
  if (std::isnan(a)) return upper ? "NAN" : "nan";
  std::string digits;
  int exp10;
  switch (type) {
    case 'f':
    case 'F':
    case '%': {
      char buf[1500];
      auto res = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, precision);
      std::string out(buf, size_t(res.ptr - buf));
      if (alt && precision == 0) out += ".";
      return out;
    }
    case 'e':
    case 'E': {
      rounded_digits(a, precision + 1, digits, exp10);
      return layout_exp(digits, exp10, upper, size_t(precision), alt);
    }
    case 'r': {  // repr-style, as format(x, '') with modifiers
      shortest_digits(a, digits, exp10);
      if (exp10 < -4 || exp10 >= 16) return layout_exp(digits, exp10, false, 0, alt);
      return layout_fixed(digits, exp10, 1);
    }
    case 'R': {  // repr-style without ".0" (CPython's 'r' mode without Py_DTSF_ADD_DOT_0)
      shortest_digits(a, digits, exp10);
      if (exp10 < -4 || exp10 >= 16) return layout_exp(digits, exp10, false, 0, alt);
      std::string out = layout_fixed(digits, exp10, 0);
      if (alt && out.find('.') == std::string::npos) out += ".";
      return out;
    }
    default: {  // 'g', 'G', and '' with a precision ('z' marks the latter: add ".0")
      bool add_dot0 = type == 'z';
      int p = precision == 0 ? 1 : precision;
      rounded_digits(a, p, digits, exp10);
      bool use_exp = exp10 < -4 || exp10 >= (add_dot0 ? p - 1 : p);
      if (!alt) strip_trailing_zeros(digits);
      if (use_exp) return layout_exp(digits, exp10, upper, alt ? size_t(p - 1) : 0, alt);
      size_t min_frac = 0;
      if (alt) min_frac = size_t(std::max(0, p - 1 - exp10));
      std::string out = layout_fixed(digits, exp10, min_frac);
      if (a == 0 && alt) out = layout_fixed("0", 0, size_t(p - 1));
      if (alt && out.find('.') == std::string::npos) out += ".";
      if (add_dot0 && out.find('.') == std::string::npos) out += ".0";
      return out;
    }
  }
}

std::string float_format_fixed(double d, int precision) {
  std::string body = format_float_body(std::fabs(d), 'f', precision, false);
  return std::signbit(d) && !std::isnan(d) ? "-" + body : body;
}

Value float_from_string(std::string_view text) {
  auto fail = [&]() -> Value {
    raisef(E::ValueError, "could not convert string to float: {}", str_repr_string(text));
  };
  std::string_view s = text;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  std::string lower;
  for (char c : s) lower.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
  if (lower == "inf" || lower == "infinity") return Value::from_float(negative ? -INFINITY : INFINITY);
  if (lower == "nan") return Value::from_float(negative ? -NAN : NAN);
  // Underscores only between digits; then the C++ parser does the rounding.
  std::string clean;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      bool ok = i > 0 && i + 1 < s.size() && std::isdigit((unsigned char)s[i - 1]) &&
                std::isdigit((unsigned char)s[i + 1]);
      if (!ok) return fail();
      continue;
    }
    if (!(std::isdigit((unsigned char)c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) return fail();
    clean.push_back(c);
  }
  if (clean.empty()) return fail();
  double d;
  auto res = std::from_chars(clean.data(), clean.data() + clean.size(), d, std::chars_format::general);
  if (res.ptr != clean.data() + clean.size()) return fail();
  if (res.ec == std::errc::result_out_of_range) {
    // from_chars reports overflow/underflow without a value: strtod gives inf / 0 like CPython.
    d = std::strtod(clean.c_str(), nullptr);
  } else if (res.ec != std::errc()) {
    return fail();
  }
  return Value::from_float(negative ? -d : d);
}

Value float_round(double x, const Value& ndigits) {
  if (ndigits.is_unbound() || ndigits.is_none()) {
    double r = std::nearbyint(x);  // round half to even (default rounding mode)
    if (std::isnan(r)) raise(E::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(r)) raise(E::OverflowError, "cannot convert float infinity to integer");
    if (r < 9.2e18 && r > -9.2e18) return Value::from_int(int64_t(r));
    return int_from_big(BigInt::from_double(r));
  }
  int64_t n = index_value(ndigits);
  if (!std::isfinite(x) || x == 0) return Value::from_float(x);
  if (n > 330) return Value::from_float(x);
  if (n >= 0) {
    char buf[800];
    auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, int(n));
    *res.ptr = 0;
    return Value::from_float(std::strtod(buf, nullptr));
  }
  if (n < -330) return Value::from_float(std::copysign(0.0, x));
  // Negative ndigits: round the exact value to a multiple of 10**-n, half to even.
  double ax = std::fabs(x);
  double ip = std::trunc(ax), frac = ax - ip;
  Value ipv = int_from_big(BigInt::from_double(ip));
  Value p10 = number_binop(BINOP_POW, Value::from_int(10), Value::from_int(-n));
  Value dm = number_binop(BINOP_DIVMOD, ipv, p10);
  Value q = dm.as<TupleObj>()->items[0], r = dm.as<TupleObj>()->items[1];
  Value twice_r = number_binop(BINOP_MUL, r, Value::from_int(2));
  Value c = number_compare(twice_r, p10, CMP_EQ);
  bool up;
  if (c.b()) {
    up = frac > 0 || number_binop(BINOP_AND, q, Value::from_int(1)).i() != 0;
  } else {
    up = number_compare(twice_r, p10, CMP_GT).b();
  }
  if (up) q = number_binop(BINOP_ADD, q, Value::from_int(1));
  double out = to_double(number_binop(BINOP_MUL, q, p10));
  return Value::from_float(std::copysign(out, x));
}

}  // namespace py

// ------------------------------------------------------------ the float type

namespace py {

namespace {

// float's slots take an int or float subclass's instance as the number it
// holds (float's operations take ints too).
Value float_repr_slot(const Value& self) { return float_repr(num_value(self).f()); }
int64_t float_hash_slot(const Value& self) {
  double d = num_value(self).f();
  if (d == std::trunc(d) && std::fabs(d) < 9.2e18) return hash_i64(int64_t(d));
  return hash_double(d);
}
Value float_richcompare(const Value& a, const Value& b, int op) {
  return number_compare(num_value(a), num_value(b), op);
}
Value float_binop_slot(const Value& a, const Value& b, int op) {
  Value r = number_binop(op, num_value(a), num_value(b));
  if ((op & BINOP_SEQUENCE) && (op & 15) == BINOP_MUL && r.is_obj() && r.obj() == not_implemented().obj()) {
    TypeObj* tb = type_of(b);
    if (tb == T::str || tb == T::list || tb == T::tuple || tb == T::bytes)
      raisef(E::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(a));
  }
  return r;
}
Value float_unary_slot(const Value& a, int op) { return number_unary(op, num_value(a)); }

Value float_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (kw && !kw->items.empty()) raise(E::TypeError, "float() takes no keyword arguments");
  if (nargs > 1) raisef(E::TypeError, "float expected at most 1 argument, got {}", nargs);
  Value r;
  if (nargs == 0) r = Value::from_float(0.0);
  else if (args[0].is_float()) r = args[0];
  else if (is_number(args[0])) r = Value::from_float(to_double(args[0]));
  else if (is_str_value(args[0])) r = float_from_string(sv(args[0]));
  else if (args[0].is_obj() && !type_of(args[0])->is_builtin) {
    static StrObj* f = intern("__float__");
    static StrObj* ix = intern("__index__");
    Value m = type_lookup(type_of(args[0]), f);
    if (m.is_bound()) {
      // (a subclass's __float__ may be overridden)
      r = call(m, {args[0]});
      if (!r.is_float()) {
        if (num_value(r).is_float()) r = num_value(r);  // (CPython warns: a float subclass returned)
        else raisef(E::TypeError, "{}.__float__ returned non-float (type {})", type_name(args[0]), type_name(r));
      }
    } else if (type_lookup(type_of(args[0]), ix).is_bound()) {
      r = Value::from_float(to_double(Value::from_int(index_value(args[0]))));
    }
  }
  if (r.is_unbound())
    raisef(E::TypeError, "float() argument must be a string or a real number, not '{}'", type_name(args[0]));
  if (type != T::float_) return Value::steal(new NumSubObj(type, std::move(r)));
  return r;
}

// float.hex(): 0x<lead>.<13 hex digits>p<exp>, subnormals with a 0 lead.
Value m_float_hex(const Value* a, size_t n, TupleObj* k) {
  check_args("hex", n - 1, k, 0, 0);
  double d = num_value(a[0]).f();
  if (std::isnan(d)) return make_str("nan");
  if (std::isinf(d)) return make_str(d < 0 ? "-inf" : "inf");
  std::string out = std::signbit(d) ? "-" : "";
  if (d == 0) return make_str(out + "0x0.0p+0");
  int exp;
  double m = std::frexp(std::fabs(d), &exp);
  int shift = 1 - std::max(DBL_MIN_EXP - exp, 0);
  m = std::ldexp(m, shift);
  exp -= shift;
  static const char digits[] = "0123456789abcdef";
  int lead = int(m);
  m -= lead;
  out += "0x";
  out.push_back(digits[lead]);
  out.push_back('.');
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    int digit = int(m);
    out.push_back(digits[digit]);
    m -= digit;
  }
  out += fmt::format("p{:+d}", exp);
  return make_str(out);
}

// float.fromhex(s): validated here, converted (correctly rounded) by strtod.
Value m_float_fromhex(const Value* a, size_t n, TupleObj* k) {
  check_args("fromhex", n - 1, k, 1, 1);
  if (!is_str(a[1])) raisef(E::TypeError, "bad argument type for built-in operation");
  std::string_view text = sv(a[1]);
  auto is_ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  size_t b = 0, e = text.size();
  while (b < e && is_ws(text[b])) ++b;
  while (e > b && is_ws(text[e - 1])) --e;
  std::string body(text.substr(b, e - b));
  auto invalid = [] { raise(E::ValueError, "invalid hexadecimal floating-point string"); };
  std::string lowered;
  for (char c : body) lowered.push_back(char(std::tolower((unsigned char)c)));
  size_t i = 0;
  bool negative = false;
  if (i < lowered.size() && (lowered[i] == '+' || lowered[i] == '-')) negative = lowered[i++] == '-';
  std::string_view rest = std::string_view(lowered).substr(i);
  double result;
  if (rest == "inf" || rest == "infinity") {
    result = HUGE_VAL;
  } else if (rest == "nan") {
    result = NAN;
  } else {
    size_t j = 0;
    if (rest.substr(0, 2) == "0x") j = 2;
    size_t mantissa_digits = 0;
    while (j < rest.size() && std::isxdigit((unsigned char)rest[j])) ++j, ++mantissa_digits;
    if (j < rest.size() && rest[j] == '.') {
      ++j;
      while (j < rest.size() && std::isxdigit((unsigned char)rest[j])) ++j, ++mantissa_digits;
    }
    if (mantissa_digits == 0) invalid();
    if (j < rest.size() && rest[j] == 'p') {
      ++j;
      if (j < rest.size() && (rest[j] == '+' || rest[j] == '-')) ++j;
      size_t exp_digits = 0;
      while (j < rest.size() && std::isdigit((unsigned char)rest[j])) ++j, ++exp_digits;
      if (exp_digits == 0) invalid();
    }
    if (j != rest.size()) invalid();
    std::string c_text = "0x" + std::string(rest.substr(rest.substr(0, 2) == "0x" ? 2 : 0));
    errno = 0;
    result = std::strtod(c_text.c_str(), nullptr);
    if (std::isinf(result)) raise(E::OverflowError, "hexadecimal value too large to represent as a float");
  }
  Value v = Value::from_float(negative ? -result : result);
  if (a[0].is_obj() && a[0].obj() != T::float_) return call(a[0], {v});
  return v;
}

Value m_is_integer(const Value* a, size_t n, TupleObj* k) {
  check_args("is_integer", n - 1, k, 0, 0);
  double d = num_value(a[0]).f();
  return Value::from_bool(std::isfinite(d) && d == std::trunc(d));
}
Value m_as_integer_ratio(const Value* a, size_t n, TupleObj* k) {
  check_args("as_integer_ratio", n - 1, k, 0, 0);
  double d = num_value(a[0]).f();
  if (std::isinf(d)) raise(E::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) raise(E::ValueError, "cannot convert NaN to integer ratio");
  int exp;
  double m = std::frexp(d, &exp);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --exp;
  }
  BigInt num = BigInt::from_double(m), den(1);
  if (exp > 0) num = num.shl(exp);
  else den = den.shl(-exp);
  return make_tuple({int_from_big(std::move(num)), int_from_big(std::move(den))});
}
Value m_float_int(const Value* a, size_t, TupleObj*) { return int_from_double(num_value(a[0]).f()); }
Value m_float_self(const Value* a, size_t, TupleObj*) { return num_value(a[0]); }
Value m_float_round(const Value* a, size_t n, TupleObj*) { return float_round(num_value(a[0]).f(), n > 1 ? a[1] : Value()); }
Value m_float_floor(const Value* a, size_t, TupleObj*) { return int_from_double(std::floor(num_value(a[0]).f())); }
Value m_float_ceil(const Value* a, size_t, TupleObj*) { return int_from_double(std::ceil(num_value(a[0]).f())); }
Value m_float_abs(const Value* a, size_t, TupleObj*) { return Value::from_float(std::fabs(num_value(a[0]).f())); }
Value m_float_getnewargs(const Value* a, size_t n, TupleObj* k) {
  check_args("float.__getnewargs__", n - 1, k, 0, 0);
  return make_tuple({num_value(a[0])});
}

// Whether the instances of a float subclass have CPython's weakref slot:
// a class of the chain without __slots__, or naming __weakref__ in them.
bool has_weakref_slot(TypeObj* type) {
  for (TypeObj* c : type->mro) {
    if (c == T::float_) break;
    Value* slots = dict_find_str(c->dict, intern("__slots__"));
    if (!slots) return true;
    std::vector<Value> names;
    if (is_str(*slots)) names.push_back(*slots);
    else if (type_of(*slots) == T::tuple) names = slots->as<TupleObj>()->items;
    else if (type_of(*slots) == T::list) names = slots->as<ListObj>()->items;
    for (const Value& name : names)
      if (is_str(name) && sv(name) == "__weakref__") return true;
  }
  return false;
}

// object.__sizeof__ as CPython computes it for a float: the type's basic
// size, which a subclass grows by its slots and its weakref pointer (its
// instance dict lives before the object and is not counted).
Value m_float_sizeof(const Value* a, size_t n, TupleObj* k) {
  check_args("float.__sizeof__", n - 1, k, 0, 0);
  constexpr int64_t kFloatSize = 24, kPointer = 8;
  TypeObj* type = type_of(a[0]);
  if (type == T::float_) return Value::from_int(kFloatSize);
  return Value::from_int(kFloatSize + kPointer * (int64_t(type->slot_count) + (has_weakref_slot(type) ? 1 : 0)));
}
Value get_self(const Value& self) { return num_value(self); }
Value get_zero(const Value&) { return Value::from_float(0.0); }

}  // namespace

void init_float_type() {
  TypeObj* t = T::float_;
  t->repr = float_repr_slot;
  t->hash = float_hash_slot;
  t->richcompare = float_richcompare;
  t->binop = float_binop_slot;
  t->unaryop = float_unary_slot;
  t->tp_new = float_new;
  add_method(t, "is_integer", m_is_integer);
  add_method(t, "hex", m_float_hex);
  add_classmethod(t, "fromhex", m_float_fromhex);
  add_method(t, "as_integer_ratio", m_as_integer_ratio);
  add_method(t, "__getnewargs__", m_float_getnewargs);
  add_method(t, "__sizeof__", m_float_sizeof);
  add_method(t, "conjugate", m_float_self);
  add_method(t, "__int__", m_float_int);
  add_method(t, "__trunc__", m_float_int);
  add_method(t, "__float__", m_float_self);
  add_method(t, "__round__", m_float_round);
  add_method(t, "__floor__", m_float_floor);
  add_method(t, "__ceil__", m_float_ceil);
  add_method(t, "__abs__", m_float_abs);
  add_getter(t, "real", get_self);
  add_getter(t, "imag", get_zero);
}

}  // namespace py
