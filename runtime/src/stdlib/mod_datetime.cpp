// The datetime module: timedelta, date, datetime and timezone with CPython's
// normalisation, rounding (round-half-even), str/repr and error messages.
// A datetime's tzinfo is None or a timezone (a fixed offset): classes cannot
// subclass tzinfo here, so no other tzinfo can reach a datetime.
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>

#include "stdlib/clock.h"
#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;
using i128 = __int128;

constexpr int64_t kUsPerSecond = 1000000;
constexpr int64_t kSecondsPerDay = 86400;
constexpr int64_t kUsPerDay = kUsPerSecond * kSecondsPerDay;
constexpr int64_t kMaxDeltaDays = 999999999;
constexpr int kMinYear = 1, kMaxYear = 9999;
constexpr int64_t kMaxOrdinal = 3652059;  // 9999-12-31

TypeObj* timedelta_type = nullptr;
TypeObj* date_type = nullptr;
TypeObj* datetime_type = nullptr;
TypeObj* tzinfo_type = nullptr;
TypeObj* time_type = nullptr;
TypeObj* timezone_type = nullptr;

// ------------------------------------------------------------ calendar

bool is_leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

int days_in_month(int64_t y, int64_t m) {
  static const int kDays[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int& year, int& month, int& day) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  day = int(doy - (153 * mp + 2) / 5 + 1);
  month = int(mp < 10 ? mp + 3 : mp - 9);
  year = int(y + (month <= 2));
}

// Python's date.toordinal(): 0001-01-01 is day 1.
constexpr int64_t kOrdinalOfEpoch = 719163;
int64_t to_ordinal(int y, int m, int d) { return days_from_civil(y, m, d) + kOrdinalOfEpoch; }
void from_ordinal(int64_t ord, int& y, int& m, int& d) { civil_from_days(ord - kOrdinalOfEpoch, y, m, d); }
int weekday_of(int64_t ord) { return int((ord + 6) % 7); }  // Monday is 0

// ------------------------------------------------------------ objects

struct TimedeltaObj : Object {
  int64_t days = 0;
  int64_t seconds = 0;       // 0 <= seconds < 86400
  int64_t microseconds = 0;  // 0 <= microseconds < 1000000
  explicit TimedeltaObj(TypeObj* t) : Object(t) {}
  i128 total_us() const { return (i128(days) * kSecondsPerDay + seconds) * kUsPerSecond + microseconds; }
};

struct DateObj : Object {
  int year = 1, month = 1, day = 1;
  explicit DateObj(TypeObj* t) : Object(t) {}
  int64_t ordinal() const { return to_ordinal(year, month, day); }
};

struct DateTimeObj : DateObj {
  int hour = 0, minute = 0, second = 0, microsecond = 0;
  Value tzinfo = Value::none();  // None (naive) or a timezone
  explicit DateTimeObj(TypeObj* t) : DateObj(t) {}
  int64_t us_of_day() const {
    return ((int64_t(hour) * 60 + minute) * 60 + second) * kUsPerSecond + microsecond;
  }
};

bool is_timedelta(const Value& v) { return v.is_obj() && isinstance_of(v, timedelta_type); }
bool is_datetime(const Value& v) { return v.is_obj() && isinstance_of(v, datetime_type); }
bool is_date(const Value& v) { return v.is_obj() && isinstance_of(v, date_type); }
bool is_time(const Value& v) { return v.is_obj() && isinstance_of(v, time_type); }

struct TimezoneObj : Object {
  int64_t offset_us = 0;  // strictly within a day either way
  Value offset;           // the timedelta
  Value name;             // str, or None: "UTC±HH:MM" made when asked
  explicit TimezoneObj(TypeObj* t) : Object(t) {}
};
bool is_timezone(const Value& v) { return v.is_obj() && isinstance_of(v, timezone_type); }
const TimezoneObj* tz_of(const Value& v) { return v.as<TimezoneObj>(); }

TypeObj* new_type_of(TypeObj* t) {
  incref(t);
  return t;
}

// Floor division and modulo for 128-bit integers.
i128 floor_div(i128 a, i128 b) {
  i128 q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
i128 floor_mod(i128 a, i128 b) { return a - floor_div(a, b) * b; }

// a / b rounded half to even (CPython's divide_nearest).
i128 divide_nearest(i128 a, i128 b) {
  i128 q = floor_div(a, b);
  i128 r = a - q * b;  // same sign as b
  i128 twice = 2 * (r < 0 ? -r : r), absb = b < 0 ? -b : b;
  if (twice > absb || (twice == absb && (q & 1) != 0)) ++q;
  return q;
}

Value int_from_i128(i128 v) {
  if (v >= INT64_MIN && v <= INT64_MAX) return Value::from_int(int64_t(v));
  bool negative = v < 0;
  unsigned __int128 mag = negative ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  Value high = int_from_u64(uint64_t(mag >> 64));
  Value result = bitor_(lshift(high, Value::from_int(64)), int_from_u64(uint64_t(mag)));
  return negative ? neg(result) : result;
}

Value make_timedelta_us(i128 us, TypeObj* type = nullptr) {
  i128 days = floor_div(us, kUsPerDay);
  i128 rest = us - days * kUsPerDay;
  if (days > kMaxDeltaDays || days < -kMaxDeltaDays)
    raise(E::OverflowError, "days=" + std::string(sv(str(int_from_i128(days)))) + "; must have magnitude <= 999999999");
  auto* td = new TimedeltaObj(new_type_of(type ? type : timedelta_type));
  td->days = int64_t(days);
  td->seconds = int64_t(rest / kUsPerSecond);
  td->microseconds = int64_t(rest % kUsPerSecond);
  return Value::steal(td);
}

Value make_date(int64_t ordinal, TypeObj* type = nullptr) {
  if (ordinal < 1 || ordinal > kMaxOrdinal) raise(E::OverflowError, "date value out of range");
  auto* d = new DateObj(new_type_of(type ? type : date_type));
  from_ordinal(ordinal, d->year, d->month, d->day);
  return Value::steal(d);
}

Value make_datetime_fields(int y, int mo, int d, int h, int mi, int s, int us, TypeObj* type = nullptr,
                          const Value& tz = Value::none()) {
  auto* dt = new DateTimeObj(new_type_of(type ? type : datetime_type));
  dt->tzinfo = tz;
  dt->year = y;
  dt->month = mo;
  dt->day = d;
  dt->hour = h;
  dt->minute = mi;
  dt->second = s;
  dt->microsecond = us;
  return Value::steal(dt);
}

// A datetime from an ordinal day and microseconds into it (may spill over).
Value make_datetime_us(int64_t ordinal, i128 us_of_day, TypeObj* type = nullptr, const Value& tz = Value::none()) {
  i128 day_shift = floor_div(us_of_day, kUsPerDay);
  i128 ord = i128(ordinal) + day_shift;
  int64_t rest = int64_t(us_of_day - day_shift * kUsPerDay);
  if (ord < 1 || ord > kMaxOrdinal) raise(E::OverflowError, "date value out of range");
  int y, m, d;
  from_ordinal(int64_t(ord), y, m, d);
  int64_t secs = rest / kUsPerSecond;
  return make_datetime_fields(y, m, d, int(secs / 3600), int(secs / 60 % 60), int(secs % 60),
                              int(rest % kUsPerSecond), type, tz);
}

// ------------------------------------------------------------ timedelta

// CPython's accum(): exact integer accumulation, float fractions collected
// in `leftover` and rounded once at the end.
void accumulate_component(const char* tag, i128& sum, const Value& num, int64_t factor, double& leftover) {
  if (is_int_value(num)) {
    int64_t n;
    if (!to_int64(num, n)) {
      Value days = floordiv(mul(num, Value::from_int(factor)), Value::from_int(kUsPerDay));
      raise(E::OverflowError, "days=" + int_to_string(days) + "; must have magnitude <= 999999999");
    }
    sum += i128(n) * factor;
    return;
  }
  if (num.is_float()) {
    double intpart;
    double fracpart = std::modf(num.f(), &intpart);
    if (!std::isfinite(num.f()) || std::fabs(intpart) > 1e30)
      raise(E::OverflowError, std::isnan(num.f()) ? "cannot convert float NaN to integer"
                                                  : "cannot convert float infinity to integer");
    sum += i128(intpart) * factor;
    if (fracpart == 0.0) return;
    double scaled = double(factor) * fracpart;
    fracpart = std::modf(scaled, &intpart);
    sum += i128(intpart);
    leftover += fracpart;
    return;
  }
  raise(E::TypeError, std::string("unsupported type for timedelta ") + tag + " component: " + type_name(num));
}

Value timedelta_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[7];
  parse_c_args("__new__", {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}, 0,
               args, nargs, kw, p);
  i128 sum = 0;
  double leftover = 0;
  // CPython's order: microseconds first, weeks last (it matters for float leftovers).
  struct Part {
    int index;
    const char* tag;
    int64_t factor;
  };
  static const Part kParts[] = {{2, "microseconds", 1},
                                {3, "milliseconds", 1000},
                                {1, "seconds", kUsPerSecond},
                                {4, "minutes", 60 * kUsPerSecond},
                                {5, "hours", 3600 * kUsPerSecond},
                                {0, "days", kUsPerDay},
                                {6, "weeks", 7 * kUsPerDay}};
  for (const Part& part : kParts)
    if (p[part.index].is_bound()) accumulate_component(part.tag, sum, p[part.index], part.factor, leftover);
  if (leftover != 0.0) {
    double whole = std::round(leftover);
    if (std::fabs(whole - leftover) == 0.5) {
      int odd = int(sum & 1);
      whole = 2.0 * std::round((leftover + odd) * 0.5) - odd;
    }
    sum += i128(whole);
  }
  return make_timedelta_us(sum, type);
}

TimedeltaObj* td_of(const Value& v) { return v.as<TimedeltaObj>(); }

std::string timedelta_str(const TimedeltaObj* td) {
  std::string out;
  if (td->days != 0) {
    out += std::to_string(td->days) + (td->days == 1 || td->days == -1 ? " day, " : " days, ");
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%d:%02d:%02d", int(td->seconds / 3600), int(td->seconds / 60 % 60),
                int(td->seconds % 60));
  out += buf;
  if (td->microseconds) {
    std::snprintf(buf, sizeof buf, ".%06d", int(td->microseconds));
    out += buf;
  }
  return out;
}

std::string qualified_name(const Value& v) {
  TypeObj* t = type_of(v);
  return t->is_builtin ? t->module + "." + t->name : t->name;
}

Value td_str(const Value& self) { return make_str(timedelta_str(td_of(self))); }

Value td_repr(const Value& self) {
  const TimedeltaObj* td = td_of(self);
  std::string args;
  auto add_field = [&](const char* name, int64_t v) {
    if (!v) return;
    if (!args.empty()) args += ", ";
    args += std::string(name) + "=" + std::to_string(v);
  };
  add_field("days", td->days);
  add_field("seconds", td->seconds);
  add_field("microseconds", td->microseconds);
  if (args.empty()) args = "0";
  return make_str(qualified_name(self) + "(" + args + ")");
}

int64_t td_hash(const Value& self) {
  const TimedeltaObj* td = td_of(self);
  return hash(make_tuple({Value::from_int(td->days), Value::from_int(td->seconds), Value::from_int(td->microseconds)}));
}

bool compare_result(int cmp, int op) {
  switch (op) {
    case CMP_LT: return cmp < 0;
    case CMP_LE: return cmp <= 0;
    case CMP_EQ: return cmp == 0;
    case CMP_NE: return cmp != 0;
    case CMP_GT: return cmp > 0;
    default: return cmp >= 0;
  }
}

template <class T>
int three_way(T a, T b) {
  return a < b ? -1 : (a > b ? 1 : 0);
}

Value td_richcompare(const Value& self, const Value& other, int op) {
  if (!is_timedelta(other)) return not_implemented();
  return Value::from_bool(compare_result(three_way(td_of(self)->total_us(), td_of(other)->total_us()), op));
}

// float.as_integer_ratio() for finite doubles, in 128 bits when it fits.
bool float_ratio(double d, i128& num, i128& den) {
  if (!std::isfinite(d)) return false;
  int exp;
  double mant = std::frexp(d, &exp);
  for (int i = 0; i < 300 && mant != std::floor(mant); ++i) {
    mant *= 2.0;
    --exp;
  }
  num = i128(mant);
  den = 1;
  if (exp > 0) {
    if (exp > 60) return false;
    num <<= exp;
  } else {
    if (-exp > 120) return false;
    den <<= -exp;
  }
  return true;
}

[[noreturn]] void raise_delta_overflow() {
  raise(E::OverflowError, "Python int too large to convert to C int");
}

Value td_mul(const TimedeltaObj* td, const Value& factor) {
  i128 us = td->total_us();
  if (is_int_value(factor)) {
    int64_t n;
    i128 product;
    if (!to_int64(factor, n) || __builtin_mul_overflow(us, i128(n), &product)) raise_delta_overflow();
    return make_timedelta_us(product);
  }
  if (factor.is_float()) {
    i128 num, den, product;
    if (!float_ratio(factor.f(), num, den)) {
      if (std::isnan(factor.f())) raise(E::ValueError, "cannot convert NaN to integer ratio");
      raise(E::OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (__builtin_mul_overflow(us, num, &product)) raise_delta_overflow();
    return make_timedelta_us(divide_nearest(product, den));
  }
  return not_implemented();
}

Value td_binop(const Value& a, const Value& b, int op) {
  if (op & (BINOP_INPLACE | BINOP_SEQUENCE)) return not_implemented();
  bool a_td = is_timedelta(a), b_td = is_timedelta(b);
  switch (op) {
    case BINOP_ADD:
      if (a_td && b_td) return make_timedelta_us(td_of(a)->total_us() + td_of(b)->total_us());
      return not_implemented();
    case BINOP_SUB:
      if (a_td && b_td) return make_timedelta_us(td_of(a)->total_us() - td_of(b)->total_us());
      return not_implemented();
    case BINOP_MUL:
      if (a_td && !b_td) return td_mul(td_of(a), b);
      if (b_td && !a_td) return td_mul(td_of(b), a);
      return not_implemented();
    case BINOP_TRUEDIV: {
      if (!a_td) return not_implemented();
      i128 us = td_of(a)->total_us();
      if (b_td) {
        i128 other = td_of(b)->total_us();
        if (other == 0) raise(E::ZeroDivisionError, "division by zero");
        return truediv(int_from_i128(us), int_from_i128(other));
      }
      if (is_int_value(b)) {
        int64_t n;
        if (!to_int64(b, n)) return make_timedelta_us(0);
        if (n == 0) raise(E::ZeroDivisionError, "division by zero");
        return make_timedelta_us(divide_nearest(us, n));
      }
      if (b.is_float()) {
        i128 num, den, product;
        if (!float_ratio(b.f(), num, den)) {
          if (std::isnan(b.f())) raise(E::ValueError, "cannot convert NaN to integer ratio");
          raise(E::OverflowError, "cannot convert Infinity to integer ratio");
        }
        if (num == 0) raise(E::ZeroDivisionError, "division by zero");
        if (__builtin_mul_overflow(us, den, &product)) raise_delta_overflow();
        return make_timedelta_us(divide_nearest(product, num));
      }
      return not_implemented();
    }
    case BINOP_FLOORDIV: {
      if (!a_td) return not_implemented();
      i128 us = td_of(a)->total_us();
      if (b_td) {
        i128 other = td_of(b)->total_us();
        if (other == 0) raise(E::ZeroDivisionError, "integer division or modulo by zero");
        return int_from_i128(floor_div(us, other));
      }
      if (is_int_value(b)) {
        int64_t n;
        if (!to_int64(b, n)) return make_timedelta_us(us < 0 ? -1 : 0);
        if (n == 0) raise(E::ZeroDivisionError, "integer division or modulo by zero");
        return make_timedelta_us(floor_div(us, n));
      }
      return not_implemented();
    }
    case BINOP_MOD: {
      if (!a_td || !b_td) return not_implemented();
      i128 other = td_of(b)->total_us();
      if (other == 0) raise(E::ZeroDivisionError, "integer division or modulo by zero");
      return make_timedelta_us(floor_mod(td_of(a)->total_us(), other));
    }
    default: return not_implemented();
  }
}

Value td_unary(const Value& a, int op) {
  if (op == UNARY_NEG) return make_timedelta_us(-td_of(a)->total_us());
  if (op == UNARY_POS) return make_timedelta_us(td_of(a)->total_us());
  return not_implemented();
}

Value td_m_neg(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("timedelta.__neg__", nargs - 1, kw, 0);
  return td_unary(args[0], UNARY_NEG);
}
Value td_m_pos(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("timedelta.__pos__", nargs - 1, kw, 0);
  return td_unary(args[0], UNARY_POS);
}
Value td_m_abs(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("timedelta.__abs__", nargs - 1, kw, 0);
  i128 us = td_of(args[0])->total_us();
  return make_timedelta_us(us < 0 ? -us : us);
}
Value td_m_bool(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("timedelta.__bool__", nargs - 1, kw, 0);
  return Value::from_bool(td_of(args[0])->total_us() != 0);
}
Value td_m_divmod(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("timedelta.__divmod__", nargs - 1, kw, 1);
  if (!is_timedelta(args[1])) return not_implemented();
  i128 a = td_of(args[0])->total_us(), b = td_of(args[1])->total_us();
  if (b == 0) raise(E::ZeroDivisionError, "integer division or modulo by zero");
  return make_tuple({int_from_i128(floor_div(a, b)), make_timedelta_us(floor_mod(a, b))});
}

Value td_m_total_seconds(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("timedelta.total_seconds", nargs - 1, kw, 0);
  i128 us = td_of(args[0])->total_us();
  if (us > -(i128(1) << 53) && us < (i128(1) << 53)) return Value::from_float(double(int64_t(us)) / 1e6);
  return truediv(int_from_i128(us), Value::from_int(kUsPerSecond));
}

Value td_days(const Value& self) { return Value::from_int(td_of(self)->days); }
Value td_seconds(const Value& self) { return Value::from_int(td_of(self)->seconds); }
Value td_microseconds(const Value& self) { return Value::from_int(td_of(self)->microseconds); }

// ------------------------------------------------------------ date

DateObj* date_of(const Value& v) { return v.as<DateObj>(); }
DateTimeObj* dt_of(const Value& v) { return v.as<DateTimeObj>(); }

int64_t check_int_field(const Value& v) {
  if (v.is_float()) raise(E::TypeError, "'float' object cannot be interpreted as an integer");
  return index_value(v);
}

void check_date_fields(int64_t y, int64_t m, int64_t d) {
  if (y < kMinYear || y > kMaxYear) raise(E::ValueError, "year " + std::to_string(y) + " is out of range");
  if (m < 1 || m > 12) raise(E::ValueError, "month must be in 1..12");
  if (d < 1 || d > days_in_month(y, m)) raise(E::ValueError, "day is out of range for month");
}

void check_time_fields(int64_t h, int64_t mi, int64_t s, int64_t us) {
  if (h < 0 || h > 23) raise(E::ValueError, "hour must be in 0..23");
  if (mi < 0 || mi > 59) raise(E::ValueError, "minute must be in 0..59");
  if (s < 0 || s > 59) raise(E::ValueError, "second must be in 0..59");
  if (us < 0 || us > 999999) raise(E::ValueError, "microsecond must be in 0..999999");
}

// A tzinfo argument: None or a timezone (a bare tzinfo() has no offset to
// give, and no class can subclass tzinfo here).
Value check_tzinfo(const Value& tz) {
  if (tz.is_unbound() || tz.is_none() || is_timezone(tz)) return tz.is_unbound() ? Value::none() : tz;
  if (isinstance_of(tz, tzinfo_type))
    raise(E::NotImplementedError, "a tzinfo subclass must implement utcoffset()");
  raise(E::TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '" + type_name(tz) + "'");
}

// "+HH:MM", with ":SS" and ".ffffff" when they are not zero (isoformat, str,
// and timezone's tzname after "UTC").
std::string offset_string(int64_t offset_us, const char* sep = ":") {
  char sign = offset_us < 0 ? '-' : '+';
  int64_t us = offset_us < 0 ? -offset_us : offset_us;
  int64_t secs = us / kUsPerSecond, frac = us % kUsPerSecond;
  char buf[48];
  int n = std::snprintf(buf, sizeof buf, "%c%02d%s%02d", sign, int(secs / 3600), sep, int(secs / 60 % 60));
  if (secs % 60 || frac) n += std::snprintf(buf + n, sizeof buf - size_t(n), "%s%02d", sep, int(secs % 60));
  if (frac) std::snprintf(buf + n, sizeof buf - size_t(n), ".%06d", int(frac));
  return buf;
}

bool is_aware(const DateTimeObj* dt) { return !dt->tzinfo.is_none(); }
int64_t offset_of(const DateTimeObj* dt) { return is_aware(dt) ? tz_of(dt->tzinfo)->offset_us : 0; }

Value date_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[3];
  parse_c_args(nullptr, {"year", "month", "day"}, 3, args, nargs, kw, p);
  int64_t y = check_int_field(p[0]), m = check_int_field(p[1]), d = check_int_field(p[2]);
  check_date_fields(y, m, d);
  auto* obj = new DateObj(new_type_of(type));
  obj->year = int(y);
  obj->month = int(m);
  obj->day = int(d);
  return Value::steal(obj);
}

std::string date_iso(const DateObj* d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
  return buf;
}

Value date_str(const Value& self) { return make_str(date_iso(date_of(self))); }

Value date_repr(const Value& self) {
  const DateObj* d = date_of(self);
  return make_str(qualified_name(self) + "(" + std::to_string(d->year) + ", " + std::to_string(d->month) +
                  ", " + std::to_string(d->day) + ")");
}

int64_t date_hash(const Value& self) {
  const DateObj* d = date_of(self);
  return hash(make_tuple({Value::from_int(d->year), Value::from_int(d->month), Value::from_int(d->day)}));
}

[[noreturn]] void raise_cmp_error(const Value& a, const Value& b) {
  raise(E::TypeError, "can't compare " + qualified_name(a) + " to " + qualified_name(b));
}

Value date_richcompare(const Value& self, const Value& other, int op) {
  if (!is_date(other)) return not_implemented();
  if (is_datetime(other)) {
    if (op == CMP_EQ) return Value::from_bool(false);
    if (op == CMP_NE) return Value::from_bool(true);
    raise_cmp_error(self, other);
  }
  return Value::from_bool(compare_result(three_way(date_of(self)->ordinal(), date_of(other)->ordinal()), op));
}

Value date_binop(const Value& a, const Value& b, int op) {
  if (op & (BINOP_INPLACE | BINOP_SEQUENCE)) return not_implemented();
  if (is_datetime(a) || is_datetime(b)) return not_implemented();
  if (op == BINOP_ADD) {
    if (is_date(a) && is_timedelta(b)) return make_date(date_of(a)->ordinal() + td_of(b)->days);
    if (is_timedelta(a) && is_date(b)) return make_date(date_of(b)->ordinal() + td_of(a)->days);
  } else if (op == BINOP_SUB && is_date(a)) {
    if (is_timedelta(b)) return make_date(date_of(a)->ordinal() - td_of(b)->days);
    if (is_date(b)) return make_timedelta_us(i128(date_of(a)->ordinal() - date_of(b)->ordinal()) * kUsPerDay);
  }
  return not_implemented();
}

std::tm tm_of(const DateObj* d, const DateTimeObj* dt) {
  std::tm tm{};
  tm.tm_year = d->year - 1900;
  tm.tm_mon = d->month - 1;
  tm.tm_mday = d->day;
  int64_t ord = d->ordinal();
  tm.tm_wday = (weekday_of(ord) + 1) % 7;
  tm.tm_yday = int(ord - to_ordinal(d->year, 1, 1));
  tm.tm_isdst = -1;
  if (dt) {
    tm.tm_hour = dt->hour;
    tm.tm_min = dt->minute;
    tm.tm_sec = dt->second;
  }
  tm.tm_zone = "";
  return tm;
}

Value tz_name_of(const Value& tz);

// datetime's wrap_strftime: %f, %z and %Z are handled here (naive: empty
// zone), everything else by the C library as time.strftime does.
Value strftime_impl(const DateObj* d, const DateTimeObj* dt, const Value& format) {
  if (!isinstance_of(format, T::str))
    raise(E::TypeError, "strftime() argument 1 must be str, not " + type_name(format));
  std::string_view fmt = sv(format);
  std::string expanded;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%' || i + 1 >= fmt.size()) {
      expanded += fmt[i];
      continue;
    }
    char c = fmt[i + 1];
    ++i;
    if (c == 'f') {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%06d", dt ? dt->microsecond : 0);
      expanded += buf;
    } else if (c == 'z' || c == 'Z') {
      if (dt && is_aware(dt)) {
        if (c == 'z') {
          expanded += offset_string(offset_of(dt), "");
        } else {
          // The zone's name goes through the C library's strftime too, so
          // a '%' in it must stay a literal '%'.
          for (char ch : std::string(sv(tz_name_of(dt->tzinfo)))) {
            if (ch == '%') expanded += '%';
            expanded += ch;
          }
        }
      }
    } else {
      expanded += '%';
      expanded += c;
    }
  }
  if (expanded.empty()) return make_str("");
  std::tm tm = tm_of(d, dt);
  std::string buf(expanded.size() * 4 + 64, '\0');
  for (int attempt = 0; attempt < 12; ++attempt) {
    size_t n = std::strftime(buf.data(), buf.size(), expanded.c_str(), &tm);
    if (n > 0) return make_str(buf.substr(0, n));
    buf.resize(buf.size() * 2);
  }
  return make_str("");
}

Value date_m_strftime(const Value* args, size_t nargs, TupleObj* kw) {
  Value p[1];
  parse_c_args("strftime", {"format"}, 1, args + 1, nargs - 1, kw, p);
  const DateObj* d = date_of(args[0]);
  return strftime_impl(d, is_datetime(args[0]) ? dt_of(args[0]) : nullptr, p[0]);
}

// time.strftime: the date part is 1900-01-01, as CPython's time tuple for it.
Value time_m_strftime(const Value* args, size_t nargs, TupleObj* kw) {
  Value p[1];
  parse_c_args("strftime", {"format"}, 1, args + 1, nargs - 1, kw, p);
  auto* date = new DateObj(new_type_of(date_type));
  Value hold = Value::steal(date);
  date->year = 1900;
  return strftime_impl(date, dt_of(args[0]), p[0]);
}

// format(x, spec): str(x) for an empty spec, else x.strftime(spec).
template <Value (*Strftime)(const Value*, size_t, TupleObj*)>
Value format_by_strftime(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs(is_time(args[0]) ? "time.__format__" : "date.__format__", kw);
  if (nargs != 2) raise(E::TypeError, "__format__() takes exactly 1 argument (" + std::to_string(nargs - 1) + " given)");
  if (!isinstance_of(args[1], T::str))
    raise(E::TypeError, "__format__() argument 1 must be str, not " + type_name(args[1]));
  if (sv(args[1]).empty()) return str(args[0]);
  return Strftime(args, nargs, kw);
}

Value date_m_isoformat(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("date.isoformat", nargs - 1, kw, 0);
  return make_str(date_iso(date_of(args[0])));
}
Value date_m_weekday(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("date.weekday", nargs - 1, kw, 0);
  return Value::from_int(weekday_of(date_of(args[0])->ordinal()));
}
Value date_m_isoweekday(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("date.isoweekday", nargs - 1, kw, 0);
  return Value::from_int(weekday_of(date_of(args[0])->ordinal()) + 1);
}
Value date_m_toordinal(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("date.toordinal", nargs - 1, kw, 0);
  return Value::from_int(date_of(args[0])->ordinal());
}

Value date_m_ctime(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("date.ctime", nargs - 1, kw, 0);
  static const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const DateObj* d = date_of(args[0]);
  const DateTimeObj* dt = is_datetime(args[0]) ? dt_of(args[0]) : nullptr;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d", kDays[weekday_of(d->ordinal())],
                kMonths[d->month - 1], d->day, dt ? dt->hour : 0, dt ? dt->minute : 0, dt ? dt->second : 0,
                d->year);
  return make_str(buf);
}

Value date_m_replace(const Value* args, size_t nargs, TupleObj* kw) {
  const DateObj* d = date_of(args[0]);
  Value p[3];
  parse_c_args("replace", {"year", "month", "day"}, 0, args + 1, nargs - 1, kw, p);
  int64_t y = p[0].is_bound() ? check_int_field(p[0]) : d->year;
  int64_t m = p[1].is_bound() ? check_int_field(p[1]) : d->month;
  int64_t dd = p[2].is_bound() ? check_int_field(p[2]) : d->day;
  check_date_fields(y, m, dd);
  auto* obj = new DateObj(new_type_of(date_type));
  obj->year = int(y);
  obj->month = int(m);
  obj->day = int(dd);
  return Value::steal(obj);
}

// Today's local date and time from the (possibly virtual) wall clock.
void local_now(std::tm& tm, int& microsecond) {
  int64_t ns = clock_wall_ns();
  int64_t secs = ns / 1000000000, rem = ns % 1000000000;
  if (rem < 0) {
    rem += 1000000000;
    --secs;
  }
  microsecond = int(rem / 1000);  // CPython rounds now() down
  time_t t = time_t(secs);
  localtime_r(&t, &tm);
}

Value date_c_today(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("date.today", nargs - 1, kw, 0);
  std::tm tm;
  int us;
  local_now(tm, us);
  TypeObj* type = args[0].is_obj() ? static_cast<TypeObj*>(args[0].obj()) : date_type;
  if (is_subtype(type, datetime_type))
    return make_datetime_fields(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                                std::min(tm.tm_sec, 59), us, type);
  auto* obj = new DateObj(new_type_of(type));
  obj->year = tm.tm_year + 1900;
  obj->month = tm.tm_mon + 1;
  obj->day = tm.tm_mday;
  return Value::steal(obj);
}

Value date_c_fromordinal(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("date.fromordinal", nargs - 1, kw, 1);
  int64_t ord = check_int_field(args[1]);
  if (ord < 1) raise(E::ValueError, "ordinal must be >= 1");
  if (ord > kMaxOrdinal) raise(E::ValueError, "year " + std::to_string(10000) + " is out of range");
  TypeObj* type = static_cast<TypeObj*>(args[0].obj());
  if (is_subtype(type, datetime_type)) return make_datetime_us(ord, 0, type);
  return make_date(ord, type);
}

// Parses "YYYY-MM-DD" at the start of s; false if malformed.
bool parse_iso_date(std::string_view s, int& y, int& m, int& d) {
  auto digits = [&](size_t pos, size_t n, int& out) {
    if (pos + n > s.size()) return false;
    out = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') return digits(0, 4, y) && digits(5, 2, m) && digits(8, 2, d);
  if (s.size() == 8) return digits(0, 4, y) && digits(4, 2, m) && digits(6, 2, d);
  return false;
}

bool parse_iso_time(std::string_view s, int& h, int& mi, int& sec, int& us) {
  auto digits = [&](size_t pos, size_t n, int& out) {
    if (pos + n > s.size()) return false;
    out = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  h = mi = sec = us = 0;
  if (!digits(0, 2, h)) return false;
  if (s.size() == 2) return true;
  if (s.size() < 5 || s[2] != ':' || !digits(3, 2, mi)) return false;
  if (s.size() == 5) return true;
  if (s.size() < 8 || s[5] != ':' || !digits(6, 2, sec)) return false;
  if (s.size() == 8) return true;
  if (s[8] != '.' && s[8] != ',') return false;
  size_t nfrac = s.size() - 9;
  if (nfrac != 3 && nfrac != 6) return false;
  int frac;
  if (!digits(9, nfrac, frac)) return false;
  us = nfrac == 3 ? frac * 1000 : frac;
  return true;
}

Value date_c_fromisoformat(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("date.fromisoformat", nargs - 1, kw, 1);
  if (!isinstance_of(args[1], T::str))
    raise(E::TypeError, "fromisoformat: argument must be str");
  std::string_view s = sv(args[1]);
  TypeObj* type = static_cast<TypeObj*>(args[0].obj());
  int y, m, d, h = 0, mi = 0, sec = 0, us = 0;
  bool is_dt = is_subtype(type, datetime_type);
  bool ok;
  if (is_dt && s.size() > 10) {
    ok = parse_iso_date(s.substr(0, 10), y, m, d) && parse_iso_time(s.substr(11), h, mi, sec, us);
  } else {
    ok = parse_iso_date(s, y, m, d);
  }
  if (!ok) raise(E::ValueError, "Invalid isoformat string: " + str_repr_string(s));
  check_date_fields(y, m, d);
  if (is_dt) {
    check_time_fields(h, mi, sec, us);
    return make_datetime_fields(y, m, d, h, mi, sec, us, type);
  }
  auto* obj = new DateObj(new_type_of(type));
  obj->year = y;
  obj->month = m;
  obj->day = d;
  return Value::steal(obj);
}

Value date_year(const Value& self) { return Value::from_int(date_of(self)->year); }
Value date_month(const Value& self) { return Value::from_int(date_of(self)->month); }
Value date_day(const Value& self) { return Value::from_int(date_of(self)->day); }

// ------------------------------------------------------------ datetime

Value datetime_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[9];
  parse_c_args(nullptr, {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}, 3,
               args, nargs, kw, p);
  int64_t f[7] = {0, 0, 0, 0, 0, 0, 0};
  for (int i = 0; i < 7; ++i)
    if (p[i].is_bound()) f[i] = check_int_field(p[i]);
  Value tz = check_tzinfo(p[7]);
  check_date_fields(f[0], f[1], f[2]);
  check_time_fields(f[3], f[4], f[5], f[6]);
  return make_datetime_fields(int(f[0]), int(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), int(f[6]), type, tz);
}

std::string time_iso(const DateTimeObj* dt, std::string_view timespec) {
  char buf[48];
  if (timespec == "auto") timespec = dt->microsecond ? "microseconds" : "seconds";
  if (timespec == "hours")
    std::snprintf(buf, sizeof buf, "%02d", dt->hour);
  else if (timespec == "minutes")
    std::snprintf(buf, sizeof buf, "%02d:%02d", dt->hour, dt->minute);
  else if (timespec == "seconds")
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", dt->hour, dt->minute, dt->second);
  else if (timespec == "milliseconds")
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03d", dt->hour, dt->minute, dt->second, dt->microsecond / 1000);
  else if (timespec == "microseconds")
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%06d", dt->hour, dt->minute, dt->second, dt->microsecond);
  else
    raise(E::ValueError, "Unknown timespec value");
  return buf;
}

Value dt_str(const Value& self) {
  const DateTimeObj* dt = dt_of(self);
  return make_str(date_iso(dt) + " " + time_iso(dt, "auto") + (is_aware(dt) ? offset_string(offset_of(dt)) : ""));
}

Value dt_repr(const Value& self) {
  const DateTimeObj* dt = dt_of(self);
  std::string out = qualified_name(self) + "(" + std::to_string(dt->year) + ", " + std::to_string(dt->month) +
                    ", " + std::to_string(dt->day) + ", " + std::to_string(dt->hour) + ", " +
                    std::to_string(dt->minute);
  if (dt->second || dt->microsecond) out += ", " + std::to_string(dt->second);
  if (dt->microsecond) out += ", " + std::to_string(dt->microsecond);
  if (is_aware(dt)) out += ", tzinfo=" + repr_string(dt->tzinfo);
  return make_str(out + ")");
}

// Microseconds since 0001-01-01 of the local fields, or of UTC when aware.
i128 dt_total_us(const DateTimeObj* dt) { return i128(dt->ordinal()) * kUsPerDay + dt->us_of_day() - offset_of(dt); }

int64_t dt_hash(const Value& self) {
  const DateTimeObj* dt = dt_of(self);
  if (is_aware(dt)) return hash(int_from_i128(dt_total_us(dt)));
  return hash(make_tuple({Value::from_int(dt->ordinal()), Value::from_int(dt->us_of_day())}));
}

Value dt_richcompare(const Value& self, const Value& other, int op) {
  if (!is_datetime(other)) {
    if (is_date(other)) {
      if (op == CMP_EQ) return Value::from_bool(false);
      if (op == CMP_NE) return Value::from_bool(true);
      raise_cmp_error(self, other);
    }
    return not_implemented();
  }
  if (is_aware(dt_of(self)) != is_aware(dt_of(other))) {
    if (op == CMP_EQ) return Value::from_bool(false);
    if (op == CMP_NE) return Value::from_bool(true);
    raise(E::TypeError, "can't compare offset-naive and offset-aware datetimes");
  }
  return Value::from_bool(compare_result(three_way(dt_total_us(dt_of(self)), dt_total_us(dt_of(other))), op));
}

Value dt_binop(const Value& a, const Value& b, int op) {
  if (op & (BINOP_INPLACE | BINOP_SEQUENCE)) return not_implemented();
  if (op == BINOP_ADD) {
    if (is_datetime(a) && is_timedelta(b))
      return make_datetime_us(dt_of(a)->ordinal(), i128(dt_of(a)->us_of_day()) + td_of(b)->total_us(), nullptr,
                              dt_of(a)->tzinfo);
    if (is_timedelta(a) && is_datetime(b))
      return make_datetime_us(dt_of(b)->ordinal(), i128(dt_of(b)->us_of_day()) + td_of(a)->total_us(), nullptr,
                              dt_of(b)->tzinfo);
  } else if (op == BINOP_SUB && is_datetime(a)) {
    if (is_timedelta(b))
      return make_datetime_us(dt_of(a)->ordinal(), i128(dt_of(a)->us_of_day()) - td_of(b)->total_us(), nullptr,
                              dt_of(a)->tzinfo);
    if (is_datetime(b)) {
      if (is_aware(dt_of(a)) != is_aware(dt_of(b)))
        raise(E::TypeError, "can't subtract offset-naive and offset-aware datetimes");
      return make_timedelta_us(dt_total_us(dt_of(a)) - dt_total_us(dt_of(b)));
    }
  }
  return not_implemented();
}

Value dt_m_isoformat(const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("isoformat", {"sep", "timespec"}, 0, args + 1, nargs - 1, kw, p);
  std::string sep = "T";
  if (p[0].is_bound()) {
    if (!isinstance_of(p[0], T::str) || sv(p[0]).empty())
      raise(E::TypeError, "isoformat() argument 1 must be a unicode character, not " + type_name(p[0]));
    sep = std::string(sv(p[0]));
  }
  std::string timespec = "auto";
  if (p[1].is_bound()) {
    if (!isinstance_of(p[1], T::str))
      raise(E::TypeError, "isoformat() argument 2 must be str, not " + type_name(p[1]));
    timespec = std::string(sv(p[1]));
  }
  const DateTimeObj* dt = dt_of(args[0]);
  return make_str(date_iso(dt) + sep + time_iso(dt, timespec) + (is_aware(dt) ? offset_string(offset_of(dt)) : ""));
}

Value dt_m_date(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("datetime.date", nargs - 1, kw, 0);
  const DateTimeObj* dt = dt_of(args[0]);
  auto* obj = new DateObj(new_type_of(date_type));
  obj->year = dt->year;
  obj->month = dt->month;
  obj->day = dt->day;
  return Value::steal(obj);
}

Value dt_m_replace(const Value* args, size_t nargs, TupleObj* kw) {
  const DateTimeObj* dt = dt_of(args[0]);
  Value p[9];
  parse_c_args("replace", {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}, 0,
               args + 1, nargs - 1, kw, p);
  int64_t f[7] = {dt->year, dt->month, dt->day, dt->hour, dt->minute, dt->second, dt->microsecond};
  for (int i = 0; i < 7; ++i)
    if (p[i].is_bound()) f[i] = check_int_field(p[i]);
  Value tz = p[7].is_bound() ? check_tzinfo(p[7]) : dt->tzinfo;
  check_date_fields(f[0], f[1], f[2]);
  check_time_fields(f[3], f[4], f[5], f[6]);
  return make_datetime_fields(int(f[0]), int(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), int(f[6]), nullptr,
                              tz);
}

Value dt_m_timestamp(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("datetime.timestamp", nargs - 1, kw, 0);
  const DateTimeObj* dt = dt_of(args[0]);
  if (is_aware(dt))
    return Value::from_float(double(dt_total_us(dt) - i128(kOrdinalOfEpoch) * kUsPerDay) / 1e6);
  std::tm tm = tm_of(dt, dt);
  tm.tm_zone = nullptr;
  time_t t = std::mktime(&tm);
  return Value::from_float(double(t) + dt->microsecond / 1e6);
}

Value dt_c_now(const Value* args, size_t nargs, TupleObj* kw) {
  Value p[1];
  parse_c_args("now", {"tz"}, 0, args + 1, nargs - 1, kw, p);
  Value tz = check_tzinfo(p[0]);
  if (!tz.is_none()) {
    // tz.fromutc(utcnow().replace(tzinfo=tz))
    int64_t us = clock_wall_ns() / 1000;
    int64_t secs = us / kUsPerSecond;
    return make_datetime_us(kOrdinalOfEpoch + secs / kSecondsPerDay,
                            i128(secs % kSecondsPerDay) * kUsPerSecond + us % kUsPerSecond + tz_of(tz)->offset_us,
                            static_cast<TypeObj*>(args[0].obj()), tz);
  }
  std::tm tm;
  int us;
  local_now(tm, us);
  return make_datetime_fields(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                              std::min(tm.tm_sec, 59), us, static_cast<TypeObj*>(args[0].obj()));
}

Value dt_c_utcnow(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("datetime.utcnow", nargs - 1, kw, 0);
  int64_t ns = clock_wall_ns();
  int64_t us = ns / 1000;
  int64_t secs = us / kUsPerSecond;
  return make_datetime_us(kOrdinalOfEpoch + secs / kSecondsPerDay,
                          i128(secs % kSecondsPerDay) * kUsPerSecond + us % kUsPerSecond,
                          static_cast<TypeObj*>(args[0].obj()));
}

Value dt_c_fromtimestamp(const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("fromtimestamp", {"timestamp", "tz"}, 1, args + 1, nargs - 1, kw, p);
  Value tz = check_tzinfo(p[1]);
  double ts = to_double(p[0]);
  if (!std::isfinite(ts)) raise(E::ValueError, "Invalid value NaN (not a number)");
  double whole = std::floor(ts);
  double frac_us = (ts - whole) * 1e6;
  // round half to even, as _PyTime_ROUND_HALF_EVEN
  double us = std::nearbyint(frac_us);
  time_t secs = time_t(whole);
  if (us >= 1e6) {
    us -= 1e6;
    ++secs;
  }
  if (!tz.is_none())
    return make_datetime_us(kOrdinalOfEpoch + int64_t(floor_div(secs, kSecondsPerDay)),
                            i128(floor_mod(secs, kSecondsPerDay)) * kUsPerSecond + int64_t(us) + tz_of(tz)->offset_us,
                            static_cast<TypeObj*>(args[0].obj()), tz);
  std::tm tm;
  if (!localtime_r(&secs, &tm)) raise(E::OverflowError, "timestamp out of range for platform time_t");
  return make_datetime_fields(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                              std::min(tm.tm_sec, 59), int(us), static_cast<TypeObj*>(args[0].obj()));
}

Value dt_c_combine(const Value* args, size_t nargs, TupleObj* kw) {
  Value p[3];
  parse_c_args("combine", {"date", "time", "tzinfo"}, 2, args + 1, nargs - 1, kw, p);
  if (!is_date(p[0])) raise(E::TypeError, "combine() argument 1 must be datetime.date, not " + type_name(p[0]));
  if (!is_time(p[1])) raise(E::TypeError, "combine() argument 2 must be datetime.time, not " + type_name(p[1]));
  const DateObj* d = date_of(p[0]);
  const DateTimeObj* t = dt_of(p[1]);
  Value tz = p[2].is_bound() ? check_tzinfo(p[2]) : t->tzinfo;
  return make_datetime_fields(d->year, d->month, d->day, t->hour, t->minute, t->second, t->microsecond,
                              static_cast<TypeObj*>(args[0].obj()), tz);
}

// ------------------------------------------------------------ time
//
// A time is a DateTimeObj of time_type whose date part is unused: the time
// fields, their checks and their formatting are datetime's.

Value make_time(const DateTimeObj* src, const Value& tz) {
  auto* t = new DateTimeObj(new_type_of(time_type));
  t->hour = src->hour;
  t->minute = src->minute;
  t->second = src->second;
  t->microsecond = src->microsecond;
  t->tzinfo = tz;
  return Value::steal(t);
}

Value time_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[6];
  parse_c_args(nullptr, {"hour", "minute", "second", "microsecond", "tzinfo", "fold"}, 0, args, nargs, kw, p);
  int64_t f[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4; ++i)
    if (p[i].is_bound()) f[i] = check_int_field(p[i]);
  check_time_fields(f[0], f[1], f[2], f[3]);
  Value tz = check_tzinfo(p[4]);
  auto* t = new DateTimeObj(new_type_of(type));
  t->hour = int(f[0]);
  t->minute = int(f[1]);
  t->second = int(f[2]);
  t->microsecond = int(f[3]);
  t->tzinfo = tz;
  return Value::steal(t);
}

Value time_str(const Value& self) {
  const DateTimeObj* t = dt_of(self);
  return make_str(time_iso(t, "auto") + (is_aware(t) ? offset_string(offset_of(t)) : ""));
}

Value time_repr(const Value& self) {
  const DateTimeObj* t = dt_of(self);
  std::string out = qualified_name(self) + "(" + std::to_string(t->hour) + ", " + std::to_string(t->minute);
  if (t->second || t->microsecond) out += ", " + std::to_string(t->second);
  if (t->microsecond) out += ", " + std::to_string(t->microsecond);
  if (is_aware(t)) out += ", tzinfo=" + repr_string(t->tzinfo);
  return make_str(out + ")");
}

int64_t time_hash(const Value& self) {
  const DateTimeObj* t = dt_of(self);
  return hash(Value::from_int(t->us_of_day() - offset_of(t)));
}

Value time_richcompare(const Value& self, const Value& other, int op) {
  if (!is_time(other)) return not_implemented();
  const DateTimeObj *a = dt_of(self), *b = dt_of(other);
  if (is_aware(a) != is_aware(b)) {
    if (op == CMP_EQ) return Value::from_bool(false);
    if (op == CMP_NE) return Value::from_bool(true);
    raise(E::TypeError, "can't compare offset-naive and offset-aware times");
  }
  return Value::from_bool(compare_result(three_way(a->us_of_day() - offset_of(a), b->us_of_day() - offset_of(b)), op));
}

Value time_m_isoformat(const Value* args, size_t nargs, TupleObj* kw) {
  Value p[1];
  parse_c_args("isoformat", {"timespec"}, 0, args + 1, nargs - 1, kw, p);
  std::string timespec = "auto";
  if (p[0].is_bound()) {
    if (!isinstance_of(p[0], T::str)) raise(E::TypeError, "isoformat() argument 1 must be str, not " + type_name(p[0]));
    timespec = std::string(sv(p[0]));
  }
  const DateTimeObj* t = dt_of(args[0]);
  return make_str(time_iso(t, timespec) + (is_aware(t) ? offset_string(offset_of(t)) : ""));
}

Value dt_m_time(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("datetime.time", nargs - 1, kw, 0);
  return make_time(dt_of(args[0]), Value::none());
}

Value dt_m_timetz(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("datetime.timetz", nargs - 1, kw, 0);
  return make_time(dt_of(args[0]), dt_of(args[0])->tzinfo);
}

Value dt_hour(const Value& self) { return Value::from_int(dt_of(self)->hour); }
Value dt_minute(const Value& self) { return Value::from_int(dt_of(self)->minute); }
Value dt_second(const Value& self) { return Value::from_int(dt_of(self)->second); }
Value dt_microsecond(const Value& self) { return Value::from_int(dt_of(self)->microsecond); }
Value dt_tzinfo(const Value& self) { return dt_of(self)->tzinfo; }

Value dt_m_utcoffset(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("datetime.utcoffset", nargs - 1, kw, 0);
  const DateTimeObj* dt = dt_of(args[0]);
  return is_aware(dt) ? tz_of(dt->tzinfo)->offset : Value::none();
}

Value tz_name_of(const Value& tz);

Value dt_m_tzname(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("datetime.tzname", nargs - 1, kw, 0);
  const DateTimeObj* dt = dt_of(args[0]);
  return is_aware(dt) ? tz_name_of(dt->tzinfo) : Value::none();
}

Value dt_m_dst(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("datetime.dst", nargs - 1, kw, 0);
  return Value::none();  // a timezone has no DST
}

Value local_timezone_for(time_t t);
Value make_timezone(int64_t offset_us, const Value& name);

Value dt_m_astimezone(const Value* args, size_t nargs, TupleObj* kw) {
  Value p[1];
  parse_c_args("astimezone", {"tz"}, 0, args + 1, nargs - 1, kw, p);
  const DateTimeObj* dt = dt_of(args[0]);
  i128 utc_us;
  if (is_aware(dt)) {
    utc_us = dt_total_us(dt);
  } else {
    // a naive datetime is local time
    std::tm tm = tm_of(dt, dt);
    tm.tm_isdst = -1;
    time_t t = std::mktime(&tm);
    utc_us = (i128(kOrdinalOfEpoch) * kSecondsPerDay + t) * kUsPerSecond + dt->microsecond;
  }
  Value tz;
  if (p[0].is_unbound() || p[0].is_none()) {
    i128 secs = floor_div(utc_us, kUsPerSecond) - i128(kOrdinalOfEpoch) * kSecondsPerDay;
    tz = local_timezone_for(time_t(secs));
  } else {
    tz = check_tzinfo(p[0]);
  }
  i128 local = utc_us + tz_of(tz)->offset_us;
  int64_t ord = int64_t(floor_div(local, kUsPerDay));
  return make_datetime_us(ord, local - i128(ord) * kUsPerDay, type_of(args[0]), tz);
}

// ------------------------------------------------------------ timezone

TimezoneObj* utc_singleton = nullptr;

Value make_timezone(int64_t offset_us, const Value& name) {
  auto* tz = new TimezoneObj(new_type_of(timezone_type));
  tz->offset_us = offset_us;
  tz->offset = make_timedelta_us(offset_us);
  tz->name = name;
  return Value::steal(tz);
}

Value local_timezone_for(time_t t) {
  std::tm tm;
  localtime_r(&t, &tm);
  return make_timezone(int64_t(tm.tm_gmtoff) * kUsPerSecond, make_str(tm.tm_zone ? tm.tm_zone : ""));
}

Value tz_name_of(const Value& tz) {
  const TimezoneObj* z = tz_of(tz);
  if (!z->name.is_none()) return z->name;
  if (z->offset_us == 0) return make_str("UTC");
  return make_str("UTC" + offset_string(z->offset_us));
}

Value timezone_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("timezone", {"offset", "name"}, 1, args, nargs, kw, p);
  if (!is_timedelta(p[0]))
    raise(E::TypeError, "timezone() argument 1 must be datetime.timedelta, not " + type_name(p[0]));
  if (p[1].is_bound() && !isinstance_of(p[1], T::str))
    raise(E::TypeError, "timezone() argument 2 must be str, not " + type_name(p[1]));
  i128 us = td_of(p[0])->total_us();
  if (us <= -i128(kUsPerDay) || us >= i128(kUsPerDay))
    raise(E::ValueError,
          "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not " +
              repr_string(p[0]) + ".");
  if (us == 0 && p[1].is_unbound()) return Value::borrow(utc_singleton);
  Value tz = make_timezone(int64_t(us), p[1].is_bound() ? p[1] : Value::none());
  return tz;
}

Value timezone_repr(const Value& self) {
  const TimezoneObj* z = tz_of(self);
  if (self.obj() == utc_singleton) return make_str("datetime.timezone.utc");
  std::string out = qualified_name(self) + "(" + repr_string(z->offset);
  if (!z->name.is_none()) out += ", " + repr_string(z->name);
  return make_str(out + ")");
}

Value timezone_str(const Value& self) { return tz_name_of(self); }

int64_t timezone_hash(const Value& self) { return hash(tz_of(self)->offset); }

Value timezone_richcompare(const Value& self, const Value& other, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !is_timezone(other)) return not_implemented();
  bool equal = tz_of(self)->offset_us == tz_of(other)->offset_us;
  return Value::from_bool(op == CMP_EQ ? equal : !equal);
}

// utcoffset(dt), tzname(dt), dst(dt): dt must be a datetime or None.
void check_dt_arg(const char* what, const Value* args, size_t nargs, TupleObj* kw) {
  exact_args(what, nargs - 1, kw, 1);
  if (!args[1].is_none() && !is_datetime(args[1]))
    raise(E::TypeError, std::string(what) + "(dt) argument must be a datetime instance or None, not " +
                            type_name(args[1]));
}

Value tz_m_utcoffset(const Value* args, size_t nargs, TupleObj* kw) {
  check_dt_arg("utcoffset", args, nargs, kw);
  return tz_of(args[0])->offset;
}

Value tz_m_tzname(const Value* args, size_t nargs, TupleObj* kw) {
  check_dt_arg("tzname", args, nargs, kw);
  return tz_name_of(args[0]);
}

Value tz_m_dst(const Value* args, size_t nargs, TupleObj* kw) {
  check_dt_arg("dst", args, nargs, kw);
  return Value::none();
}

Value tz_m_fromutc(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("fromutc", nargs - 1, kw, 1);
  if (!is_datetime(args[1])) raise(E::TypeError, "fromutc: argument must be a datetime");
  const DateTimeObj* dt = dt_of(args[1]);
  if (!dt->tzinfo.same(args[0])) raise(E::ValueError, "fromutc: dt.tzinfo is not self");
  return make_datetime_us(dt->ordinal(), i128(dt->us_of_day()) + tz_of(args[0])->offset_us, type_of(args[1]),
                          dt->tzinfo);
}

Value tzinfo_new(TypeObj* type, const Value*, size_t, TupleObj*) {
  return Value::steal(new Object(new_type_of(type)));
}

Value tzinfo_abstract(const Value* args, size_t nargs, TupleObj* kw) {
  (void)args, (void)nargs, (void)kw;
  raise(E::NotImplementedError, "a tzinfo subclass must implement utcoffset()");
}
Value dt_fold(const Value&) { return Value::from_int(0); }

void make_types() {
  timedelta_type = new_builtin_type("timedelta", nullptr);
  timedelta_type->module = "datetime";
  timedelta_type->qualname = "timedelta";
  timedelta_type->tp_new = timedelta_new;
  timedelta_type->str = td_str;
  timedelta_type->repr = td_repr;
  timedelta_type->hash = td_hash;
  timedelta_type->richcompare = td_richcompare;
  timedelta_type->binop = td_binop;
  timedelta_type->unaryop = td_unary;
  add_method(timedelta_type, "total_seconds", td_m_total_seconds);
  add_method(timedelta_type, "__neg__", td_m_neg);
  add_method(timedelta_type, "__pos__", td_m_pos);
  add_method(timedelta_type, "__abs__", td_m_abs);
  add_method(timedelta_type, "__bool__", td_m_bool);
  add_method(timedelta_type, "__divmod__", td_m_divmod);
  add_getter(timedelta_type, "days", td_days);
  add_getter(timedelta_type, "seconds", td_seconds);
  add_getter(timedelta_type, "microseconds", td_microseconds);
  add_attr(timedelta_type, "min", make_timedelta_us(-i128(kMaxDeltaDays) * kUsPerDay));
  add_attr(timedelta_type, "max", make_timedelta_us(i128(kMaxDeltaDays + 1) * kUsPerDay - 1));
  add_attr(timedelta_type, "resolution", make_timedelta_us(1));

  date_type = new_builtin_type("date", nullptr);
  date_type->module = "datetime";
  date_type->qualname = "date";
  date_type->tp_new = date_new;
  date_type->str = date_str;
  date_type->repr = date_repr;
  date_type->hash = date_hash;
  date_type->richcompare = date_richcompare;
  date_type->binop = date_binop;
  add_method(date_type, "isoformat", date_m_isoformat);
  add_method(date_type, "strftime", date_m_strftime);
  add_method(date_type, "__format__", format_by_strftime<date_m_strftime>);
  add_method(date_type, "weekday", date_m_weekday);
  add_method(date_type, "isoweekday", date_m_isoweekday);
  add_method(date_type, "toordinal", date_m_toordinal);
  add_method(date_type, "ctime", date_m_ctime);
  add_method(date_type, "replace", date_m_replace);
  add_classmethod(date_type, "today", date_c_today);
  add_classmethod(date_type, "fromordinal", date_c_fromordinal);
  add_classmethod(date_type, "fromisoformat", date_c_fromisoformat);
  add_getter(date_type, "year", date_year);
  add_getter(date_type, "month", date_month);
  add_getter(date_type, "day", date_day);
  add_attr(date_type, "min", make_date(1));
  add_attr(date_type, "max", make_date(kMaxOrdinal));
  add_attr(date_type, "resolution", make_timedelta_us(kUsPerDay));

  datetime_type = new_builtin_type("datetime", date_type);
  datetime_type->module = "datetime";
  datetime_type->qualname = "datetime";
  datetime_type->tp_new = datetime_new;
  datetime_type->str = dt_str;
  datetime_type->repr = dt_repr;
  datetime_type->hash = dt_hash;
  datetime_type->richcompare = dt_richcompare;
  datetime_type->binop = dt_binop;
  add_method(datetime_type, "isoformat", dt_m_isoformat);
  add_method(datetime_type, "date", dt_m_date);
  add_method(datetime_type, "replace", dt_m_replace);
  add_method(datetime_type, "timestamp", dt_m_timestamp);
  add_classmethod(datetime_type, "now", dt_c_now);
  add_classmethod(datetime_type, "utcnow", dt_c_utcnow);
  add_classmethod(datetime_type, "fromtimestamp", dt_c_fromtimestamp);
  add_classmethod(datetime_type, "combine", dt_c_combine);
  add_getter(datetime_type, "hour", dt_hour);
  add_getter(datetime_type, "minute", dt_minute);
  add_getter(datetime_type, "second", dt_second);
  add_getter(datetime_type, "microsecond", dt_microsecond);
  add_getter(datetime_type, "tzinfo", dt_tzinfo);
  add_getter(datetime_type, "fold", dt_fold);
  add_method(datetime_type, "time", dt_m_time);
  add_method(datetime_type, "timetz", dt_m_timetz);
  add_method(datetime_type, "utcoffset", dt_m_utcoffset);
  add_method(datetime_type, "tzname", dt_m_tzname);
  add_method(datetime_type, "dst", dt_m_dst);
  add_method(datetime_type, "astimezone", dt_m_astimezone);
  add_attr(datetime_type, "min", make_datetime_fields(1, 1, 1, 0, 0, 0, 0));
  add_attr(datetime_type, "max", make_datetime_fields(9999, 12, 31, 23, 59, 59, 999999));
  add_attr(datetime_type, "resolution", make_timedelta_us(1));

  time_type = new_builtin_type("time", nullptr);
  time_type->module = "datetime";
  time_type->qualname = "time";
  time_type->tp_new = time_new;
  time_type->str = time_str;
  time_type->repr = time_repr;
  time_type->hash = time_hash;
  time_type->richcompare = time_richcompare;
  add_method(time_type, "isoformat", time_m_isoformat);
  add_method(time_type, "strftime", time_m_strftime);
  add_method(time_type, "__format__", format_by_strftime<time_m_strftime>);
  add_method(time_type, "utcoffset", dt_m_utcoffset);
  add_method(time_type, "tzname", dt_m_tzname);
  add_method(time_type, "dst", dt_m_dst);
  add_getter(time_type, "hour", dt_hour);
  add_getter(time_type, "minute", dt_minute);
  add_getter(time_type, "second", dt_second);
  add_getter(time_type, "microsecond", dt_microsecond);
  add_getter(time_type, "tzinfo", dt_tzinfo);
  add_getter(time_type, "fold", dt_fold);

  tzinfo_type = new_builtin_type("tzinfo", nullptr);
  tzinfo_type->module = "datetime";
  tzinfo_type->qualname = "tzinfo";
  tzinfo_type->tp_new = tzinfo_new;
  tzinfo_type->allows_subclassing = false;  // (a class statement's tzinfo could not reach a datetime)
  add_method(tzinfo_type, "utcoffset", tzinfo_abstract);

  timezone_type = new_builtin_type("timezone", tzinfo_type);
  timezone_type->module = "datetime";
  timezone_type->qualname = "timezone";
  timezone_type->allows_subclassing = false;
  timezone_type->tp_new = timezone_new;
  timezone_type->repr = timezone_repr;
  timezone_type->str = timezone_str;
  timezone_type->hash = timezone_hash;
  timezone_type->richcompare = timezone_richcompare;
  add_method(timezone_type, "utcoffset", tz_m_utcoffset);
  add_method(timezone_type, "tzname", tz_m_tzname);
  add_method(timezone_type, "dst", tz_m_dst);
  add_method(timezone_type, "fromutc", tz_m_fromutc);
  Value utc = make_timezone(0, Value::none());
  utc_singleton = static_cast<TimezoneObj*>(utc.obj());
  utc_singleton->refcnt = kImmortal;
  add_attr(timezone_type, "utc", utc);
  add_attr(timezone_type, "min", make_timezone(-(kUsPerDay - 60 * kUsPerSecond), Value::none()));
  add_attr(timezone_type, "max", make_timezone(kUsPerDay - 60 * kUsPerSecond, Value::none()));
}

}  // namespace

void init_datetime_module(ModuleObj* m) {
  if (!timedelta_type) make_types();
  module_add(m, "timedelta", Value::borrow(timedelta_type));
  module_add(m, "date", Value::borrow(date_type));
  module_add(m, "datetime", Value::borrow(datetime_type));
  module_add(m, "time", Value::borrow(time_type));
  module_add(m, "tzinfo", Value::borrow(tzinfo_type));
  module_add(m, "timezone", Value::borrow(timezone_type));
  module_add(m, "UTC", type_lookup(timezone_type, intern("utc")));
  module_add(m, "MINYEAR", Value::from_int(kMinYear));
  module_add(m, "MAXYEAR", Value::from_int(kMaxYear));
}

}  // namespace py
