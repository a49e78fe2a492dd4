// itertools and functools: element order, reprs and errors as CPython 3.11.
#include "mod_test_util.h"

using namespace modtest;
using py::Value;

namespace {

Value it(const char* name, std::vector<Value> args) {
  return py::call(fn("itertools", name), args.data(), args.size());
}
std::string as_list(const Value& iterable) { return R(py::call(py::builtin("list"), {iterable})); }

TEST(ModItertools, Order) {
  init();
  run([] {
    EXPECT_EQ(as_list(it("islice", {it("count", {}), I(2), I(10), I(3)})), "[2, 5, 8]");
    EXPECT_EQ(as_list(it("islice", {S("abcdefg"), I(3)})), "['a', 'b', 'c']");
    EXPECT_EQ(as_list(it("chain", {S("ab"), list({I(1), I(2)})})), "['a', 'b', 1, 2]");
    EXPECT_EQ(as_list(py::call(attr(fn("itertools", "chain"), "from_iterable"), {list({S("ab"), S("cd")})})),
              "['a', 'b', 'c', 'd']");
    EXPECT_EQ(as_list(it("islice", {it("cycle", {S("ab")}), I(5)})), "['a', 'b', 'a', 'b', 'a']");
    EXPECT_EQ(as_list(it("repeat", {I(7), I(3)})), "[7, 7, 7]");
    EXPECT_EQ(as_list(it("accumulate", {list({I(1), I(2), I(3), I(4)})})), "[1, 3, 6, 10]");
    EXPECT_EQ(as_list(it("permutations", {S("abc")})),
              "[('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')]");
    EXPECT_EQ(as_list(it("permutations", {list({I(1), I(2), I(3)}), I(2)})),
              "[(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]");
    EXPECT_EQ(as_list(it("combinations", {S("abcd"), I(2)})),
              "[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]");
    EXPECT_EQ(as_list(it("product", {list({I(1), I(2)}), S("xy")})), "[(1, 'x'), (1, 'y'), (2, 'x'), (2, 'y')]");
    EXPECT_EQ(as_list(call_kw(fn("itertools", "product"), {S("ab")}, {"repeat"}, {I(2)})),
              "[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]");
    EXPECT_EQ(as_list(call_kw(fn("itertools", "zip_longest"), {S("ab"), S("xyz")}, {"fillvalue"}, {S("-")})),
              "[('a', 'x'), ('b', 'y'), ('-', 'z')]");
    EXPECT_EQ(as_list(it("combinations_with_replacement", {S("ab"), I(2)})), "[('a', 'a'), ('a', 'b'), ('b', 'b')]");
    EXPECT_EQ(as_list(it("pairwise", {list({I(1), I(2), I(3)})})), "[(1, 2), (2, 3)]");
    EXPECT_EQ(R(it("count", {I(5), I(2)})), "count(5, 2)");
    EXPECT_EQ(R(it("count", {})), "count(0)");
    EXPECT_EQ(R(it("repeat", {I(1), I(3)})), "repeat(1, 3)");
    Value groups = it("groupby", {S("aabbbc")});
    std::string out;
    Value item;
    Value iter = py::iter(groups);
    while (py::next(iter, item)) {
      auto& kv = item.as<py::TupleObj>()->items;
      out += Str(kv[0]) + as_list(kv[1]) + " ";
    }
    EXPECT_EQ(out, "a['a', 'a'] b['b', 'b', 'b'] c['c'] ");
  });
}

TEST(ModItertools, Errors) {
  init();
  EXPECT_EQ(error_of([] { it("islice", {list({I(1)}), I(-1)}); }),
            "ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  EXPECT_EQ(error_of([] { it("islice", {list({I(1)})}); }), "TypeError: islice expected at least 2 arguments, got 1");
  EXPECT_EQ(error_of([] { it("count", {S("a")}); }), "TypeError: a number is required");
  EXPECT_EQ(error_of([] { it("repeat", {}); }), "TypeError: repeat() missing required argument 'object' (pos 1)");
}

TEST(ModFunctools, ReducePartialLru) {
  init();
  run([] {
    Value mul = py::builtin("pow");
    EXPECT_EQ(R(py::call(fn("functools", "reduce"), {py::builtin("max"), list({I(3), I(9), I(2)})})), "9");
    EXPECT_EQ(R(py::call(fn("functools", "reduce"), {py::builtin("max"), list({}), I(5)})), "5");
    EXPECT_EQ(error_of([] { py::call(fn("functools", "reduce"), {py::builtin("max"), list({})}); }),
              "TypeError: reduce() of empty iterable with no initial value");
    EXPECT_EQ(error_of([] { py::call(fn("functools", "reduce"), {I(1)}); }),
              "TypeError: reduce expected at least 2 arguments, got 1");
    Value p = call_kw(fn("functools", "partial"), {py::builtin("int")}, {"base"}, {I(2)});
    EXPECT_EQ(R(py::call(p, {S("101")})), "5");
    Value p2 = call_kw(fn("functools", "partial"), {py::builtin("max"), I(1)}, {"key"}, {py::builtin("abs")});
    EXPECT_EQ(R(p2), "functools.partial(<built-in function max>, 1, key=<built-in function abs>)");
    EXPECT_EQ(error_of([] { py::call(fn("functools", "partial"), {I(1)}); }),
              "TypeError: the first argument must be callable");
    Value cached = py::call(py::call(fn("functools", "lru_cache"), {I(2)}), {py::builtin("abs")});
    for (int64_t x : {1, 2, 1, 3}) py::call(cached, {I(x)});
    EXPECT_EQ(R(py::call_method(cached, py::Value::borrow(py::intern("cache_info")), {})),
              "CacheInfo(hits=1, misses=3, maxsize=2, currsize=2)");
    (void)mul;
  });
}

}  // namespace
