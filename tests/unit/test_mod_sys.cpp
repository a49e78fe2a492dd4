// sys: exit raises SystemExit, stdout.write returns the length, limits.
#include "mod_test_util.h"

using namespace modtest;
using py::Value;

namespace {

TEST(ModSys, ExitAndAttributes) {
  init();
  run([] {
    try {
      py::call(fn("sys", "exit"), {I(3)});
      ADD_FAILURE() << "sys.exit did not raise";
    } catch (py::PyError& e) {
      EXPECT_EQ(R(e.exc), "SystemExit(3)");
    }
    try {
      py::call(fn("sys", "exit"), {});
      ADD_FAILURE() << "sys.exit did not raise";
    } catch (py::PyError& e) {
      EXPECT_EQ(R(e.exc), "SystemExit()");
    }
    EXPECT_EQ(R(attr(mod("sys"), "maxsize")), "9223372036854775807");
    EXPECT_EQ(R(py::call(fn("sys", "getrecursionlimit"), {})), "1000");
    EXPECT_EQ(R(attr(mod("sys"), "platform")), "'linux'");
    EXPECT_EQ(R(py::getitem(attr(mod("sys"), "version_info"), I(0))), "3");
    EXPECT_EQ(R(attr(attr(mod("sys"), "version_info"), "minor")), "11");
    EXPECT_TRUE(py::isinstance_of(attr(mod("sys"), "argv"), py::T::list));
    EXPECT_EQ(R(py::call_method(attr(mod("sys"), "stdout"), py::Value::borrow(py::intern("write")), {S("")})), "0");
  });
}

}  // namespace
