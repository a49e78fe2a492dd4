// random: seeded sequences must equal CPython 3.11's (values from python3).
#include "mod_test_util.h"

using namespace modtest;
using py::Value;

namespace {

Value call0(const char* name) { return py::call(fn("random", name), {}); }

TEST(ModRandom, SeededSequencesMatchCPython) {
  init();
  run([] {
  py::call(fn("random", "seed"), {I(12345)});
  std::vector<Value> v;
  for (int i = 0; i < 20; ++i) v.push_back(call0("random"));
  EXPECT_EQ(R(list(v)),
            "[0.41661987254534116, 0.010169169457068361, 0.8252065092537432, 0.2986398551995928, "
            "0.3684116894884757, 0.19366134904507426, 0.5660081687288613, 0.1616878239293682, "
            "0.12426688428353017, 0.4329362680099159, 0.5620784880758429, 0.1743435607237318, "
            "0.5532210855693298, 0.35490138633659873, 0.9580647850995486, 0.09129409887673512, "
            "0.97863999557041, 0.412119392939301, 0.5039353681100375, 0.14814616893018917]");
  v.clear();
  for (int i = 0; i < 20; ++i) v.push_back(py::call(fn("random", "randint"), {I(1), I(100)}));
  EXPECT_EQ(R(list(v)), "[93, 10, 25, 44, 42, 4, 59, 44, 4, 66, 89, 96, 54, 1, 1, 85, 21, 99, 75, 23]");
  v.clear();
  for (int i = 0; i < 20; ++i) v.push_back(py::call(fn("random", "choice"), {S("abcde")}));
  EXPECT_EQ(R(list(v)),
            "['c', 'a', 'd', 'a', 'e', 'b', 'd', 'b', 'e', 'e', 'c', 'a', 'b', 'a', 'd', 'b', 'e', 'b', 'c', 'e']");
  Value l = list({I(0), I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9)});
  py::call(fn("random", "shuffle"), {l});
  EXPECT_EQ(R(l), "[5, 4, 3, 9, 7, 1, 0, 2, 8, 6]");
  v.clear();
  for (int i = 0; i < 20; ++i) v.push_back(py::call(fn("random", "uniform"), {I(1), I(2)}));
  EXPECT_EQ(R(list(v)),
            "[1.349727329158323, 1.3419668760670782, 1.386013048319226, 1.012842148909861, 1.060889949736575, "
            "1.4451137637984957, 1.3881004452303367, 1.7990776070994872, 1.1794848351838354, 1.0117091743082245, "
            "1.7123346505146646, 1.215350744714634, 1.5125233885739653, 1.1215048989711423, 1.6218490754181523, "
            "1.0138177471317644, 1.491790781362063, 1.7719878823316773, 1.9660621838333343, 1.9226041730681864]");
  Value range = py::builtin("range");
  EXPECT_EQ(R(py::call(fn("random", "sample"), {py::call(range, {I(100)}), I(5)})), "[70, 25, 46, 98, 84]");
  EXPECT_EQ(R(py::call(fn("random", "sample"), {py::call(range, {I(1000)}), I(30)})),
            "[715, 122, 569, 153, 81, 506, 168, 913, 990, 343, 236, 208, 167, 166, 295, 550, 92, 532, 712, 3, 150, "
            "673, 507, 907, 189, 855, 622, 956, 817, 871]");
  EXPECT_EQ(R(py::call(fn("random", "getrandbits"), {I(100)})), "990761417017587853194114573972");
  EXPECT_EQ(R(py::call(fn("random", "randrange"), {I(0), I(100), I(7)})), "42");
  Value ten = I(10);
  Value big = py::pow(ten, I(30));
  EXPECT_EQ(R(py::call(fn("random", "randrange"), {big})), "252099067835052399247738225685");
  EXPECT_EQ(R(call_kw(fn("random", "choices"), {S("abc"), list({I(1), I(2), I(3)})}, {"k"}, {I(5)})),
            "['c', 'b', 'b', 'b', 'b']");
  EXPECT_EQ(R(call_kw(fn("random", "choices"), {S("abc")}, {"k"}, {I(3)})), "['b', 'c', 'c']");
  EXPECT_EQ(R(py::call(fn("random", "gauss"), {I(0), I(1)})), "1.1625671565569136");
  });
}

TEST(ModRandom, SeedForms) {
  init();
  run([] {
  Value seed = fn("random", "seed");
  py::call(seed, {py::add(py::pow(I(2), I(80)), I(3))});
  EXPECT_EQ(R(call0("random")), "0.17265678958667485");
  py::call(seed, {I(-5)});
  EXPECT_EQ(R(call0("random")), "0.6229016948897019");
  py::call(seed, {I(0)});
  EXPECT_EQ(R(call0("random")), "0.8444218515250481");
  py::call(seed, {F(1.5)});
  EXPECT_EQ(R(call0("random")), "0.551763726942059");
  py::call(seed, {F(-1.5)});
  EXPECT_EQ(R(call0("random")), "0.7101153317194698");
  Value r = py::call(fn("random", "Random"), {I(42)});
  EXPECT_EQ(R(py::call_method(r, py::Value::borrow(py::intern("random")), {})), "0.6394267984578837");
  EXPECT_EQ(R(py::call_method(r, py::Value::borrow(py::intern("randint")), {I(1), I(6)})), "1");
  });
}

TEST(ModRandom, ErrorsMatchCPython) {
  init();
  EXPECT_EQ(error_of([] { py::call(fn("random", "randint"), {I(1)}); }),
            "TypeError: Random.randint() missing 1 required positional argument: 'b'");
  EXPECT_EQ(error_of([] { py::call(fn("random", "randint"), {I(1), I(2), I(3)}); }),
            "TypeError: Random.randint() takes 3 positional arguments but 4 were given");
  EXPECT_EQ(error_of([] { py::call(fn("random", "choice"), {list({})}); }),
            "IndexError: Cannot choose from an empty sequence");
  EXPECT_EQ(error_of([] { py::call(fn("random", "randrange"), {I(0)}); }),
            "ValueError: empty range for randrange()");
  EXPECT_EQ(error_of([] { py::call(fn("random", "randrange"), {I(5), I(1)}); }),
            "ValueError: empty range for randrange() (5, 1, -4)");
  EXPECT_EQ(error_of([] { py::call(fn("random", "randrange"), {I(1), I(5), I(0)}); }),
            "ValueError: zero step for randrange()");
  EXPECT_EQ(error_of([] { py::call(fn("random", "sample"), {list({I(1)}), I(2)}); }),
            "ValueError: Sample larger than population or is negative");
  EXPECT_EQ(error_of([] { py::call(fn("random", "random"), {I(1)}); }),
            "TypeError: Random.random() takes no arguments (1 given)");
  EXPECT_EQ(error_of([] { py::call(fn("random", "getrandbits"), {I(-1)}); }),
            "ValueError: number of bits must be non-negative");
  EXPECT_EQ(error_of([] { py::call(fn("random", "seed"), {list({I(1)})}); }),
            "TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

}  // namespace
