// collections: deque, defaultdict, Counter, OrderedDict as CPython 3.11.
#include "mod_test_util.h"

using namespace modtest;
using py::Value;

namespace {

Value meth(const Value& obj, const char* name, std::vector<Value> args = {}) {
  return py::call_method(obj, py::Value::borrow(py::intern(name)), args.data(), args.size());
}

TEST(ModCollections, Deque) {
  init();
  run([] {
    Value d = py::call(fn("collections", "deque"), {list({I(1), I(2), I(3)})});
    meth(d, "appendleft", {I(0)});
    meth(d, "append", {I(4)});
    meth(d, "rotate", {I(2)});
    EXPECT_EQ(R(d), "deque([3, 4, 0, 1, 2])");
    EXPECT_EQ(R(meth(d, "pop")), "2");
    EXPECT_EQ(R(meth(d, "popleft")), "3");
    EXPECT_EQ(R(d), "deque([4, 0, 1])");
    EXPECT_EQ(R(py::getitem(d, I(-1))), "1");
    EXPECT_EQ(R(py::call(py::builtin("len"), {d})), "3");
    Value bounded = call_kw(fn("collections", "deque"), {py::call(py::builtin("range"), {I(5)})}, {"maxlen"}, {I(2)});
    EXPECT_EQ(R(bounded), "deque([3, 4], maxlen=2)");
    meth(bounded, "appendleft", {I(9)});
    EXPECT_EQ(R(bounded), "deque([9, 3], maxlen=2)");
    EXPECT_EQ(R(py::call(py::builtin("list"), {bounded})), "[9, 3]");
    EXPECT_EQ(R(py::call(fn("collections", "deque"), {})), "deque([])");
  });
}

TEST(ModCollections, DequeErrors) {
  init();
  Value empty;
  EXPECT_EQ(error_of([] { meth(py::call(fn("collections", "deque"), {}), "pop"); }),
            "IndexError: pop from an empty deque");
  EXPECT_EQ(error_of([] { meth(py::call(fn("collections", "deque"), {}), "popleft"); }),
            "IndexError: pop from an empty deque");
  EXPECT_EQ(error_of([] { py::getitem(py::call(fn("collections", "deque"), {list({I(1)})}), I(5)); }),
            "IndexError: deque index out of range");
  EXPECT_EQ(error_of([] { meth(py::call(fn("collections", "deque"), {list({I(1)})}), "remove", {I(9)}); }),
            "ValueError: 9 is not in deque");
  EXPECT_EQ(error_of([] { call_kw(fn("collections", "deque"), {}, {"maxlen"}, {I(-1)}); }),
            "ValueError: maxlen must be non-negative");
}

TEST(ModCollections, DefaultdictCounterOrderedDict) {
  init();
  run([] {
    Value dd = py::call(fn("collections", "defaultdict"), {py::builtin("list")});
    meth(py::getitem(dd, S("a")), "append", {I(1)});
    py::getitem(dd, S("b"));
    EXPECT_EQ(R(dd), "defaultdict(<class 'list'>, {'a': [1], 'b': []})");
    EXPECT_TRUE(py::isinstance_of(dd, py::T::dict));
    EXPECT_EQ(R(py::call(py::builtin("len"), {dd})), "2");
    Value c = py::call(fn("collections", "Counter"), {S("abracadabra")});
    EXPECT_EQ(R(c), "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})");
    EXPECT_EQ(R(meth(c, "most_common", {I(2)})), "[('a', 5), ('b', 2)]");
    EXPECT_EQ(R(py::getitem(c, S("z"))), "0");
    Value a = call_kw(fn("collections", "Counter"), {}, {"a", "b"}, {I(3), I(1)});
    Value b = call_kw(fn("collections", "Counter"), {}, {"a", "c"}, {I(1), I(2)});
    EXPECT_EQ(R(py::add(a, b)), "Counter({'a': 4, 'c': 2, 'b': 1})");
    EXPECT_EQ(R(py::call(fn("collections", "Counter"), {})), "Counter()");
    Value od = call_kw(fn("collections", "OrderedDict"), {}, {"a"}, {I(1)});
    EXPECT_EQ(R(od), "OrderedDict([('a', 1)])");
    EXPECT_EQ(R(py::call(fn("collections", "OrderedDict"), {})), "OrderedDict()");
    EXPECT_EQ(error_of([] { py::getitem(py::call(fn("collections", "defaultdict"), {}), I(1)); }), "KeyError: 1");
    EXPECT_EQ(error_of([] { py::call(fn("collections", "defaultdict"), {I(1)}); }),
              "TypeError: first argument must be callable or None");
  });
}

}  // namespace
