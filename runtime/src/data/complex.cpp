// complex: CPython 3.11's complex type. Arithmetic converts an int, bool or
// float operand to a complex first (so 2 * complex(inf, 0) is (inf+nanj), as
// in CPython); division is CPython's scaled algorithm; powers use repeated
// multiplication for integral exponents up to 100 and polar form otherwise,
// with CPython's errno-driven errors; parsing, repr, hash and comparisons
// follow Objects/complexobject.c. Formatting is in str_format.cpp.
#include <cerrno>
#include <cmath>

#include "data/bigint.h"
#include "data/data_util.h"
#include "data/str_impl.h"

namespace py {

namespace {

struct Cx {
  double re, im;
};

// An int, bool or float as a complex (imag 0.0), or a complex; false for
// anything else. A big int too large for a double is OverflowError.
bool as_cx(const Value& v, Cx& out) {
  switch (v.tag()) {
    case Tag::Int:
    case Tag::Bool: out = {double(v.i()), 0.0}; return true;
    case Tag::Float: out = {v.f(), 0.0}; return true;
    case Tag::Obj:
      if (is_complex(v)) {
        auto* c = v.as<ComplexObj>();
        out = {c->real, c->imag};
        return true;
      }
      if (is_bigint(v)) {
        out = {to_double(v), 0.0};
        return true;
      }
      return false;
    default: return false;
  }
}

Cx c_prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// _Py_c_quot: divides top and bottom by the larger part of b first. A zero
// divisor sets errno to EDOM.
Cx c_quot(Cx a, Cx b) {
  const double abs_breal = b.re < 0 ? -b.re : b.re;
  const double abs_bimag = b.im < 0 ? -b.im : b.im;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    const double ratio = b.im / b.re;
    const double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    const double ratio = b.re / b.im;
    const double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // a NaN in b
}

// _Py_c_pow: polar form. The libm calls may set errno (cos(inf) is EDOM,
// an overflowing pow ERANGE), which decides the error as in CPython.
Cx c_pow(Cx a, Cx b) {
  if (b.re == 0. && b.im == 0.) return {1., 0.};
  if (a.re == 0. && a.im == 0.) {
    if (b.im != 0. || b.re < 0.) errno = EDOM;
    return {0., 0.};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

Cx c_powu(Cx x, long n) {
  Cx r = {1., 0.}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

Cx c_powi(Cx x, long n) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1., 0.}, c_powu(x, -n));
}

// _Py_c_abs, with its ERANGE turned into CPython's OverflowError.
double c_abs(Cx z) {
  if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
    // C99: an infinite part makes the modulus infinite, even with a NaN.
    if (std::isinf(z.re)) return std::fabs(z.re);
    if (std::isinf(z.im)) return std::fabs(z.im);
    return NAN;
  }
  double r = std::hypot(z.re, z.im);
  if (!std::isfinite(r)) raise(E::OverflowError, "absolute value too large");
  return r;
}

Cx cx_of(const Value& self) {
  auto* c = self.as<ComplexObj>();
  return {c->real, c->imag};
}

// ------------------------------------------------------------ repr, hash

std::string part_repr(double d, bool always_sign) {
  if (std::isnan(d)) return always_sign ? "+nan" : "nan";  // a NaN's sign is never shown
  std::string sign = std::signbit(d) ? "-" : always_sign ? "+" : "";
  if (std::isinf(d)) return sign + "inf";
  return sign + format_float_body(std::fabs(d), 'R', 0, false);
}

// _Py_HashDouble: a NaN hashes by the identity of the object holding it.
uint64_t part_hash(double d, const Value& self) {
  if (std::isnan(d)) {
    uintptr_t p = reinterpret_cast<uintptr_t>(self.obj());
    uintptr_t h = (p >> 4) | (p << (8 * sizeof(uintptr_t) - 4));
    int64_t r = int64_t(h);
    return uint64_t(r == -1 ? -2 : r);
  }
  if (d == std::trunc(d) && std::fabs(d) < 9.2e18) return uint64_t(hash_i64(int64_t(d)));
  return uint64_t(hash_double(d));
}

Value complex_repr_slot(const Value& self) {
  auto* c = self.as<ComplexObj>();
  return make_str(complex_repr_string(c->real, c->imag));
}

int64_t complex_hash_slot(const Value& self) {
  auto* c = self.as<ComplexObj>();
  // hash(x + 0j) == hash(x): the imaginary part's hash is 0 then.
  uint64_t combined = part_hash(c->real, self) + 1000003u * part_hash(c->imag, self);
  int64_t h = int64_t(combined);
  return h == -1 ? -2 : h;
}

// Only == and != (NotImplemented otherwise: '<' not supported between...).
// Against an int the real part is compared exactly, as float == int is.
Value complex_richcompare(const Value& a, const Value& b, int op) {
  if (op != CMP_EQ && op != CMP_NE) return not_implemented();
  if (!is_complex(a)) return not_implemented();
  Cx x = cx_of(a);
  bool equal;
  if (is_int_value(b)) {
    if (x.im == 0.0) return number_compare(Value::from_float(x.re), b, op);
    equal = false;
  } else if (b.is_float()) {
    equal = x.re == b.f() && x.im == 0.0;
  } else if (is_complex(b)) {
    Cx y = cx_of(b);
    equal = x.re == y.re && x.im == y.im;
  } else {
    return not_implemented();
  }
  return Value::from_bool(equal == (op == CMP_EQ));
}

// ------------------------------------------------------------ arithmetic

Value complex_binop_slot(const Value& a, const Value& b, int op) {
  if (op & BINOP_SEQUENCE) {
    // complex * sequence: the sequence's repeat is tried and refuses the count.
    if ((op & 15) == BINOP_MUL) {
      TypeObj* tb = type_of(b);
      if (tb == T::str || tb == T::list || tb == T::tuple || tb == T::bytes)
        raisef(E::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(a));
    }
    return not_implemented();
  }
  op &= 15;
  // (No //, % or divmod() since Python 3.10: unsupported operand types.)
  if (op != BINOP_ADD && op != BINOP_SUB && op != BINOP_MUL && op != BINOP_TRUEDIV && op != BINOP_POW)
    return not_implemented();
  Cx x, y;
  if (!as_cx(a, x) || !as_cx(b, y)) return not_implemented();
  switch (op) {
    case BINOP_ADD: return make_complex(x.re + y.re, x.im + y.im);
    case BINOP_SUB: return make_complex(x.re - y.re, x.im - y.im);
    case BINOP_MUL: {
      Cx r = c_prod(x, y);
      return make_complex(r.re, r.im);
    }
    case BINOP_TRUEDIV: {
      errno = 0;
      Cx r = c_quot(x, y);
      if (errno == EDOM) raise(E::ZeroDivisionError, "complex division by zero");
      return make_complex(r.re, r.im);
    }
    default: return complex_pow(x.re, x.im, y.re, y.im);
  }
}

Value complex_unary_slot(const Value& a, int op) {
  Cx x = cx_of(a);
  switch (op) {
    case UNARY_NEG: return make_complex(-x.re, -x.im);
    case UNARY_POS: return type_of(a) == T::complex_ ? a : make_complex(x.re, x.im);  // a subclass's: plain
    case UNARY_ABS: return Value::from_float(c_abs(x));
    default: return not_implemented();
  }
}

// ------------------------------------------------------------ complex(...)

bool is_space_ascii(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// _Py_dg_strtod's syntax, then _Py_parse_inf_or_nan's: the longest prefix
// of s that is a float. Returns its length (0: none) and stores the value.
size_t parse_float_prefix(std::string_view s, double& out) {
  size_t i = 0, n = s.size();
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  size_t digits_start = i, ndigits = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++ndigits;
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i, ++ndigits;
  }
  if (ndigits > 0) {
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
      size_t e = i + 1;
      if (e < n && (s[e] == '+' || s[e] == '-')) ++e;
      size_t exp_digits = e;
      while (e < n && s[e] >= '0' && s[e] <= '9') ++e;
      if (e > exp_digits) i = e;  // an exponent needs a digit, else it is not part of the number
    }
    std::string text(s.substr(digits_start, i - digits_start));
    double d = std::strtod(text.c_str(), nullptr);  // correctly rounded; overflow is inf
    out = negative ? -d : d;
    return i;
  }
  // inf, infinity, nan (any case), after the optional sign.
  auto match = [&](size_t at, std::string_view word) {
    if (at + word.size() > n) return false;
    for (size_t k = 0; k < word.size(); ++k)
      if (char(s[at + k] | 0x20) != word[k]) return false;
    return true;
  };
  size_t at = negative || (!s.empty() && s[0] == '+') ? 1 : 0;
  if (match(at, "inf")) {
    at += 3;
    if (match(at, "inity")) at += 5;
    out = negative ? -INFINITY : INFINITY;
    return at;
  }
  if (match(at, "nan")) {
    out = negative ? -NAN : NAN;
    return at + 3;
  }
  return 0;
}

[[noreturn]] void malformed() { raise(E::ValueError, "complex() arg is a malformed string"); }

// complex_from_string_inner: <float>, <float>j, <float><signed-float>j, and
// the old <float><sign>j, <sign>j, j; in optional parentheses and spaces.
Cx parse_complex_text(std::string_view s) {
  size_t i = 0, n = s.size();
  double x = 0.0, y = 0.0, z;
  bool got_bracket = false;
  while (i < n && is_space_ascii(s[i])) ++i;
  if (i < n && s[i] == '(') {
    got_bracket = true;
    ++i;
    while (i < n && is_space_ascii(s[i])) ++i;
  }
  auto at = [&](size_t k) { return k < n ? s[k] : '\0'; };
  size_t used = parse_float_prefix(s.substr(i), z);
  if (used > 0) {
    i += used;
    if (at(i) == '+' || at(i) == '-') {
      x = z;
      size_t used_y = parse_float_prefix(s.substr(i), y);
      if (used_y > 0) {
        i += used_y;
      } else {
        y = at(i) == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!(at(i) == 'j' || at(i) == 'J')) malformed();
      ++i;
    } else if (at(i) == 'j' || at(i) == 'J') {
      ++i;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (at(i) == '+' || at(i) == '-') {
      y = at(i) == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      y = 1.0;
    }
    if (!(at(i) == 'j' || at(i) == 'J')) malformed();
    ++i;
  }
  while (i < n && is_space_ascii(s[i])) ++i;
  if (got_bracket) {
    if (at(i) != ')') malformed();
    ++i;
    while (i < n && is_space_ascii(s[i])) ++i;
  }
  if (i != n) malformed();
  return {x, y};
}

// complex(str): Unicode digits and spaces become ASCII first (anything else
// non-ASCII cannot parse), then underscores are checked and dropped.
Cx complex_from_string(const Value& str) {
  std::string_view text = sv(str);
  std::string ascii;
  ascii.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    int len;
    uint32_t c = utf8_decode(text.data() + i, len);
    i += size_t(len);
    if (c < 0x80) ascii.push_back(char(c));
    else if (uni_isspace(c)) ascii.push_back(' ');
    else if (uni_decimal_value(c) >= 0) ascii.push_back(char('0' + uni_decimal_value(c)));
    else ascii.push_back('?');
  }
  // (The C string CPython scans ends at a NUL.)
  size_t c_end = ascii.find('\0');
  if (ascii.substr(0, c_end).find('_') == std::string::npos) return parse_complex_text(ascii);
  // _Py_string_to_number_with_underscores: only between digits.
  std::string clean;
  char prev = '\0';
  bool bad = c_end != std::string::npos;
  for (size_t i = 0; i < ascii.size() && !bad; ++i) {
    char c = ascii[i];
    if (c == '_') {
      if (!(prev >= '0' && prev <= '9')) bad = true;
    } else {
      clean.push_back(c);
      if (prev == '_' && !(c >= '0' && c <= '9')) bad = true;
    }
    prev = c;
  }
  if (bad || prev == '_') raisef(E::ValueError, "could not convert string to complex: {}", repr_string(str));
  return parse_complex_text(clean);
}

Value call_special(const Value& obj, const char* name) {
  Value m = type_lookup(type_of(obj), intern(name));
  if (m.is_unbound()) return Value();
  return call(m, {obj});
}

// The real part a non-complex argument gives (PyNumber_Float): ints, bools,
// floats, and instances of classes with __float__ or __index__.
bool real_number_ok(const Value& v) {
  if (is_int_value(v) || v.is_float() || is_complex(v)) return true;
  if (!v.is_obj() || type_of(v)->is_builtin) return false;
  static StrObj* f = intern("__float__");
  static StrObj* ix = intern("__index__");
  return type_lookup(type_of(v), f).is_bound() || type_lookup(type_of(v), ix).is_bound();
}
double real_number(const Value& v) {
  static StrObj* f = intern("__float__");
  if (v.is_obj() && !type_of(v)->is_builtin && type_lookup(type_of(v), f).is_unbound()) {
    Value i = call_special(v, "__index__");
    if (!is_int_value(i)) raisef(E::TypeError, "__index__ returned non-int (type {})", type_name(i));
    return to_double(i);
  }
  return to_double(v);
}

// complex(real=0, imag=0), argument clinic's checks and messages.
Value complex_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  size_t nkw = kw ? kw->items.size() : 0;
  if (nargs + nkw > 2)
    raisef(E::TypeError, "complex() takes at most 2 {}arguments ({} given)", nargs == 0 ? "keyword " : "",
           nargs + nkw);
  const Value* slot[2] = {nargs > 0 ? &args[0] : nullptr, nargs > 1 ? &args[1] : nullptr};
  static const char* names[2] = {"real", "imag"};
  size_t found = 0;
  for (size_t i = nargs; i < 2; ++i) {
    slot[i] = find_kwarg(args, nargs, kw, names[i]);
    if (slot[i]) ++found;
  }
  if (found < nkw) {
    for (size_t i = 0; i < nargs; ++i)
      if (find_kwarg(args, nargs, kw, names[i]))
        raisef(E::TypeError, "argument for complex() given by name ('{}') and position ({})", names[i], i + 1);
    for (const Value& k : kw->items)
      if (sv(k) != "real" && sv(k) != "imag")
        raisef(E::TypeError, "'{}' is an invalid keyword argument for complex()", sv(k));
  }
  Value r = slot[0] ? *slot[0] : Value::from_int(0);
  const Value* i = slot[1];
  if (type == T::complex_ && type_of(r) == T::complex_ && !i) return r;
  auto result = [type](double re, double im) {
    if (type == T::complex_) return make_complex(re, im);
    return Value::steal(new_data_object<ComplexObj>(type, re, im));
  };
  if (is_str_value(r)) {
    if (i) raise(E::TypeError, "complex() can't take second arg if first is a string");
    Cx c = complex_from_string(r);
    return result(c.re, c.im);
  }
  if (i && is_str_value(*i)) raise(E::TypeError, "complex() second arg can't be a string");
  if (r.is_obj() && !type_of(r)->is_builtin) {
    Value c = call_special(r, "__complex__");
    if (c.is_bound()) {
      if (!is_complex(c)) raisef(E::TypeError, "__complex__ returned non-complex (type {})", type_name(c));
      r = c;
    }
  }
  if (!real_number_ok(r))
    raisef(E::TypeError, "complex() first argument must be a string or a number, not '{}'", type_name(r));
  if (i && !real_number_ok(*i))
    raisef(E::TypeError, "complex() second argument must be a number, not '{}'", type_name(*i));
  Cx cr, ci{0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  if (is_complex(r)) {
    cr = cx_of(r);
    cr_is_complex = true;
  } else {
    cr = {real_number(r), 0.0};
  }
  if (!i) {
    ci.re = cr.im;
  } else if (is_complex(*i)) {
    ci = cx_of(*i);
    ci_is_complex = true;
  } else {
    ci.re = real_number(*i);
  }
  // real + imag*1j when either part is itself complex.
  if (ci_is_complex) cr.re -= ci.im;
  if (cr_is_complex && i) ci.re += cr.im;
  return result(cr.re, ci.re);
}

// ------------------------------------------------------------ methods

Value m_conjugate(const Value* a, size_t n, TupleObj* k) {
  check_args("conjugate", n - 1, k, 0, 0);
  Cx x = cx_of(a[0]);
  return make_complex(x.re, -x.im);
}
Value m_complex(const Value* a, size_t n, TupleObj* k) {
  check_args("__complex__", n - 1, k, 0, 0);
  if (type_of(a[0]) == T::complex_) return a[0];
  Cx x = cx_of(a[0]);
  return make_complex(x.re, x.im);
}
Value m_abs(const Value* a, size_t n, TupleObj* k) {
  check_args("__abs__", n - 1, k, 0, 0);
  return Value::from_float(c_abs(cx_of(a[0])));
}
Value m_bool(const Value* a, size_t n, TupleObj* k) {
  check_args("__bool__", n - 1, k, 0, 0);
  Cx x = cx_of(a[0]);
  return Value::from_bool(x.re != 0.0 || x.im != 0.0);
}
Value m_getnewargs(const Value* a, size_t n, TupleObj* k) {
  check_args("__getnewargs__", n - 1, k, 0, 0);
  Cx x = cx_of(a[0]);
  return make_tuple({Value::from_float(x.re), Value::from_float(x.im)});
}
Value m_format(const Value* a, size_t n, TupleObj* k) {
  check_args("__format__", n - 1, k, 1, 1);
  if (!is_str_value(a[1])) raisef(E::TypeError, "__format__() argument must be str, not {}", type_name(a[1]));
  return format_builtin(a[0], sv(a[1]));
}
Value get_real(const Value& self) { return Value::from_float(self.as<ComplexObj>()->real); }
Value get_imag(const Value& self) { return Value::from_float(self.as<ComplexObj>()->imag); }
// (CPython's real and imag are read-only members, not getters.)
void set_readonly(const Value&, const Value&) { raise(E::AttributeError, "readonly attribute"); }

}  // namespace

Value make_complex(double real, double imag) { return Value::steal(new ComplexObj(real, imag)); }

Value complex_const(double real, double imag) {
  Value v = make_complex(real, imag);
  v.obj()->refcnt = kImmortal;
  return v;
}

Value complex_pow(double a_real, double a_imag, double b_real, double b_imag) {
  Cx a{a_real, a_imag}, b{b_real, b_imag}, p;
  errno = 0;
  // A small integral exponent: repeated multiplication (exact as CPython's).
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) p = c_powi(a, long(b.re));
  else p = c_pow(a, b);
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow; an underflow is not.
  if (std::isinf(p.re) || std::isinf(p.im)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM) raise(E::ZeroDivisionError, "0.0 to a negative or complex power");
  if (errno == ERANGE) raise(E::OverflowError, "complex exponentiation");
  return make_complex(p.re, p.im);
}

std::string complex_repr_string(double real, double imag) {
  // A real part of +0 is left out, with the parentheses.
  if (real == 0.0 && !std::signbit(real)) return part_repr(imag, false) + "j";
  return "(" + part_repr(real, false) + part_repr(imag, true) + "j)";
}

void init_complex_type() {
  TypeObj* t = T::complex_;
  t->repr = complex_repr_slot;
  t->hash = complex_hash_slot;
  t->richcompare = complex_richcompare;
  t->binop = complex_binop_slot;
  t->unaryop = complex_unary_slot;
  t->tp_new = complex_new;
  add_method(t, "conjugate", m_conjugate);
  add_method(t, "__complex__", m_complex);
  add_method(t, "__abs__", m_abs);
  add_method(t, "__bool__", m_bool);
  add_method(t, "__getnewargs__", m_getnewargs);
  add_method(t, "__format__", m_format);
  add_getset(t, "real", get_real, set_readonly);
  add_getset(t, "imag", get_imag, set_readonly);
}

}  // namespace py
