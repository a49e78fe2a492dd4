// Exceptions: args/str/repr, __context__ and __cause__ chaining, traceback
// capture and trimming at the catching frame, CPython's printed format,
// RecursionError.
#include "core_test_util.h"

using namespace py;
using namespace pyrt_test;

namespace {

class CoreExceptions : public ::testing::Test {
 protected:
  void SetUp() override {
    ensure_runtime();
    current_frame = nullptr;
  }
  void TearDown() override { current_frame = nullptr; }
};

const char* const lines[] = {
    "def f():",             // 1
    "    try:",             // 2
    "        g()",          // 3
    "    except KeyError:", // 4
    "        raise",        // 5
    "def g():",             // 6
    "    raise KeyError('k')",  // 7
    "f()",                  // 8
};
const SourceInfo source{"prog.py", lines, 8};
CodeInfo module_code{"<module>", "<module>", &source, 1, FuncKind::Module, nullptr, 0, 0, 0, false, false};
CodeInfo f_code{"f", "f", &source, 1, FuncKind::Plain, nullptr, 0, 0, 0, false, false};
CodeInfo g_code{"g", "g", &source, 6, FuncKind::Plain, nullptr, 0, 0, 0, false, false};

void g() {
  FrameScope scope(&g_code);
  scope.frame.line = 7;
  raise(call(Value::borrow(E::KeyError), {S("k")}));
}

// f catches g's KeyError and records the traceback lines it sees there.
std::vector<int> lines_seen_in_f;
void f(bool reraise_it) {
  FrameScope scope(&f_code);
  scope.frame.line = 3;
  try {
    g();
  } catch (PyError& e) {
    scope.frame.line = 4;
    HandlerScope h(e);
    lines_seen_in_f.clear();
    for (auto& t : e.exc.as<ExceptionObj>()->traceback)
      if (t.depth >= e.exc.as<ExceptionObj>()->handled_depth) lines_seen_in_f.push_back(t.line);
    scope.frame.line = 5;
    if (reraise_it) reraise();
  }
}

}  // namespace

TEST_F(CoreExceptions, ArgsStrRepr) {
  Value e0 = call(Value::borrow(E::ValueError), {});
  Value e1 = call(Value::borrow(E::ValueError), {S("x")});
  Value e2 = call(Value::borrow(E::ValueError), {Value::from_int(1), Value::from_int(2)});
  EXPECT_EQ(str_of(e0), "");
  EXPECT_EQ(str_of(e1), "x");
  EXPECT_EQ(str_of(e2), "(1, 2)");
  EXPECT_EQ(repr_of(e0), "ValueError()");
  EXPECT_EQ(repr_of(e1), "ValueError('x')");
  EXPECT_EQ(repr_of(e2), "ValueError(1, 2)");
  EXPECT_EQ(str_of(call(Value::borrow(E::KeyError), {S("k")})), "'k'");
  EXPECT_EQ(repr_of(attr(e2, "args")), "(1, 2)");
  Value stop = call(Value::borrow(E::StopIteration), {Value::from_int(3)});
  EXPECT_EQ(attr(stop, "value").i(), 3);
  EXPECT_TRUE(attr(call(Value::borrow(E::SystemExit), {}), "code").is_none());
}

TEST_F(CoreExceptions, ContextIsSetWhileHandling) {
  Value caught;
  try {
    try {
      raise(E::KeyError, "first");
    } catch (PyError& e) {
      HandlerScope h(e);
      raise(E::ValueError, "second");
    }
  } catch (PyError& e) {
    caught = e.exc;
  }
  Value ctx = attr(caught, "__context__");
  EXPECT_EQ(type_of(ctx), E::KeyError);
  EXPECT_TRUE(attr(caught, "__cause__").is_none());
  EXPECT_FALSE(truthy(attr(caught, "__suppress_context__")));
  EXPECT_TRUE(current_exception().is_none());  // restored after the handler
}

TEST_F(CoreExceptions, RaiseFromSetsCause) {
  Value caught;
  try {
    try {
      raise(E::KeyError, "first");
    } catch (PyError& e) {
      HandlerScope h(e);
      raise_from(call(Value::borrow(E::ValueError), {S("second")}), h.exc());
    }
  } catch (PyError& e) {
    caught = e.exc;
  }
  EXPECT_EQ(type_of(attr(caught, "__cause__")), E::KeyError);
  EXPECT_TRUE(truthy(attr(caught, "__suppress_context__")));
  std::string text = format_exception(caught);
  EXPECT_NE(text.find("KeyError: 'first'\n\nThe above exception was the direct cause of the following exception:\n\n"),
            std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 19), "ValueError: second\n");
}

TEST_F(CoreExceptions, ContextCyclesAreCut) {
  Value a = call(Value::borrow(E::ValueError), {S("a")});
  Value b = call(Value::borrow(E::TypeError), {S("b")});
  setattr(a, Value::borrow(intern("__context__")), b);
  try {
    PyError pe{a};
    HandlerScope h(pe);
    raise(b);  // b.__context__ = a would close the loop a -> b -> a
  } catch (PyError&) {
  }
  EXPECT_TRUE(attr(b, "__context__").same(a));
  EXPECT_TRUE(attr(a, "__context__").is_none());
}

TEST_F(CoreExceptions, TracebackTrimmedAtCatchingFrame) {
  FrameScope module(&module_code);
  module.frame.line = 8;
  f(false);
  EXPECT_EQ(lines_seen_in_f, (std::vector<int>{3, 7}));
}

TEST_F(CoreExceptions, BareRaiseKeepsOriginalLinesAndAddsOuterFrames) {
  Value caught;
  {
    FrameScope module(&module_code);
    module.frame.line = 8;
    try {
      f(true);
    } catch (PyError& e) {
      caught = e.exc;
    }
  }
  std::vector<int> got;
  for (auto& t : caught.as<ExceptionObj>()->traceback) got.push_back(t.line);
  EXPECT_EQ(got, (std::vector<int>{8, 3, 7}));
  EXPECT_EQ(format_exception(caught),
            "Traceback (most recent call last):\n"
            "  File \"prog.py\", line 8, in <module>\n"
            "    f()\n"
            "  File \"prog.py\", line 3, in f\n"
            "    g()\n"
            "  File \"prog.py\", line 7, in g\n"
            "    raise KeyError('k')\n"
            "KeyError: 'k'\n");
}

TEST_F(CoreExceptions, ClassNamesQualifiedOutsideMain) {
  Value My = cls("MyError", {Value::borrow(E::Exception)});
  Value e = call(My, {});
  EXPECT_EQ(format_exception(e), "MyError\n");  // CPython omits "__main__." (and "builtins.")
  My.as<TypeObj>()->module = "shop";
  EXPECT_EQ(format_exception(e), "shop.MyError\n");
}

namespace {
CodeInfo rec_code{"rec", "rec", &source, 1, FuncKind::Plain, nullptr, 0, 0, 0, false, false};
int deepest = 0;
void rec(int n) {
  FrameScope scope(&rec_code);
  deepest = n;
  rec(n + 1);
}
}  // namespace

TEST_F(CoreExceptions, RecursionErrorRestoresFrames) {
  Frame base{nullptr, 0, 0, nullptr};
  current_frame = &base;
  std::string msg;
  {
    FrameScope module(&module_code);
    msg = raised([] { rec(1); });
    EXPECT_EQ(current_frame, &module.frame);
  }
  EXPECT_EQ(msg, "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(deepest, 999);  // as CPython 3.11 with the default limit
}

TEST_F(CoreExceptions, RepeatedLinesAreCollapsed) {
  Value caught;
  Frame base{nullptr, 0, 0, nullptr};
  current_frame = &base;
  {
    FrameScope module(&module_code);
    try {
      rec(1);
    } catch (PyError& e) {
      caught = e.exc;
    }
  }
  std::string text = format_exception(caught);
  EXPECT_NE(text.find("  [Previous line repeated 996 more times]\n"), std::string::npos) << text.substr(0, 400);
}

TEST_F(CoreExceptions, ExceptMatching) {
  Value e = call(Value::borrow(E::KeyError), {S("k")});
  EXPECT_TRUE(exc_matches(e, Value::borrow(E::LookupError)));
  EXPECT_TRUE(exc_matches(e, make_tuple({Value::borrow(E::TypeError), Value::borrow(E::KeyError)})));
  EXPECT_FALSE(exc_matches(e, Value::borrow(E::ValueError)));
  EXPECT_EQ(raised([&] { exc_matches(e, Value::borrow(T::int_)); }),
            "TypeError: catching classes that do not inherit from BaseException is not allowed");
}
