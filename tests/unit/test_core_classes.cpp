// Class creation (C3 MRO, errors), instance creation rules and attribute
// lookup (descriptors, instance dicts, __getattr__), super().
#include "core_test_util.h"

using namespace py;
using namespace pyrt_test;

namespace {

class CoreClasses : public ::testing::Test {
 protected:
  void SetUp() override { ensure_runtime(); }
};

const char* const self_params[] = {"self", "value"};
const SourceInfo test_source{"test.py", nullptr, 0};
CodeInfo getter_code{"get", "A.get", &test_source, 1, FuncKind::Plain, self_params, 1, 0, 0, false, false};
CodeInfo setter_code{"set", "A.set", &test_source, 1, FuncKind::Plain, self_params, 2, 0, 0, false, false};
CodeInfo init_code{"__init__", "A.__init__", &test_source, 1, FuncKind::Plain, self_params, 2, 0, 0, false, false};

Value getter_impl(FuncObj*, Value* p) { return getattr(p[0], Value::borrow(intern("_v"))); }
Value setter_impl(FuncObj*, Value* p) {
  setattr(p[0], Value::borrow(intern("_v")), p[1]);
  return Value::none();
}
Value init_returns_int(FuncObj*, Value*) { return Value::from_int(1); }

}  // namespace

TEST_F(CoreClasses, DiamondMroIsC3) {
  Value A = cls("A", {});
  Value B = cls("B", {A});
  Value C = cls("C", {A});
  Value D = cls("D", {B, C});
  EXPECT_EQ(mro_names(D), (std::vector<std::string>{"D", "B", "C", "A", "object"}));
  EXPECT_EQ(repr_of(attr(D, "__mro__")),
            "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)");
}

TEST_F(CoreClasses, InconsistentMroIsTypeError) {
  Value A = cls("A", {});
  Value B = cls("B", {A});
  EXPECT_EQ(raised([&] { cls("X", {A, B}); }),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  EXPECT_EQ(raised([&] { cls("Y", {A, A}); }), "TypeError: duplicate base class A");
}

TEST_F(CoreClasses, ExceptionSubclassesHaveExceptionLayout) {
  Value E1 = cls("MyError", {Value::borrow(E::ValueError)});
  EXPECT_EQ(E1.as<TypeObj>()->layout, Layout::Exception);
  Value e = call(E1, {S("boom")});
  EXPECT_EQ(str_of(e), "boom");
  EXPECT_EQ(repr_of(e), "MyError('boom')");
  EXPECT_TRUE(exc_matches(e, Value::borrow(E::Exception)));
  EXPECT_EQ(exception_type_display_name(E1.as<TypeObj>()), "MyError");
}

TEST_F(CoreClasses, InstanceCreationRules) {
  Value A = cls("A", {});
  EXPECT_EQ(raised([&] { call(A, {Value::from_int(1)}); }), "TypeError: A() takes no arguments");
  Value bad_init = make_function(&init_code, init_returns_int, Value(), Value(), {}, S("__main__"));
  Value B = cls("B", {}, {{"__init__", bad_init}});
  EXPECT_EQ(raised([&] { call(B, {Value::from_int(1)}); }), "TypeError: __init__() should return None, not 'int'");
  EXPECT_EQ(raised([&] { call(Value::borrow(T::object), {Value::from_int(1)}); }),
            "TypeError: object() takes no arguments");
}

TEST_F(CoreClasses, InstanceAndClassAttributes) {
  Value A = cls("A", {}, {{"kind", S("class-level")}});
  Value a = call(A, {});
  EXPECT_EQ(str_of(attr(a, "kind")), "class-level");
  set_attr(a, "kind", S("instance-level"));
  EXPECT_EQ(str_of(attr(a, "kind")), "instance-level");
  EXPECT_EQ(str_of(attr(A, "kind")), "class-level");
  EXPECT_EQ(raised([&] { attr(a, "missing"); }), "AttributeError: 'A' object has no attribute 'missing'");
  EXPECT_EQ(raised([&] { attr(A, "missing"); }), "AttributeError: type object 'A' has no attribute 'missing'");
  EXPECT_EQ(raised([&] { attr(Value::none(), "foo"); }), "AttributeError: 'NoneType' object has no attribute 'foo'");
  EXPECT_EQ(attr(a, "__class__").obj(), A.obj());
  EXPECT_EQ(str_of(attr(A, "__name__")), "A");
  EXPECT_EQ(str_of(attr(A, "__module__")), "__main__");
}

TEST_F(CoreClasses, MethodsBindAndPropertiesDispatch) {
  Value get = make_function(&getter_code, getter_impl, Value(), Value(), {}, S("__main__"));
  Value set = make_function(&setter_code, setter_impl, Value(), Value(), {}, S("__main__"));
  Value prop = call(Value::borrow(T::property), {get});
  Value A = cls("A", {}, {{"get", get}, {"set", set}, {"value", prop}});
  Value a = call(A, {});
  call_method(a, Value::borrow(intern("set")), {Value::from_int(5)});
  EXPECT_EQ(attr(a, "value").i(), 5);
  Value bound = attr(a, "get");
  EXPECT_EQ(type_of(bound), T::method);
  EXPECT_EQ(call(bound, {}).i(), 5);
  EXPECT_EQ(raised([&] { set_attr(a, "value", Value::from_int(1)); }),
            "AttributeError: property 'value' of 'A' object has no setter");
  // A setter made with .setter() makes assignment work.
  Value prop2 = call_method(prop, Value::borrow(intern("setter")), {set});
  set_attr(A, "value", prop2);
  set_attr(a, "value", Value::from_int(9));
  EXPECT_EQ(attr(a, "value").i(), 9);
  EXPECT_EQ(attr(a, "_v").i(), 9);
}

namespace {
const char* const getattr_params[] = {"self", "name"};
CodeInfo getattr_code{"__getattr__", "A.__getattr__", &test_source, 1, FuncKind::Plain, getattr_params, 2, 0, 0, false, false};
Value getattr_impl(FuncObj*, Value* p) { return add(S("dynamic:"), p[1]); }
}  // namespace

TEST_F(CoreClasses, GetattrFallback) {
  Value hook = make_function(&getattr_code, getattr_impl, Value(), Value(), {}, S("__main__"));
  Value A = cls("A", {}, {{"__getattr__", hook}, {"real", Value::from_int(1)}});
  Value a = call(A, {});
  EXPECT_EQ(attr(a, "real").i(), 1);
  EXPECT_EQ(str_of(attr(a, "other")), "dynamic:other");
}

TEST_F(CoreClasses, EqWithoutHashIsUnhashable) {
  Value eq = make_function(&setter_code, setter_impl, Value(), Value(), {}, S("__main__"));
  Value A = cls("A", {}, {{"__eq__", eq}});
  Value a = call(A, {});
  EXPECT_EQ(raised([&] { hash(a); }), "TypeError: unhashable type: 'A'");
  Value B = cls("B", {});
  Value b = call(B, {});
  EXPECT_EQ(hash(b), hash(b));
}

TEST_F(CoreClasses, ReprOfClassesAndInstances) {
  Value A = cls("A", {});
  Value a = call(A, {});
  EXPECT_EQ(repr_of(A), "<class '__main__.A'>");
  EXPECT_EQ(repr_of(a).rfind("<__main__.A object at 0x", 0), 0u);
  EXPECT_EQ(repr_of(Value::borrow(T::int_)), "<class 'int'>");
}
