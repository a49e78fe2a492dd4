// Arbitrary-precision integers: sign and magnitude, 32-bit limbs.
//
// Only ints that do not fit in int64 live here (as IntObj); every result
// that fits is normalised back to an inline Value::from_int by int_from_big.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/object.h"

namespace py {

class BigInt {
 public:
  std::vector<uint32_t> mag;  // little-endian limbs, no leading zero limbs; empty means 0
  bool neg = false;

  BigInt() = default;
  explicit BigInt(int64_t v);
  static BigInt from_u64(uint64_t v, bool negative);

  bool is_zero() const { return mag.empty(); }
  bool fits_i64(int64_t& out) const;
  int64_t bit_length() const;  // of the magnitude
  bool is_odd() const { return !mag.empty() && (mag[0] & 1); }
  void trim();

  static int cmp_mag(const BigInt& a, const BigInt& b);
  static int cmp(const BigInt& a, const BigInt& b);

  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt operator-() const;
  // Python's floor division; b must be nonzero.
  static void divmod_floor(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  // Truncating division of magnitudes (signs ignored).
  static void divmod_mag(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  BigInt shl(int64_t n) const;
  BigInt shr(int64_t n) const;  // floor (arithmetic) shift
  // op: '&', '|', '^' with two's complement semantics for negatives.
  static BigInt bitop(const BigInt& a, const BigInt& b, char op);

  // Correctly rounded (round-half-even); sets overflow when out of range.
  double to_double(bool& overflow) const;
  // Truncates toward zero; d must be finite.
  static BigInt from_double(double d);
  std::string to_string(int base) const;  // '-' then digits, no prefix
  // digits only (no sign, prefix or underscores); false if a digit is invalid.
  static bool parse_digits(std::string_view digits, int base, BigInt& out);
  int64_t hash() const;  // CPython's numeric hash (mod 2**61 - 1)
};

struct IntObj : Object {
  BigInt v;
  explicit IntObj(BigInt b);
};

inline bool is_bigint(const Value& v) { return v.is_obj() && v.obj()->type == T::int_; }
// Normalises: results that fit in int64 become inline ints.
Value int_from_big(BigInt b);
// int, bool or big int as a BigInt (caller checked is_int_value).
BigInt to_big(const Value& v);

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
int64_t hash_double(double d);
int64_t hash_i64(int64_t v);

}  // namespace py
