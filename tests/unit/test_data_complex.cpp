// complex against values computed by python3 (3.11): repr, arithmetic with
// ints and floats converted first, CPython's division and integer powers
// digit for digit, the errors, hashes equal to the real part's, the
// constructor's parsing, and format().
#include <cmath>

#include "core_test_util.h"

using namespace py;
using namespace pyrt_test;

namespace {

class DataComplex : public ::testing::Test {
 protected:
  void SetUp() override { ensure_runtime(); }
};

Value C(double re, double im) { return complex_const(re, im); }
Value I(int64_t v) { return Value::from_int(v); }
Value F(double d) { return Value::from_float(d); }
Value complex_of(std::initializer_list<Value> args) { return call(builtin("complex"), args); }

}  // namespace

TEST_F(DataComplex, Repr) {
  EXPECT_EQ(repr_of(C(0, 1)), "1j");
  EXPECT_EQ(repr_of(C(1, 2)), "(1+2j)");
  EXPECT_EQ(repr_of(C(-0.0, -1)), "(-0-1j)");
  EXPECT_EQ(repr_of(C(0, -0.0)), "-0j");
  EXPECT_EQ(repr_of(C(-0.0, 0)), "(-0+0j)");
  EXPECT_EQ(repr_of(C(1.5e20, 0)), "(1.5e+20+0j)");
  EXPECT_EQ(repr_of(C(NAN, INFINITY)), "(nan+infj)");
  EXPECT_EQ(repr_of(C(-NAN, -NAN)), "(nan+nanj)");
  EXPECT_EQ(repr_of(C(1e16, 1e-5)), "(1e+16+1e-05j)");
  EXPECT_EQ(str_of(C(0.1 + 0.2, -1.0 / 3)), "(0.30000000000000004-0.3333333333333333j)");
}

TEST_F(DataComplex, MixedArithmetic) {
  EXPECT_EQ(repr_of(add(I(1), C(0, 2))), "(1+2j)");
  EXPECT_EQ(repr_of(sub(F(0.5), C(0, 1))), "(0.5-1j)");
  EXPECT_EQ(repr_of(mul(I(2), C(INFINITY, 0))), "(inf+nanj)");  // 2 is complex(2, 0) first
  EXPECT_EQ(repr_of(truediv(C(1, 1), C(0, 2))), "(0.5-0.5j)");
  EXPECT_EQ(repr_of(truediv(C(INFINITY, 1), C(1, 1))), "(inf-infj)");
  EXPECT_EQ(repr_of(neg(C(0, 0))), "(-0-0j)");
  EXPECT_EQ(raised([] { truediv(C(1, 1), I(0)); }), "ZeroDivisionError: complex division by zero");
  EXPECT_EQ(raised([] { floordiv(C(0, 1), I(2)); }),
            "TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
  EXPECT_EQ(raised([] { mod(I(2), C(0, 1)); }), "TypeError: unsupported operand type(s) for %: 'int' and 'complex'");
  EXPECT_EQ(raised([] { lt(C(0, 1), C(0, 2)); }),
            "TypeError: '<' not supported between instances of 'complex' and 'complex'");
  EXPECT_EQ(raised([] { add(C(0, 1), py::pow(I(10), I(400))); }),
            "OverflowError: int too large to convert to float");
}

TEST_F(DataComplex, Powers) {
  EXPECT_EQ(repr_of(py::pow(C(1, 1), I(10))), "32j");
  EXPECT_EQ(repr_of(py::pow(C(1.1, 2.2), I(3))), "(-14.641000000000005-2.662000000000001j)");
  EXPECT_EQ(repr_of(py::pow(C(1, 1), I(101))), "(-1125899906842634.5-1125899906842629.5j)");
  EXPECT_EQ(repr_of(py::pow(C(1e200, 1e200), I(2))), "(nan+nanj)");
  EXPECT_EQ(repr_of(py::pow(I(-8), F(1.0 / 3))), "(1.0000000000000002+1.7320508075688772j)");
  EXPECT_EQ(repr_of(py::pow(F(-8.0), F(0.5))), "(1.7319121124709868e-16+2.8284271247461903j)");
  EXPECT_EQ(repr_of(py::pow(F(-8.0), F(3.0))), "-512.0");
  EXPECT_EQ(raised([] { py::pow(C(0, 0), I(-1)); }), "ZeroDivisionError: 0.0 to a negative or complex power");
  EXPECT_EQ(raised([] { py::pow(C(-1, 1), F(1e308)); }), "ZeroDivisionError: 0.0 to a negative or complex power");
  EXPECT_EQ(raised([] { py::pow(C(1e150, 1e150), I(3)); }), "OverflowError: complex exponentiation");
  EXPECT_EQ(raised([] { py::pow(F(0.0), I(-1)); }), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

TEST_F(DataComplex, EqualityAndHash) {
  EXPECT_TRUE(eq_bool(C(1, 0), I(1)));
  EXPECT_TRUE(eq_bool(I(1), C(1, 0)));
  EXPECT_TRUE(eq_bool(C(2.5, 0), F(2.5)));
  EXPECT_FALSE(eq_bool(C(1, 1), I(1)));
  EXPECT_FALSE(eq_bool(C(9007199254740992.0, 0), I(9007199254740993)));  // exact, as float == int
  EXPECT_EQ(hash(C(1, 2)), 2000007);
  EXPECT_EQ(hash(C(1.5, -2.25)), -576460752305423493);
  EXPECT_EQ(hash(C(INFINITY, -INFINITY)), -314159628318);
  EXPECT_EQ(hash(C(-1, 0)), -2);
  for (double d : {0.0, 1.0, -7.25, 1e100, 4611686018427387904.0}) EXPECT_EQ(hash(C(d, 0)), hash(F(d)));
  EXPECT_FALSE(truthy(C(0, -0.0)));
  EXPECT_TRUE(truthy(C(0, 1e-320)));
}

TEST_F(DataComplex, Constructor) {
  EXPECT_EQ(repr_of(complex_of({})), "0j");
  EXPECT_EQ(repr_of(complex_of({I(1), F(-0.0)})), "(1-0j)");
  EXPECT_EQ(repr_of(complex_of({C(0, 1), C(0, 1)})), "(-1+1j)");
  EXPECT_EQ(repr_of(complex_of({S(" ( 1.5-2e3J ) ")})), "(1.5-2000j)");
  EXPECT_EQ(repr_of(complex_of({S("j")})), "1j");
  EXPECT_EQ(repr_of(complex_of({S("-J")})), "-1j");
  EXPECT_EQ(repr_of(complex_of({S("nan+infj")})), "(nan+infj)");
  EXPECT_EQ(repr_of(complex_of({S("1_000+2_0j")})), "(1000+20j)");
  EXPECT_EQ(raised([] { complex_of({S("1 + 2j")}); }), "ValueError: complex() arg is a malformed string");
  EXPECT_EQ(raised([] { complex_of({S("1__2j")}); }), "ValueError: could not convert string to complex: '1__2j'");
  EXPECT_EQ(raised([] { complex_of({S("1"), I(2)}); }),
            "TypeError: complex() can't take second arg if first is a string");
  EXPECT_EQ(raised([] { complex_of({I(1), S("2")}); }), "TypeError: complex() second arg can't be a string");
  EXPECT_EQ(raised([] { complex_of({new_list({})}); }),
            "TypeError: complex() first argument must be a string or a number, not 'list'");
  EXPECT_EQ(raised([] { call(builtin("int"), {C(1, 0)}); }),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  EXPECT_EQ(raised([] { call(builtin("float"), {C(1, 0)}); }),
            "TypeError: float() argument must be a string or a real number, not 'complex'");
}

TEST_F(DataComplex, Format) {
  EXPECT_EQ(str_of(format(C(0, 1), S(".2f"))), "0.00+1.00j");
  EXPECT_EQ(str_of(format(C(1, 2), S(">20"))), "              (1+2j)");
  EXPECT_EQ(str_of(format(C(1, 2), S("g"))), "1+2j");
  EXPECT_EQ(str_of(format(C(1, 2), S(""))), "(1+2j)");
  EXPECT_EQ(str_of(format(C(0, 1), S("+"))), "+1j");
  EXPECT_EQ(str_of(format(C(-0.0, -0.0), S("#"))), "(-0.-0.j)");
  EXPECT_EQ(str_of(format(C(1234567, 1), S(",.2f"))), "1,234,567.00+1.00j");
  EXPECT_EQ(raised([] { format(C(1, 2), S("010")); }),
            "ValueError: Zero padding is not allowed in complex format specifier");
  EXPECT_EQ(raised([] { format(C(1, 2), S("=10")); }),
            "ValueError: '=' alignment flag is not allowed in complex format specifier");
  EXPECT_EQ(raised([] { format(C(1, 2), S("%")); }),
            "ValueError: Unknown format code '%' for object of type 'complex'");
}
