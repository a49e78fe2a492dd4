// Operators on classes: dunders with reflection and NotImplemented,
// comparisons, truthiness, iteration protocols, with, super, finalisation.
#include "core_test_util.h"

using namespace py;
using namespace pyrt_test;

namespace {

class CoreOps : public ::testing::Test {
 protected:
  void SetUp() override { ensure_runtime(); }
};

const SourceInfo test_source{"test.py", nullptr, 0};
const char* const two[] = {"self", "other"};
const char* const one[] = {"self"};
CodeInfo binop_code{"op", "V.op", &test_source, 1, FuncKind::Plain, two, 2, 0, 0, false, false};
CodeInfo unary_code{"op", "V.op", &test_source, 1, FuncKind::Plain, one, 1, 0, 0, false, false};

Value fn2(Value (*impl)(FuncObj*, Value*)) { return make_function(&binop_code, impl, Value(), Value(), {}, S("__main__")); }
Value fn1(Value (*impl)(FuncObj*, Value*)) { return make_function(&unary_code, impl, Value(), Value(), {}, S("__main__")); }

Value add_impl(FuncObj*, Value* p) {
  if (!p[1].is_int()) return not_implemented();
  return add(S("add:"), str(p[1]));
}
Value radd_impl(FuncObj*, Value* p) { return add(S("radd:"), str(p[1])); }
Value lt_impl(FuncObj*, Value*) { return Value::from_bool(true); }
Value false_impl(FuncObj*, Value*) { return Value::from_bool(false); }
Value len_zero(FuncObj*, Value*) { return Value::from_int(0); }
Value return_self(FuncObj*, Value* p) { return p[0]; }

// A counter that stops at 3.
Value next_impl(FuncObj*, Value* p) {
  Value n = getattr(p[0], Value::borrow(intern("n")));
  if (n.i() >= 3) raise(Value::borrow(E::StopIteration));
  setattr(p[0], Value::borrow(intern("n")), Value::from_int(n.i() + 1));
  return n;
}
Value getitem_impl(FuncObj*, Value* p) {
  if (p[1].i() >= 2) raise(E::IndexError, "done");
  return mul(p[1], Value::from_int(10));
}

}  // namespace

TEST_F(CoreOps, BinaryDundersAndReflection) {
  Value V = cls("V", {}, {{"__add__", fn2(add_impl)}, {"__radd__", fn2(radd_impl)}});
  Value v = call(V, {});
  EXPECT_EQ(str_of(add(v, Value::from_int(1))), "add:1");
  EXPECT_EQ(str_of(add(Value::from_int(2), v)), "radd:2");
  // __add__ gives NotImplemented and str has no reflected form.
  EXPECT_EQ(raised([&] { add(v, S("x")); }), "TypeError: unsupported operand type(s) for +: 'V' and 'str'");
  Value W = cls("W", {});
  EXPECT_EQ(raised([&] { add(call(W, {}), Value::from_int(1)); }),
            "TypeError: unsupported operand type(s) for +: 'W' and 'int'");
  EXPECT_EQ(raised([&] { sub(Value::from_int(1), S("a")); }), "TypeError: unsupported operand type(s) for -: 'int' and 'str'");
  EXPECT_EQ(raised([&] { py::pow(call(W, {}), Value::none()); }),
            "TypeError: unsupported operand type(s) for ** or pow(): 'W' and 'NoneType'");
  Value w = call(W, {});
  EXPECT_EQ(raised([&] { iadd(w, Value::from_int(1)); }), "TypeError: unsupported operand type(s) for +=: 'W' and 'int'");
  EXPECT_EQ(raised([&] { neg(w); }), "TypeError: bad operand type for unary -: 'W'");
}

TEST_F(CoreOps, SubclassReflectedFirst) {
  Value Base = cls("Base", {}, {{"__add__", fn2(add_impl)}});
  Value Sub = cls("Sub", {Base}, {{"__radd__", fn2(radd_impl)}});
  Value b = call(Base, {});
  Value s = call(Sub, {});
  EXPECT_EQ(str_of(add(b, s)), "radd:" + str_of(b));
}

TEST_F(CoreOps, Comparisons) {
  Value A = cls("A", {}, {{"__lt__", fn2(lt_impl)}});
  Value a = call(A, {}), b = call(A, {});
  EXPECT_TRUE(truthy(lt(a, b)));
  EXPECT_TRUE(truthy(gt(a, b)));  // reflected: b < a
  EXPECT_TRUE(truthy(eq(a, a)));
  EXPECT_FALSE(truthy(eq(a, b)));
  EXPECT_TRUE(truthy(ne(a, b)));
  Value B = cls("B", {});
  EXPECT_EQ(raised([&] { lt(call(B, {}), Value::from_int(1)); }),
            "TypeError: '<' not supported between instances of 'B' and 'int'");
  EXPECT_EQ(raised([&] { le(Value::none(), Value::none()); }),
            "TypeError: '<=' not supported between instances of 'NoneType' and 'NoneType'");
}

TEST_F(CoreOps, Truthiness) {
  Value F = cls("F", {}, {{"__bool__", fn1(false_impl)}});
  Value L = cls("L", {}, {{"__len__", fn1(len_zero)}});
  Value P = cls("P", {});
  EXPECT_FALSE(truthy(call(F, {})));
  EXPECT_FALSE(truthy(call(L, {})));
  EXPECT_TRUE(truthy(call(P, {})));
  Value Bad = cls("Bad", {}, {{"__bool__", fn1(len_zero)}});
  EXPECT_EQ(raised([&] { truthy(call(Bad, {})); }), "TypeError: __bool__ should return bool, returned int");
  EXPECT_EQ(raised([&] { len_of(call(P, {})); }), "TypeError: object of type 'P' has no len()");
}

TEST_F(CoreOps, IterationProtocols) {
  Value C = cls("C", {}, {{"__iter__", fn1(return_self)}, {"__next__", fn1(next_impl)}, {"n", Value::from_int(0)}});
  Value it = iter(call(C, {}));
  std::vector<int64_t> got;
  Value x;
  while (next(it, x)) got.push_back(x.i());
  EXPECT_EQ(got, (std::vector<int64_t>{0, 1, 2}));
  Value G = cls("G", {}, {{"__getitem__", fn2(getitem_impl)}});
  Value it2 = iter(call(G, {}));
  got.clear();
  while (next(it2, x)) got.push_back(x.i());
  EXPECT_EQ(got, (std::vector<int64_t>{0, 10}));
  EXPECT_TRUE(contains(call(G, {}), Value::from_int(10)));
  Value P = cls("P", {});
  EXPECT_EQ(raised([&] { iter(call(P, {})); }), "TypeError: 'P' object is not iterable");
  EXPECT_EQ(raised([&] { getitem(call(P, {}), Value::from_int(0)); }), "TypeError: 'P' object is not subscriptable");
  EXPECT_EQ(raised([&] { contains(Value::from_int(1), Value::from_int(0)); }),
            "TypeError: argument of type 'int' is not iterable");
}

TEST_F(CoreOps, WithProtocolMessages) {
  EXPECT_EQ(raised([&] { WithContext w(Value::from_int(1)); }),
            "TypeError: 'int' object does not support the context manager protocol");
  Value OnlyEnter = cls("OnlyEnter", {}, {{"__enter__", fn1(return_self)}});
  EXPECT_EQ(raised([&] { WithContext w(call(OnlyEnter, {})); }),
            "TypeError: 'OnlyEnter' object does not support the context manager protocol (missed __exit__ method)");
}

namespace {
int deleted = 0;
Value del_impl(FuncObj*, Value*) {
  ++deleted;
  return Value::none();
}
}  // namespace

TEST_F(CoreOps, DelRunsWhenLastReferenceGoes) {
  Value D = cls("D", {}, {{"__del__", fn1(del_impl)}});
  deleted = 0;
  {
    Value d = call(D, {});
    EXPECT_EQ(deleted, 0);
  }
  EXPECT_EQ(deleted, 1);
}

TEST_F(CoreOps, LongChainsFreeWithoutDeepRecursion) {
  Value Node = cls("Node", {});
  Value head = Value::none();
  for (int i = 0; i < 200000; ++i) {
    Value n = call(Node, {});
    setattr(n, Value::borrow(intern("next")), head);
    head = n;
  }
  head = Value::none();  // would overflow the C++ stack without the deferral
  SUCCEED();
}
