// Argument binding for compiled functions, with CPython's messages.
#include "core_test_util.h"

using namespace py;
using namespace pyrt_test;

namespace {

class CoreCalls : public ::testing::Test {
 protected:
  void SetUp() override { ensure_runtime(); }
};

const SourceInfo test_source{"test.py", nullptr, 0};

// Returns its bound parameters as a tuple, so tests can see the binding.
template <size_t N>
Value echo_impl(FuncObj*, Value* p) {
  return make_tuple(std::vector<Value>(p, p + N));
}

TupleObj* kw(std::initializer_list<const char*> names) { return kwnames_const(names); }

// def f(x, y)
const char* const f_params[] = {"x", "y"};
CodeInfo f_code{"f", "f", &test_source, 1, FuncKind::Plain, f_params, 2, 0, 0, false, false};
// def g(a, b=1, *, k)
const char* const g_params[] = {"a", "b", "k"};
CodeInfo g_code{"g", "g", &test_source, 1, FuncKind::Plain, g_params, 2, 0, 1, false, false};
// def h(a, /, b)
const char* const h_params[] = {"a", "b"};
CodeInfo h_code{"h", "h", &test_source, 1, FuncKind::Plain, h_params, 2, 1, 0, false, false};
// def v(a, *args, k=5, **kw)
const char* const v_params[] = {"a", "args", "k", "kw"};
CodeInfo v_code{"v", "v", &test_source, 1, FuncKind::Plain, v_params, 1, 0, 1, true, true};
// class A: def m(self, x)
const char* const m_params[] = {"self", "x"};
CodeInfo m_code{"m", "A.m", &test_source, 1, FuncKind::Plain, m_params, 2, 0, 0, false, false};

Value fn(const CodeInfo* code, Value (*impl)(FuncObj*, Value*), Value defaults = Value(), Value kwdefaults = Value()) {
  return make_function(code, impl, defaults, kwdefaults, {}, S("__main__"));
}

}  // namespace

TEST_F(CoreCalls, PositionalAndMissing) {
  Value f = fn(&f_code, echo_impl<2>);
  EXPECT_EQ(repr_of(call(f, {Value::from_int(1), Value::from_int(2)})), "(1, 2)");
  EXPECT_EQ(raised([&] { call(f, {Value::from_int(1)}); }), "TypeError: f() missing 1 required positional argument: 'y'");
  EXPECT_EQ(raised([&] { call(f, {}); }), "TypeError: f() missing 2 required positional arguments: 'x' and 'y'");
  EXPECT_EQ(raised([&] { call(f, {Value::from_int(1), Value::from_int(2), Value::from_int(3)}); }),
            "TypeError: f() takes 2 positional arguments but 3 were given");
}

TEST_F(CoreCalls, KeywordsDefaultsAndKeywordOnly) {
  Value kwd = make_dict();
  Value g = fn(&g_code, echo_impl<3>, make_tuple({Value::from_int(1)}), kwd);
  Value args[3] = {Value::from_int(7), Value::from_int(8)};
  EXPECT_EQ(repr_of(call(g, args, 1, kw({"k"}))), "(7, 1, 8)");
  EXPECT_EQ(raised([&] { call(g, {Value::from_int(1)}); }),
            "TypeError: g() missing 1 required keyword-only argument: 'k'");
  Value three[4] = {Value::from_int(1), Value::from_int(2), Value::from_int(3), Value::from_int(4)};
  EXPECT_EQ(raised([&] { call(g, three, 3, kw({"k"})); }),
            "TypeError: g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only "
            "argument) were given");
  EXPECT_EQ(raised([&] { call(g, three, 1, kw({"c"})); }), "TypeError: g() got an unexpected keyword argument 'c'");
  EXPECT_EQ(raised([&] { call(g, three, 1, kw({"a", "k"})); }), "TypeError: g() got multiple values for argument 'a'");
}

TEST_F(CoreCalls, PositionalOnly) {
  Value h = fn(&h_code, echo_impl<2>);
  Value args[2] = {Value::from_int(1), Value::from_int(2)};
  EXPECT_EQ(raised([&] { call(h, args, 0, kw({"a", "b"})); }),
            "TypeError: h() got some positional-only arguments passed as keyword arguments: 'a'");
  EXPECT_EQ(repr_of(call(h, args, 1, kw({"b"}))), "(1, 2)");
}

TEST_F(CoreCalls, VarargsAndVarkw) {
  Value kwd = make_dict();
  dict_set(kwd.as<DictObj>(), S("k"), Value::from_int(5));
  Value v = fn(&v_code, echo_impl<4>, Value(), kwd);
  Value args[4] = {Value::from_int(1), Value::from_int(2), Value::from_int(3), Value::from_int(4)};
  EXPECT_EQ(repr_of(call(v, args, 3, nullptr)), "(1, (2, 3), 5, {})");
  EXPECT_EQ(repr_of(call(v, args, 2, kw({"z", "k"}))), "(1, (2,), 4, {'z': 3})");
  EXPECT_EQ(repr_of(call_ex(v, make_tuple({Value::from_int(9)}), Value())), "(9, (), 5, {})");
}

TEST_F(CoreCalls, MethodsUseQualname) {
  Value m = fn(&m_code, echo_impl<2>);
  Value A = cls("A", {}, {{"m", m}});
  Value a = call(A, {});
  EXPECT_EQ(raised([&] { call_method(a, Value::borrow(intern("m")), {Value::from_int(1), Value::from_int(2)}); }),
            "TypeError: A.m() takes 2 positional arguments but 3 were given");
  Value bound = getattr(a, Value::borrow(intern("m")));
  EXPECT_EQ(repr_of(bound).rfind("<bound method A.m of <__main__.A object at 0x", 0), 0u);
  EXPECT_EQ(raised([&] { call(Value::from_int(3), {}); }), "TypeError: 'int' object is not callable");
}

TEST_F(CoreCalls, FunctionAttributes) {
  Value f = fn(&f_code, echo_impl<2>);
  EXPECT_EQ(str_of(attr(f, "__name__")), "f");
  set_attr(f, "__wrapped__", Value::from_int(3));
  EXPECT_EQ(attr(f, "__wrapped__").i(), 3);
  set_attr(f, "__name__", S("renamed"));
  EXPECT_EQ(str_of(attr(f, "__name__")), "renamed");
  EXPECT_EQ(repr_of(f).rfind("<function f at 0x", 0), 0u);
}
