// The time module: clocks (through clock.h, so the virtual clock applies),
// sleep, struct_time, localtime/gmtime/mktime, strftime, ctime/asctime.
#include <cmath>
#include <ctime>
#include <string>

#include "stdlib/clock.h"
#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

// struct_time is a tuple of the nine classic fields plus two attributes
// that are not part of the tuple (tm_zone, tm_gmtoff), as in CPython.
struct StructTimeObj : TupleObj {
  std::string zone;
  long gmtoff = 0;
};

TypeObj* struct_time_type = nullptr;
const char* const kFieldNames[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                   "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};

Value make_struct_time(const std::tm& tm) {
  auto* st = new StructTimeObj();
  st->type = struct_time_type;
  incref(struct_time_type);
  st->items = {Value::from_int(tm.tm_year + 1900), Value::from_int(tm.tm_mon + 1),
               Value::from_int(tm.tm_mday),        Value::from_int(tm.tm_hour),
               Value::from_int(tm.tm_min),         Value::from_int(tm.tm_sec),
               Value::from_int((tm.tm_wday + 6) % 7),  // Monday is 0 in Python
               Value::from_int(tm.tm_yday + 1),    Value::from_int(tm.tm_isdst)};
  st->zone = tm.tm_zone ? tm.tm_zone : "";
  st->gmtoff = tm.tm_gmtoff;
  return Value::steal(st);
}

Value struct_time_repr(const Value& self) {
  auto* st = self.as<TupleObj>();
  std::string out = "time.struct_time(";
  for (size_t i = 0; i < 9 && i < st->items.size(); ++i) {
    if (i) out += ", ";
    out += kFieldNames[i];
    out += '=';
    out += repr_string(st->items[i]);
  }
  return make_str(out + ")");
}

template <int I>
Value struct_time_field(const Value& self) {
  return self.as<TupleObj>()->items[I];
}

// Seconds argument of the time functions: float or int, floored to time_t.
// None (or absent) means now.
time_t seconds_arg(const Value* arg) {
  if (!arg || arg->is_none()) return time_t(std::floor(clock_wall()));
  if (arg->is_float()) {
    double d = arg->f();
    if (!std::isfinite(d)) raise(E::ValueError, std::isnan(d) ? "Invalid value NaN (not a number)"
                                                               : "cannot convert float infinity to integer");
    return time_t(std::floor(d));
  }
  return time_t(index_value(*arg));
}

// A Python time tuple (struct_time or any 9-sequence) to struct tm.
std::tm tm_from_tuple(const Value& t, const char* fname) {
  Value seq = t;
  if (!isinstance_of(t, T::tuple)) raise(E::TypeError, "Tuple or struct_time argument required");
  auto& items = seq.as<TupleObj>()->items;
  if (items.size() != 9) raise(E::TypeError, std::string(fname) + "(): illegal time tuple argument");
  int64_t f[9];
  for (int i = 0; i < 9; ++i) f[i] = index_value(items[i]);
  std::tm tm{};
  tm.tm_year = int(f[0] - 1900);
  tm.tm_mon = int(f[1] - 1);
  tm.tm_mday = int(f[2]);
  tm.tm_hour = int(f[3]);
  tm.tm_min = int(f[4]);
  tm.tm_sec = int(f[5]);
  tm.tm_wday = int((f[6] + 1) % 7);
  tm.tm_yday = int(f[7] - 1);
  tm.tm_isdst = int(f[8]);
  // CPython's checktm / gettmarg normalisation of zero fields.
  if (tm.tm_mon == -1) tm.tm_mon = 0;
  else if (tm.tm_mon < 0 || tm.tm_mon > 11) raise(E::ValueError, "month out of range");
  if (tm.tm_mday == 0) tm.tm_mday = 1;
  else if (tm.tm_mday < 0 || tm.tm_mday > 31) raise(E::ValueError, "day of month out of range");
  if (tm.tm_hour < 0 || tm.tm_hour > 23) raise(E::ValueError, "hour out of range");
  if (tm.tm_min < 0 || tm.tm_min > 59) raise(E::ValueError, "minute out of range");
  if (tm.tm_sec < 0 || tm.tm_sec > 61) raise(E::ValueError, "seconds out of range");
  if (tm.tm_wday < 0) raise(E::ValueError, "day of week out of range");
  if (tm.tm_yday == -1) tm.tm_yday = 0;
  else if (tm.tm_yday < 0 || tm.tm_yday > 365) raise(E::ValueError, "day of year out of range");
  if (auto* st = dynamic_cast<StructTimeObj*>(seq.obj())) {
    tm.tm_gmtoff = st->gmtoff;
  }
  return tm;
}

std::tm local_tm(time_t t) {
  std::tm tm{};
  if (!localtime_r(&t, &tm)) raise(E::OverflowError, "timestamp out of range for platform time_t");
  return tm;
}

Value fn_time(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("time.time", nargs, kw, 0);
  return Value::from_float(clock_wall());
}
Value fn_time_ns(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("time.time_ns", nargs, kw, 0);
  return Value::from_int(clock_wall_ns());
}
Value fn_monotonic(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("time.monotonic", nargs, kw, 0);
  return Value::from_float(clock_monotonic());
}
Value fn_monotonic_ns(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("time.monotonic_ns", nargs, kw, 0);
  return Value::from_int(clock_monotonic_ns());
}
Value fn_perf_counter(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("time.perf_counter", nargs, kw, 0);
  return Value::from_float(clock_monotonic());
}
Value fn_perf_counter_ns(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("time.perf_counter_ns", nargs, kw, 0);
  return Value::from_int(clock_monotonic_ns());
}
Value fn_process_time(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("time.process_time", nargs, kw, 0);
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return Value::from_float(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9);
}

Value fn_sleep(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("time.sleep", nargs, kw, 1);
  double seconds;
  if (args[0].is_float()) {
    seconds = args[0].f();
    if (std::isnan(seconds)) raise(E::ValueError, "Invalid value NaN (not a number)");
  } else {
    seconds = double(index_value(args[0]));
  }
  if (seconds < 0) raise(E::ValueError, "sleep length must be non-negative");
  clock_sleep(seconds);
  return Value::none();
}

Value fn_localtime(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("localtime", kw);
  if (nargs > 1) raise(E::TypeError, "localtime expected at most 1 argument, got " + std::to_string(nargs));
  return make_struct_time(local_tm(seconds_arg(nargs ? &args[0] : nullptr)));
}

Value fn_gmtime(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("gmtime", kw);
  if (nargs > 1) raise(E::TypeError, "gmtime expected at most 1 argument, got " + std::to_string(nargs));
  time_t t = seconds_arg(nargs ? &args[0] : nullptr);
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) raise(E::OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(tm);
}

Value fn_mktime(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("time.mktime", nargs, kw, 1);
  std::tm tm = tm_from_tuple(args[0], "mktime");
  tm.tm_wday = -1;  // sentinel: mktime leaves it alone on failure
  time_t t = std::mktime(&tm);
  if (t == time_t(-1) && tm.tm_wday == -1) raise(E::OverflowError, "mktime argument out of range");
  return Value::from_float(double(t));
}

std::string run_strftime(const std::string& format, const std::tm& tm) {
  if (format.empty()) return "";
  std::string buf(format.size() * 4 + 64, '\0');
  for (int attempt = 0; attempt < 12; ++attempt) {
    size_t n = std::strftime(buf.data(), buf.size(), format.c_str(), &tm);
    if (n > 0) return buf.substr(0, n);
    buf.resize(buf.size() * 2);
  }
  return "";  // the result is really empty (e.g. "%p" in some locales)
}

Value fn_strftime(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("strftime", kw);
  if (nargs < 1 || nargs > 2)
    raise(E::TypeError, std::string("strftime expected ") + (nargs < 1 ? "at least 1 argument, got " : "at most 2 arguments, got ") +
                            std::to_string(nargs));
  if (!isinstance_of(args[0], T::str))
    raise(E::TypeError, "strftime() argument 1 must be str, not " + type_name(args[0]));
  std::tm tm = nargs == 2 ? tm_from_tuple(args[1], "strftime") : local_tm(time_t(std::floor(clock_wall())));
  if (nargs == 2) {
    // Give the C library a consistent tm (zone name and offset for %Z / %z).
    std::tm probe = tm;
    probe.tm_isdst = -1;
    time_t t = std::mktime(&probe);
    if (t != time_t(-1) && !dynamic_cast<StructTimeObj*>(args[1].obj())) tm.tm_gmtoff = probe.tm_gmtoff;
    tm.tm_zone = probe.tm_zone;
  }
  return make_str(run_strftime(std::string(sv(args[0])), tm));
}

std::string asctime_string(const std::tm& tm) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[(tm.tm_wday % 7 + 7) % 7],
                kMonths[(tm.tm_mon % 12 + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                tm.tm_year + 1900);
  return buf;
}

Value fn_ctime(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("ctime", kw);
  if (nargs > 1) raise(E::TypeError, "ctime expected at most 1 argument, got " + std::to_string(nargs));
  return make_str(asctime_string(local_tm(seconds_arg(nargs ? &args[0] : nullptr))));
}

Value fn_asctime(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("asctime", kw);
  if (nargs > 1) raise(E::TypeError, "asctime expected at most 1 argument, got " + std::to_string(nargs));
  std::tm tm = nargs ? tm_from_tuple(args[0], "asctime") : local_tm(time_t(std::floor(clock_wall())));
  return make_str(asctime_string(tm));
}

Value struct_time_zone(const Value& self) {
  auto* st = dynamic_cast<StructTimeObj*>(self.obj());
  return st ? make_str(st->zone) : Value::none();
}
Value struct_time_gmtoff(const Value& self) {
  auto* st = dynamic_cast<StructTimeObj*>(self.obj());
  return st ? Value::from_int(st->gmtoff) : Value::none();
}

}  // namespace

void init_time_module(ModuleObj* m) {
  if (!struct_time_type) {
    struct_time_type = new_builtin_type("struct_time", T::tuple);
    struct_time_type->module = "time";
    struct_time_type->qualname = "struct_time";
    inherit_slots(struct_time_type, T::tuple);
    struct_time_type->tp_new = nullptr;
    struct_time_type->repr = struct_time_repr;
    add_getter(struct_time_type, "tm_year", struct_time_field<0>);
    add_getter(struct_time_type, "tm_mon", struct_time_field<1>);
    add_getter(struct_time_type, "tm_mday", struct_time_field<2>);
    add_getter(struct_time_type, "tm_hour", struct_time_field<3>);
    add_getter(struct_time_type, "tm_min", struct_time_field<4>);
    add_getter(struct_time_type, "tm_sec", struct_time_field<5>);
    add_getter(struct_time_type, "tm_wday", struct_time_field<6>);
    add_getter(struct_time_type, "tm_yday", struct_time_field<7>);
    add_getter(struct_time_type, "tm_isdst", struct_time_field<8>);
    add_getter(struct_time_type, "tm_zone", struct_time_zone);
    add_getter(struct_time_type, "tm_gmtoff", struct_time_gmtoff);
  }
  module_add(m, "struct_time", Value::borrow(struct_time_type));
  module_add_fn(m, "time", fn_time);
  module_add_fn(m, "time_ns", fn_time_ns);
  module_add_fn(m, "monotonic", fn_monotonic);
  module_add_fn(m, "monotonic_ns", fn_monotonic_ns);
  module_add_fn(m, "perf_counter", fn_perf_counter);
  module_add_fn(m, "perf_counter_ns", fn_perf_counter_ns);
  module_add_fn(m, "process_time", fn_process_time);
  module_add_fn(m, "sleep", fn_sleep);
  module_add_fn(m, "localtime", fn_localtime);
  module_add_fn(m, "gmtime", fn_gmtime);
  module_add_fn(m, "mktime", fn_mktime);
  module_add_fn(m, "strftime", fn_strftime);
  module_add_fn(m, "ctime", fn_ctime);
  module_add_fn(m, "asctime", fn_asctime);
  tzset();
  module_add(m, "timezone", Value::from_int(timezone));
  module_add(m, "daylight", Value::from_int(daylight));
}

}  // namespace py
