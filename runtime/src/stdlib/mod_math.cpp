// The math module: libm functions with CPython's domain/range error rules,
// integer functions on arbitrary-size ints (factorial, gcd, isqrt, comb...),
// and fsum with exact partials (Shewchuk) and CPython's final rounding.
#include <cmath>
#include <vector>

#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

double real_arg(const Value& v) {
  if (v.is_float()) return v.f();
  if (v.is_int() || v.is_bool()) return double(v.i());
  if (is_int_value(v)) return to_double(v);
  Value f = type_lookup(type_of(v), intern("__float__"));
  if (f.is_bound()) return to_double(call_method(v, name("__float__"), {}));
  Value idx = type_lookup(type_of(v), intern("__index__"));
  if (idx.is_bound()) return to_double(call_method(v, name("__index__"), {}));
  raise(E::TypeError, "must be real number, not " + type_name(v));
}

[[noreturn]] void domain_error() { raise(E::ValueError, "math domain error"); }
[[noreturn]] void range_error() { raise(E::OverflowError, "math range error"); }

// CPython's math_1: NaN from a non-NaN is a domain error; an infinity from a
// finite input is a range error (if the function can overflow) or domain error.
Value math_1(const Value& x, double (*f)(double), bool can_overflow) {
  double d = real_arg(x);
  double r = f(d);
  if (std::isnan(r) && !std::isnan(d)) domain_error();
  if (std::isinf(r) && std::isfinite(d)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return Value::from_float(r);
}

#define PYRT_MATH_1(pyname, cfn, overflow)                            \
  Value fn_##pyname(const Value* args, size_t nargs, TupleObj* kw) { \
    exact_args("math." #pyname, nargs, kw, 1);                       \
    return math_1(args[0], [](double v) { return cfn(v); }, overflow); \
  }

PYRT_MATH_1(sqrt, std::sqrt, false)
PYRT_MATH_1(exp, std::exp, true)
PYRT_MATH_1(exp2, std::exp2, true)
PYRT_MATH_1(expm1, std::expm1, true)
PYRT_MATH_1(sin, std::sin, false)
PYRT_MATH_1(cos, std::cos, false)
PYRT_MATH_1(tan, std::tan, false)
PYRT_MATH_1(asin, std::asin, false)
PYRT_MATH_1(acos, std::acos, false)
PYRT_MATH_1(atan, std::atan, false)
PYRT_MATH_1(sinh, std::sinh, true)
PYRT_MATH_1(cosh, std::cosh, true)
PYRT_MATH_1(tanh, std::tanh, false)
PYRT_MATH_1(asinh, std::asinh, false)
PYRT_MATH_1(acosh, std::acosh, false)
PYRT_MATH_1(atanh, std::atanh, false)
PYRT_MATH_1(fabs, std::fabs, false)
PYRT_MATH_1(erf, std::erf, false)
PYRT_MATH_1(erfc, std::erfc, false)
PYRT_MATH_1(cbrt, std::cbrt, false)
#undef PYRT_MATH_1

Value fn_gamma(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.gamma", nargs, kw, 1);
  double x = real_arg(args[0]);
  if (std::isfinite(x) && x <= 0 && x == std::floor(x)) domain_error();
  if (x == -INFINITY) domain_error();
  return math_1(args[0], [](double v) { return std::tgamma(v); }, true);
}
Value fn_lgamma(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.lgamma", nargs, kw, 1);
  double x = real_arg(args[0]);
  if (std::isfinite(x) && x <= 0 && x == std::floor(x)) domain_error();
  return math_1(args[0], [](double v) { return std::lgamma(v); }, true);
}

// CPython's loghelper: ints too large for a double are split as m * 2**e
// (m in [0.5, 1)) and give func(m) + func(2.0) * e.
double log_helper(const Value& x, double (*func)(double)) {
  if (is_int_value(x)) {
    if (!truthy(gt(x, Value::from_int(0)))) domain_error();
    int64_t bits = 0;
    if (!x.is_int() && !x.is_bool()) to_int64(call_method(x, name("bit_length"), {}), bits);
    if (bits > 1023) {
      int64_t shift = bits - 64;
      double top = to_double(rshift(x, Value::from_int(shift)));  // in [2**63, 2**64]
      double m = std::ldexp(top, -64);
      return func(m) + func(2.0) * double(bits);
    }
    return func(to_double(x));
  }
  double d = real_arg(x);
  if (std::isnan(d)) return d;
  if (d <= 0) domain_error();
  if (std::isinf(d)) return d;
  return func(d);
}

double ln(double v) { return std::log(v); }
double lg2(double v) { return std::log2(v); }
double lg10(double v) { return std::log10(v); }

Value fn_log(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("log", kw);
  if (nargs < 1 || nargs > 2)
    raise(E::TypeError, std::string("log expected ") + (nargs < 1 ? "at least 1 argument, got " : "at most 2 arguments, got ") +
                            std::to_string(nargs));
  double num = log_helper(args[0], ln);
  if (nargs == 1) return Value::from_float(num);
  double den = log_helper(args[1], ln);
  if (den == 0) raise(E::ZeroDivisionError, "float division by zero");
  return Value::from_float(num / den);
}
Value fn_log2(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.log2", nargs, kw, 1);
  return Value::from_float(log_helper(args[0], lg2));
}
Value fn_log10(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.log10", nargs, kw, 1);
  return Value::from_float(log_helper(args[0], lg10));
}
Value fn_log1p(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.log1p", nargs, kw, 1);
  double d = real_arg(args[0]);
  if (d <= -1) domain_error();
  return Value::from_float(std::log1p(d));
}

void two_args(const char* fname, size_t nargs, TupleObj* kw) {
  no_kwargs(fname, kw);
  if (nargs != 2) raise(E::TypeError, std::string(fname) + " expected 2 arguments, got " + std::to_string(nargs));
}

Value fn_pow(const Value* args, size_t nargs, TupleObj* kw) {
  two_args("pow", nargs, kw);
  double x = real_arg(args[0]), y = real_arg(args[1]);
  if (x == 0 && y < 0 && std::isfinite(y)) domain_error();
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) domain_error();
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error();
  return Value::from_float(r);
}
Value fn_atan2(const Value* args, size_t nargs, TupleObj* kw) {
  two_args("atan2", nargs, kw);
  return Value::from_float(std::atan2(real_arg(args[0]), real_arg(args[1])));
}
Value fn_fmod(const Value* args, size_t nargs, TupleObj* kw) {
  two_args("fmod", nargs, kw);
  double x = real_arg(args[0]), y = real_arg(args[1]);
  if (std::isinf(y) && std::isfinite(x)) return Value::from_float(x);
  if (y == 0 && !std::isnan(x)) domain_error();
  if (std::isinf(x) && !std::isnan(y)) domain_error();
  return Value::from_float(std::fmod(x, y));
}
Value fn_remainder(const Value* args, size_t nargs, TupleObj* kw) {
  two_args("remainder", nargs, kw);
  double x = real_arg(args[0]), y = real_arg(args[1]);
  if ((y == 0 && !std::isnan(x)) || (std::isinf(x) && !std::isnan(y))) domain_error();
  return Value::from_float(std::remainder(x, y));
}
Value fn_copysign(const Value* args, size_t nargs, TupleObj* kw) {
  two_args("copysign", nargs, kw);
  return Value::from_float(std::copysign(real_arg(args[0]), real_arg(args[1])));
}
Value fn_ldexp(const Value* args, size_t nargs, TupleObj* kw) {
  two_args("ldexp", nargs, kw);
  double x = real_arg(args[0]);
  if (!is_int_value(args[1])) raise(E::TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!to_int64(args[1], e)) e = truthy(gt(args[1], Value::from_int(0))) ? INT32_MAX : INT32_MIN;
  if (e > INT32_MAX) e = INT32_MAX;
  if (e < INT32_MIN) e = INT32_MIN;
  double r = std::ldexp(x, int(e));
  if (std::isinf(r) && std::isfinite(x)) range_error();
  return Value::from_float(r);
}
Value fn_nextafter(const Value* args, size_t nargs, TupleObj* kw) {
  two_args("nextafter", nargs, kw);
  return Value::from_float(std::nextafter(real_arg(args[0]), real_arg(args[1])));
}
Value fn_degrees(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.degrees", nargs, kw, 1);
  return Value::from_float(real_arg(args[0]) * (180.0 / M_PI));
}
Value fn_radians(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.radians", nargs, kw, 1);
  return Value::from_float(real_arg(args[0]) * (M_PI / 180.0));
}
Value fn_modf(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.modf", nargs, kw, 1);
  double x = real_arg(args[0]);
  if (std::isinf(x)) return make_tuple({Value::from_float(std::copysign(0.0, x)), Value::from_float(x)});
  double ip;
  double fp = std::modf(x, &ip);
  return make_tuple({Value::from_float(fp), Value::from_float(ip)});
}
Value fn_frexp(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.frexp", nargs, kw, 1);
  double x = real_arg(args[0]);
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  return make_tuple({Value::from_float(m), Value::from_int(e)});
}
Value fn_ulp(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.ulp", nargs, kw, 1);
  double x = std::fabs(real_arg(args[0]));
  if (std::isnan(x) || std::isinf(x)) return Value::from_float(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return Value::from_float(x - std::nextafter(x, -INFINITY));
  return Value::from_float(next - x);
}

Value fn_isfinite(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.isfinite", nargs, kw, 1);
  return Value::from_bool(std::isfinite(real_arg(args[0])));
}
Value fn_isinf(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.isinf", nargs, kw, 1);
  return Value::from_bool(std::isinf(real_arg(args[0])));
}
Value fn_isnan(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.isnan", nargs, kw, 1);
  return Value::from_bool(std::isnan(real_arg(args[0])));
}

// floor/ceil/trunc: ints pass through; floats become ints (big if needed);
// other objects use __floor__ / __ceil__ / __trunc__.
Value float_to_int(double d) {
  if (d > -9.2e18 && d < 9.2e18) return Value::from_int(int64_t(d));
  return call(builtin("int"), {Value::from_float(d)});
}

Value rounding(const Value& x, const char* dunder, double (*f)(double)) {
  if (is_int_value(x)) return x.is_bool() ? Value::from_int(x.i()) : x;
  if (x.is_float()) return float_to_int(f(x.f()));
  if (type_lookup(type_of(x), intern(dunder)).is_bound()) return call_method(x, name(dunder), {});
  return float_to_int(f(real_arg(x)));
}

Value fn_floor(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.floor", nargs, kw, 1);
  return rounding(args[0], "__floor__", [](double v) { return std::floor(v); });
}
Value fn_ceil(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.ceil", nargs, kw, 1);
  return rounding(args[0], "__ceil__", [](double v) { return std::ceil(v); });
}
Value fn_trunc(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.trunc", nargs, kw, 1);
  if (!is_int_value(args[0]) && !args[0].is_float() && type_lookup(type_of(args[0]), intern("__trunc__")).is_unbound())
    raise(E::TypeError, "type " + type_name(args[0]) + " doesn't define __trunc__ method");
  return rounding(args[0], "__trunc__", [](double v) { return std::trunc(v); });
}

// ---------------------------------------------------------------- integers

Value int_arg(const Value& v) {
  if (v.is_float()) raise(E::TypeError, "'float' object cannot be interpreted as an integer");
  if (is_int_value(v)) return v.is_bool() ? Value::from_int(v.i()) : v;
  return Value::from_int(index_value(v));
}

Value abs_value(const Value& v) { return truthy(lt(v, Value::from_int(0))) ? neg(v) : v; }

Value gcd2(Value a, Value b) {
  a = abs_value(a);
  b = abs_value(b);
  int64_t x, y;
  if (to_int64(a, x) && to_int64(b, y)) {
    while (y) {
      int64_t t = x % y;
      x = y;
      y = t;
    }
    return Value::from_int(x);
  }
  while (truthy(b)) {
    Value t = mod(a, b);
    a = b;
    b = t;
  }
  return a;
}

Value fn_gcd(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("gcd", kw);
  Value g = Value::from_int(0);
  for (size_t i = 0; i < nargs; ++i) g = gcd2(g, int_arg(args[i]));
  return g;
}

Value fn_lcm(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("lcm", kw);
  Value l = Value::from_int(1);
  for (size_t i = 0; i < nargs; ++i) {
    Value v = int_arg(args[i]);
    if (!truthy(v) || !truthy(l)) {
      l = Value::from_int(0);
      continue;
    }
    l = abs_value(mul(floordiv(l, gcd2(l, v)), v));
  }
  return l;
}

Value fn_factorial(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.factorial", nargs, kw, 1);
  Value n = int_arg(args[0]);
  if (truthy(lt(n, Value::from_int(0)))) raise(E::ValueError, "factorial() not defined for negative values");
  int64_t k;
  if (!to_int64(n, k)) raise(E::OverflowError, "factorial() argument should not exceed 9223372036854775807");
  // Product of a range by halves keeps the big-int multiplications balanced.
  struct Product {
    static Value of(int64_t lo, int64_t hi) {  // lo * (lo+1) * ... * hi
      if (lo > hi) return Value::from_int(1);
      if (hi - lo < 8) {
        Value r = Value::from_int(lo);
        for (int64_t i = lo + 1; i <= hi; ++i) r = mul(r, Value::from_int(i));
        return r;
      }
      int64_t mid = lo + (hi - lo) / 2;
      return mul(of(lo, mid), of(mid + 1, hi));
    }
  };
  return Product::of(1, k);
}

Value isqrt_value(const Value& n) {
  int64_t small;
  if (to_int64(n, small)) {
    uint64_t r = uint64_t(std::sqrt(double(small)));
    while (r * r > uint64_t(small)) --r;
    while ((r + 1) * (r + 1) <= uint64_t(small)) ++r;
    return Value::from_int(int64_t(r));
  }
  // Newton's iteration from an upper bound: x = (x + n // x) // 2.
  int64_t bits = 0;
  to_int64(call_method(n, name("bit_length"), {}), bits);
  Value x = lshift(Value::from_int(1), Value::from_int((bits + 1) / 2 + 1));
  while (true) {
    Value y = floordiv(add(x, floordiv(n, x)), Value::from_int(2));
    if (!truthy(lt(y, x))) return x;
    x = y;
  }
}

Value fn_isqrt(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.isqrt", nargs, kw, 1);
  Value n = int_arg(args[0]);
  if (truthy(lt(n, Value::from_int(0)))) raise(E::ValueError, "isqrt() argument must be nonnegative");
  return isqrt_value(n);
}

Value fn_perm(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("perm", kw);
  if (nargs < 1 || nargs > 2)
    raise(E::TypeError, std::string("perm expected ") + (nargs < 1 ? "at least 1 argument, got " : "at most 2 arguments, got ") +
                            std::to_string(nargs));
  Value n = int_arg(args[0]);
  if (nargs == 1 || args[1].is_none()) {
    Value a[1] = {n};
    return fn_factorial(a, 1, nullptr);
  }
  Value k = int_arg(args[1]);
  if (truthy(lt(n, Value::from_int(0)))) raise(E::ValueError, "n must be a non-negative integer");
  if (truthy(lt(k, Value::from_int(0)))) raise(E::ValueError, "k must be a non-negative integer");
  if (truthy(gt(k, n))) return Value::from_int(0);
  Value r = Value::from_int(1);
  for (Value i = Value::from_int(0); truthy(lt(i, k)); i = add(i, Value::from_int(1))) r = mul(r, sub(n, i));
  return r;
}

Value fn_comb(const Value* args, size_t nargs, TupleObj* kw) {
  two_args("comb", nargs, kw);
  Value n = int_arg(args[0]), k = int_arg(args[1]);
  if (truthy(lt(n, Value::from_int(0)))) raise(E::ValueError, "n must be a non-negative integer");
  if (truthy(lt(k, Value::from_int(0)))) raise(E::ValueError, "k must be a non-negative integer");
  if (truthy(gt(k, n))) return Value::from_int(0);
  Value other = sub(n, k);
  if (truthy(lt(other, k))) k = other;
  Value r = Value::from_int(1);
  // r = r * (n - i) // (i + 1) stays integral at every step.
  for (Value i = Value::from_int(0); truthy(lt(i, k)); i = add(i, Value::from_int(1)))
    r = floordiv(mul(r, sub(n, i)), add(i, Value::from_int(1)));
  return r;
}

Value fn_prod(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"prod", {"iterable", "start"}, 1, 1};
  Value p[2];
  bind(sig, args, nargs, kw, p);
  Value r = p[1].is_bound() ? p[1] : Value::from_int(1);
  Value it = iter(p[0]), item;
  while (next(it, item)) r = mul(r, item);
  return r;
}

// ---------------------------------------------------------------- fsum

Value fn_fsum(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("math.fsum", nargs, kw, 1);
  std::vector<double> partials;
  double special_sum = 0, inf_sum = 0;
  Value it = iter(args[0]), item;
  while (next(it, item)) {
    double x = real_arg(item);
    double xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // An infinity or NaN: an input one is summed apart, a computed one
        // means the partial sums overflowed.
        if (std::isfinite(xsave)) raise(E::OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise(E::ValueError, "-inf + inf in fsum");
    return Value::from_float(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half-way cases correctly: if the rest of the partials has the
    // same sign as lo, the true sum is beyond the half-way point.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::from_float(hi);
}

Value fn_isclose(const Value* args, size_t nargs, TupleObj* kw) {
  Value p[4];
  parse_c_args("isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, args, nargs, kw, p);
  double a = real_arg(p[0]), b = real_arg(p[1]);
  double rel_tol = p[2].is_bound() ? real_arg(p[2]) : 1e-09;
  double abs_tol = p[3].is_bound() ? real_arg(p[3]) : 0.0;
  if (rel_tol < 0.0 || abs_tol < 0.0) raise(E::ValueError, "tolerances must be non-negative");
  if (a == b) return Value::from_bool(true);
  if (std::isinf(a) || std::isinf(b)) return Value::from_bool(false);
  double diff = std::fabs(b - a);
  return Value::from_bool((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a)) || diff <= abs_tol);
}

Value fn_hypot(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("hypot", kw);
  if (nargs == 2) return Value::from_float(std::hypot(real_arg(args[0]), real_arg(args[1])));
  double max = 0;
  std::vector<double> v;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    double x = std::fabs(real_arg(args[i]));
    found_nan |= std::isnan(x);
    if (x > max) max = x;
    v.push_back(x);
  }
  if (std::isinf(max)) return Value::from_float(max);
  if (found_nan) return Value::from_float(NAN);
  if (max == 0 || nargs <= 1) return Value::from_float(max);
  double sum = 0;
  for (double x : v) sum += (x / max) * (x / max);
  return Value::from_float(max * std::sqrt(sum));
}

Value fn_dist(const Value* args, size_t nargs, TupleObj* kw) {
  two_args("dist", nargs, kw);
  std::vector<Value> diffs;
  Value ip = iter(args[0]), iq = iter(args[1]), a, b;
  while (next(ip, a)) {
    if (!next(iq, b)) raise(E::ValueError, "both points must have the same number of dimensions");
    diffs.push_back(Value::from_float(real_arg(a) - real_arg(b)));
  }
  if (next(iq, b)) raise(E::ValueError, "both points must have the same number of dimensions");
  return fn_hypot(diffs.data(), diffs.size(), nullptr);
}

}  // namespace

void init_math_module(ModuleObj* m) {
  module_add(m, "pi", Value::from_float(M_PI));
  module_add(m, "e", Value::from_float(M_E));
  module_add(m, "tau", Value::from_float(2 * M_PI));
  module_add(m, "inf", Value::from_float(INFINITY));
  module_add(m, "nan", Value::from_float(NAN));
  struct Entry {
    const char* name;
    BuiltinFn fn;
  };
  static const Entry kFunctions[] = {
      {"sqrt", fn_sqrt},       {"exp", fn_exp},           {"exp2", fn_exp2},         {"expm1", fn_expm1},
      {"sin", fn_sin},         {"cos", fn_cos},           {"tan", fn_tan},           {"asin", fn_asin},
      {"acos", fn_acos},       {"atan", fn_atan},         {"sinh", fn_sinh},         {"cosh", fn_cosh},
      {"tanh", fn_tanh},       {"asinh", fn_asinh},       {"acosh", fn_acosh},       {"atanh", fn_atanh},
      {"fabs", fn_fabs},       {"erf", fn_erf},           {"erfc", fn_erfc},         {"cbrt", fn_cbrt},
      {"gamma", fn_gamma},     {"lgamma", fn_lgamma},     {"log", fn_log},           {"log2", fn_log2},
      {"log10", fn_log10},     {"log1p", fn_log1p},       {"pow", fn_pow},           {"atan2", fn_atan2},
      {"fmod", fn_fmod},       {"remainder", fn_remainder}, {"copysign", fn_copysign}, {"ldexp", fn_ldexp},
      {"nextafter", fn_nextafter}, {"degrees", fn_degrees}, {"radians", fn_radians}, {"modf", fn_modf},
      {"frexp", fn_frexp},     {"ulp", fn_ulp},           {"isfinite", fn_isfinite}, {"isinf", fn_isinf},
      {"isnan", fn_isnan},     {"floor", fn_floor},       {"ceil", fn_ceil},         {"trunc", fn_trunc},
      {"gcd", fn_gcd},         {"lcm", fn_lcm},           {"factorial", fn_factorial}, {"isqrt", fn_isqrt},
      {"perm", fn_perm},       {"comb", fn_comb},         {"prod", fn_prod},         {"fsum", fn_fsum},
      {"isclose", fn_isclose}, {"hypot", fn_hypot},       {"dist", fn_dist},
  };
  for (const Entry& e : kFunctions) module_add_fn(m, e.name, e.fn);
}

}  // namespace py
