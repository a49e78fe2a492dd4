// time: the virtual clock (sleep advances time without waiting), struct_time
// and strftime as CPython 3.11.
#include <cstdlib>

#include "stdlib/clock.h"
#include "mod_test_util.h"

using namespace modtest;
using py::Value;

namespace {

// The clock reads the environment once: set it before any test runs.
const int virtual_clock_enabled = (setenv("PYCO2CPP_VIRTUAL_CLOCK", "1", 1), 0);

TEST(ModTime, VirtualSleepAdvancesEveryClock) {
  init();
  run([] {
    ASSERT_TRUE(py::clock_is_virtual());
    double wall0 = py::to_double(py::call(fn("time", "time"), {}));
    double mono0 = py::to_double(py::call(fn("time", "monotonic"), {}));
    double perf0 = py::to_double(py::call(fn("time", "perf_counter"), {}));
    double real0 = py::clock_monotonic();
    py::call(fn("time", "sleep"), {I(3)});
    py::call(fn("time", "sleep"), {F(0.5)});
    double elapsed_wall = py::to_double(py::call(fn("time", "time"), {})) - wall0;
    double elapsed_mono = py::to_double(py::call(fn("time", "monotonic"), {})) - mono0;
    double elapsed_perf = py::to_double(py::call(fn("time", "perf_counter"), {})) - perf0;
    EXPECT_NEAR(elapsed_wall, 3.5, 0.05);
    EXPECT_NEAR(elapsed_mono, 3.5, 0.05);
    EXPECT_NEAR(elapsed_perf, 3.5, 0.05);
    EXPECT_LT(py::clock_monotonic() - real0, 3.6);  // it did advance
  });
}

TEST(ModTime, StructTimeAndStrftime) {
  init();
  run([] {
    Value t = py::call(fn("time", "gmtime"), {F(1e9)});
    EXPECT_EQ(R(t), "time.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=1, tm_min=46, tm_sec=40, "
                    "tm_wday=6, tm_yday=252, tm_isdst=0)");
    EXPECT_EQ(R(attr(t, "tm_year")), "2001");
    EXPECT_EQ(Str(py::call(fn("time", "strftime"), {S("%Y-%m-%d %H:%M:%S"), t})), "2001-09-09 01:46:40");
    EXPECT_EQ(Str(py::call(fn("time", "asctime"), {t})), "Sun Sep  9 01:46:40 2001");
  });
}

TEST(ModTime, Errors) {
  init();
  EXPECT_EQ(error_of([] { py::call(fn("time", "sleep"), {I(-1)}); }), "ValueError: sleep length must be non-negative");
  EXPECT_EQ(error_of([] { py::call(fn("time", "sleep"), {S("a")}); }),
            "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(error_of([] { py::call(fn("time", "sleep"), {I(1), I(2)}); }),
            "TypeError: time.sleep() takes exactly one argument (2 given)");
  EXPECT_EQ(error_of([] { py::call(fn("time", "strftime"), {I(1)}); }),
            "TypeError: strftime() argument 1 must be str, not int");
}

}  // namespace
