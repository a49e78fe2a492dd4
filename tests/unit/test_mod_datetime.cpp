// datetime: str/repr, normalisation, rounding and arithmetic equal CPython
// 3.11's (expected strings printed by python3).
#include "mod_test_util.h"

using namespace modtest;
using py::Value;

namespace {

Value td(std::vector<Value> args) { return py::call(fn("datetime", "timedelta"), args.data(), args.size()); }
Value td_kw(std::initializer_list<const char*> names, std::vector<Value> values) {
  return call_kw(fn("datetime", "timedelta"), {}, names, std::move(values));
}
Value dt(std::vector<int64_t> fields) {
  std::vector<Value> args;
  for (int64_t f : fields) args.push_back(I(f));
  return py::call(fn("datetime", "datetime"), args.data(), args.size());
}
Value date(int64_t y, int64_t m, int64_t d) { return py::call(fn("datetime", "date"), {I(y), I(m), I(d)}); }
Value method(const Value& obj, const char* name, std::vector<Value> args = {}) {
  return py::call_method(obj, py::Value::borrow(py::intern(name)), args.data(), args.size());
}

TEST(ModDatetime, TimedeltaStrRepr) {
  init();
  run([] {
    EXPECT_EQ(Str(td_kw({"days", "hours", "minutes", "seconds"}, {I(1), I(2), I(3), I(4)})), "1 day, 2:03:04");
    EXPECT_EQ(Str(td_kw({"seconds"}, {I(-1)})), "-1 day, 23:59:59");
    EXPECT_EQ(Str(td_kw({"seconds"}, {F(1.5)})), "0:00:01.500000");
    EXPECT_EQ(R(td_kw({"seconds"}, {I(1)})), "datetime.timedelta(seconds=1)");
    EXPECT_EQ(R(td_kw({"weeks", "milliseconds"}, {I(1), I(5)})), "datetime.timedelta(days=7, microseconds=5000)");
    EXPECT_EQ(R(td({I(0)})), "datetime.timedelta(0)");
    EXPECT_EQ(R(py::neg(td({I(1), I(3), I(5)}))), "datetime.timedelta(days=-2, seconds=86396, microseconds=999995)");
    EXPECT_EQ(Str(td_kw({"weeks", "milliseconds"}, {I(3), I(1)})), "21 days, 0:00:00.001000");
  });
}

TEST(ModDatetime, TimedeltaFloatRounding) {
  init();
  run([] {
    EXPECT_EQ(Str(td({F(1.5), F(0.7), F(3.3), F(1e-3)})), "1 day, 12:00:00.700004");
    EXPECT_EQ(Str(td_kw({"minutes"}, {F(-1.25)})), "-1 day, 23:58:45");
    EXPECT_EQ(Str(td_kw({"microseconds"}, {F(0.5)})), "0:00:00");
    EXPECT_EQ(Str(td_kw({"microseconds"}, {F(1.5)})), "0:00:00.000002");
    EXPECT_EQ(Str(td_kw({"microseconds"}, {F(-2.5)})), "-1 day, 23:59:59.999998");
  });
}

TEST(ModDatetime, TimedeltaArithmetic) {
  init();
  run([] {
    Value day = td({I(1)}), seven_hours = td_kw({"hours"}, {I(7)});
    EXPECT_EQ(R(py::truediv(day, seven_hours)), "3.4285714285714284");
    EXPECT_EQ(Str(py::truediv(day, I(7))), "3:25:42.857143");
    EXPECT_EQ(Str(py::mul(day, F(0.1))), "2:24:00");
    EXPECT_EQ(Str(py::floordiv(td_kw({"seconds"}, {I(10)}), I(3))), "0:00:03.333333");
    EXPECT_EQ(Str(py::mod(day, seven_hours)), "3:00:00");
    EXPECT_EQ(Str(py::mul(td_kw({"hours"}, {I(1)}), F(2.5))), "2:30:00");
    EXPECT_EQ(Str(py::mul(I(3), td_kw({"seconds"}, {I(7)}))), "0:00:21");
    EXPECT_EQ(R(py::floordiv(td_kw({"hours"}, {I(36)}), td_kw({"hours"}, {I(5)}))), "7");
    EXPECT_EQ(R(method(td_kw({"minutes"}, {I(90)}), "total_seconds")), "5400.0");
    EXPECT_EQ(R(py::call(py::builtin("abs"), {td_kw({"hours"}, {I(-3)})})), "datetime.timedelta(seconds=10800)");
    EXPECT_EQ(Str(py::neg(td_kw({"hours"}, {I(3)}))), "-1 day, 21:00:00");
    EXPECT_TRUE(py::truthy(py::lt(td({I(-1), I(5)}), td({I(0)}))));
    EXPECT_TRUE(py::truthy(py::eq(td_kw({"hours"}, {I(24)}), day)));
  });
}

TEST(ModDatetime, DatetimeBasics) {
  init();
  run([] {
    Value d = dt({2024, 1, 2, 3, 4, 5, 6});
    EXPECT_EQ(Str(d), "2024-01-02 03:04:05.000006");
    EXPECT_EQ(R(d), "datetime.datetime(2024, 1, 2, 3, 4, 5, 6)");
    EXPECT_EQ(R(dt({2024, 1, 2, 3, 4})), "datetime.datetime(2024, 1, 2, 3, 4)");
    EXPECT_EQ(R(dt({2024, 1, 2})), "datetime.datetime(2024, 1, 2, 0, 0)");
    EXPECT_EQ(Str(method(d, "isoformat")), "2024-01-02T03:04:05.000006");
    EXPECT_EQ(Str(py::add(d, td_kw({"days", "hours"}, {I(30), I(23)}))), "2024-02-02 02:04:05.000006");
    EXPECT_EQ(Str(py::sub(d, dt({2023, 12, 25}))), "8 days, 3:04:05.000006");
    EXPECT_EQ(Str(py::sub(d, td_kw({"microseconds"}, {I(7)}))), "2024-01-02 03:04:04.999999");
    EXPECT_EQ(Str(method(d, "strftime", {S("%Y-%m-%d %H:%M:%S")})), "2024-01-02 03:04:05");
    EXPECT_EQ(Str(method(d, "strftime", {S("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %z|%Z|%%")})),
              "2024-01-02 03:04:05.000006 Tue Tuesday Jan January 002 AM ||%");
    EXPECT_EQ(R(method(d, "weekday")), "1");
    EXPECT_EQ(R(method(d, "date")), "datetime.date(2024, 1, 2)");
    EXPECT_EQ(Str(py::sub(dt({2024, 3, 1}), dt({2023, 1, 1, 0, 0, 1}))), "424 days, 23:59:59");
    EXPECT_EQ(Str(method(dt({2000, 1, 1}), "ctime")), "Sat Jan  1 00:00:00 2000");
    EXPECT_EQ(Str(py::call(attr(fn("datetime", "datetime"), "fromisoformat"), {S("2024-05-06T07:08:09.123")})),
              "2024-05-06 07:08:09.123000");
    EXPECT_TRUE(py::truthy(py::lt(dt({2024, 2, 29}), dt({2024, 3, 1}))));
  });
}

TEST(ModDatetime, DateBasics) {
  init();
  run([] {
    EXPECT_EQ(Str(py::add(date(2024, 2, 28), td({I(2)}))), "2024-03-01");
    EXPECT_EQ(Str(py::sub(date(2024, 3, 1), date(2023, 3, 1))), "366 days, 0:00:00");
    EXPECT_EQ(R(method(date(2024, 5, 6), "toordinal")), "739012");
    EXPECT_EQ(Str(py::call(attr(fn("datetime", "date"), "fromordinal"), {I(738647)})), "2023-05-07");
    EXPECT_EQ(R(method(date(2024, 5, 6), "isoweekday")), "1");
  });
}

TEST(ModDatetime, Errors) {
  init();
  EXPECT_EQ(error_of([] { dt({2024}); }), "TypeError: function missing required argument 'month' (pos 2)");
  EXPECT_EQ(error_of([] { dt({2024, 13, 1}); }), "ValueError: month must be in 1..12");
  EXPECT_EQ(error_of([] { dt({2024, 2, 30}); }), "ValueError: day is out of range for month");
  EXPECT_EQ(error_of([] { dt({0, 1, 1}); }), "ValueError: year 0 is out of range");
  EXPECT_EQ(error_of([] { dt({2024, 1, 1, 24}); }), "ValueError: hour must be in 0..23");
  EXPECT_EQ(error_of([] { py::lt(dt({2024, 1, 1}), date(2024, 1, 1)); }),
            "TypeError: can't compare datetime.datetime to datetime.date");
  EXPECT_EQ(error_of([] { td({S("a")}); }), "TypeError: unsupported type for timedelta days component: str");
  EXPECT_EQ(error_of([] { td_kw({"x"}, {I(1)}); }), "TypeError: 'x' is an invalid keyword argument for __new__()");
  EXPECT_EQ(error_of([] { td_kw({"days"}, {F(1e9)}); }),
            "OverflowError: days=1000000000; must have magnitude <= 999999999");
  EXPECT_EQ(error_of([] { py::floordiv(td({I(1)}), I(0)); }), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(error_of([] { py::add(attr(fn("datetime", "datetime"), "max"), td({I(1)})); }),
            "OverflowError: date value out of range");
  EXPECT_EQ(error_of([] { method(dt({2024, 1, 1}), "isoformat", {}); call_kw(attr(dt({2024, 1, 1}), "isoformat"), {}, {"timespec"}, {S("x")}); }),
            "ValueError: Unknown timespec value");
}

}  // namespace
