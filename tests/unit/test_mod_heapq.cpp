// heapq: list layouts after each operation equal CPython 3.11's (from python3).
#include "mod_test_util.h"

using namespace modtest;
using py::Value;

namespace {

Value ints(std::initializer_list<int64_t> xs) {
  std::vector<Value> v;
  for (int64_t x : xs) v.push_back(I(x));
  return list(std::move(v));
}

TEST(ModHeapq, PushPopLayouts) {
  init();
  run([] {
    Value h = list({});
    for (int64_t x : {5, 3, 8, 1, 9, 2, 7, 3, 1}) py::call(fn("heapq", "heappush"), {h, I(x)});
    EXPECT_EQ(R(h), "[1, 1, 2, 3, 9, 8, 7, 5, 3]");
    std::vector<Value> popped;
    for (int i = 0; i < 4; ++i) popped.push_back(py::call(fn("heapq", "heappop"), {h}));
    EXPECT_EQ(R(list(popped)), "[1, 1, 2, 3]");
    EXPECT_EQ(R(h), "[3, 7, 5, 8, 9]");
  });
}

TEST(ModHeapq, HeapifyReplacePushpop) {
  init();
  run([] {
    Value l = ints({9, 8, 7, 6, 5, 4, 3, 2, 1, 0});
    py::call(fn("heapq", "heapify"), {l});
    EXPECT_EQ(R(l), "[0, 1, 3, 2, 5, 4, 7, 9, 6, 8]");
    EXPECT_EQ(R(py::call(fn("heapq", "heapreplace"), {l, I(10)})), "0");
    EXPECT_EQ(R(l), "[1, 2, 3, 6, 5, 4, 7, 9, 10, 8]");
    EXPECT_EQ(R(py::call(fn("heapq", "heappushpop"), {l, I(-1)})), "-1");
    EXPECT_EQ(R(py::call(fn("heapq", "heappushpop"), {l, I(4)})), "1");
    EXPECT_EQ(R(l), "[2, 4, 3, 6, 5, 4, 7, 9, 10, 8]");
  });
}

TEST(ModHeapq, NsmallestNlargest) {
  init();
  run([] {
    Value data = ints({5, 1, 4, 1, 5, 9, 2, 6});
    EXPECT_EQ(R(py::call(fn("heapq", "nsmallest"), {I(3), data})), "[1, 1, 2]");
    EXPECT_EQ(R(py::call(fn("heapq", "nlargest"), {I(3), data})), "[9, 6, 5]");
    Value words = list({S("bb"), S("a"), S("ccc"), S("dd")});
    EXPECT_EQ(R(call_kw(fn("heapq", "nlargest"), {I(2), words}, {"key"}, {py::builtin("len")})), "['ccc', 'bb']");
    Value words2 = list({S("bb"), S("a"), S("ccc"), S("dd"), S("e")});
    EXPECT_EQ(R(call_kw(fn("heapq", "nsmallest"), {I(2), words2}, {"key"}, {py::builtin("len")})), "['a', 'e']");
  });
}

TEST(ModHeapq, Errors) {
  init();
  EXPECT_EQ(error_of([] { py::call(fn("heapq", "heappop"), {list({})}); }), "IndexError: index out of range");
  EXPECT_EQ(error_of([] { py::call(fn("heapq", "heappush"), {py::make_tuple({}), I(1)}); }),
            "TypeError: heappush() argument 1 must be list, not tuple");
  EXPECT_EQ(error_of([] { py::call(fn("heapq", "heapify"), {I(1)}); }),
            "TypeError: heapify() argument must be list, not int");
  EXPECT_EQ(error_of([] { py::call(fn("heapq", "heappush"), {list({})}); }),
            "TypeError: heappush expected 2 arguments, got 1");
  EXPECT_EQ(error_of([] { py::call(fn("heapq", "nsmallest"), {I(2)}); }),
            "TypeError: nsmallest() missing 1 required positional argument: 'iterable'");
}

}  // namespace
