// math: results and errors as CPython 3.11 (expected values from python3).
#include <cmath>

#include "mod_test_util.h"

using namespace modtest;
using py::Value;

namespace {

Value m(const char* name, std::vector<Value> args) { return py::call(fn("math", name), args.data(), args.size()); }
Value floats(std::initializer_list<double> xs) {
  std::vector<Value> v;
  for (double x : xs) v.push_back(F(x));
  return list(std::move(v));
}

TEST(ModMath, Values) {
  init();
  run([] {
    std::vector<Value> tenths(10, F(0.1));
    EXPECT_EQ(R(m("fsum", {list(tenths)})), "1.0");
    EXPECT_EQ(R(m("fsum", {floats({1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50})})), "1e-100");
    EXPECT_EQ(R(m("factorial", {I(25)})), "15511210043330985984000000");
    EXPECT_EQ(R(m("comb", {I(50), I(25)})), "126410606437752");
    EXPECT_EQ(R(m("perm", {I(5), I(2)})), "20");
    EXPECT_EQ(R(m("isqrt", {py::pow(I(10), I(40))})), "100000000000000000000");
    EXPECT_EQ(R(m("gcd", {I(12), I(18), I(8)})), "2");
    EXPECT_EQ(R(m("lcm", {I(4), I(6)})), "12");
    EXPECT_EQ(R(m("log", {py::pow(I(2), I(2000))})), "1386.2943611198907");
    EXPECT_EQ(R(m("log", {I(8), I(2)})), "3.0");
    EXPECT_EQ(R(m("floor", {F(-2.5)})), "-3");
    EXPECT_EQ(R(m("ceil", {F(2.1)})), "3");
    EXPECT_EQ(R(m("floor", {F(1e20)})), "100000000000000000000");
    EXPECT_EQ(R(m("sqrt", {I(2)})), "1.4142135623730951");
    EXPECT_EQ(R(m("hypot", {I(3), I(4)})), "5.0");
    EXPECT_EQ(R(m("trunc", {F(-2.5)})), "-2");
    EXPECT_EQ(R(attr(mod("math"), "pi")), "3.141592653589793");
    EXPECT_EQ(R(m("isclose", {I(1), F(1.0000000001)})), "True");
    EXPECT_EQ(R(call_kw(fn("math", "prod"), {list({I(1), I(2), I(3)})}, {"start"}, {I(2)})), "12");
  });
}

TEST(ModMath, Errors) {
  init();
  EXPECT_EQ(error_of([] { m("sqrt", {I(-1)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { m("log", {I(0)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { m("exp", {I(1000)}); }), "OverflowError: math range error");
  EXPECT_EQ(error_of([] { m("factorial", {I(-1)}); }), "ValueError: factorial() not defined for negative values");
  EXPECT_EQ(error_of([] { m("factorial", {F(2.0)}); }), "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(error_of([] { m("sqrt", {S("a")}); }), "TypeError: must be real number, not str");
  EXPECT_EQ(error_of([] { m("fsum", {floats({1e308, 1e308})}); }), "OverflowError: intermediate overflow in fsum");
  EXPECT_EQ(error_of([] { m("fsum", {floats({INFINITY, -INFINITY})}); }), "ValueError: -inf + inf in fsum");
  EXPECT_EQ(error_of([] { m("isqrt", {I(-1)}); }), "ValueError: isqrt() argument must be nonnegative");
  EXPECT_EQ(error_of([] { m("pow", {I(0), I(-1)}); }), "ValueError: math domain error");
}

}  // namespace
