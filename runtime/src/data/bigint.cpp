// BigInt arithmetic (schoolbook multiplication, Knuth's algorithm D for
// division) and the int object that holds one.
#include "data/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace py {

namespace {
using Limbs = std::vector<uint32_t>;

void trim_limbs(Limbs& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

int cmp_limbs(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

Limbs add_limbs(const Limbs& a, const Limbs& b) {
  const Limbs& x = a.size() >= b.size() ? a : b;
  const Limbs& y = a.size() >= b.size() ? b : a;
  Limbs r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    uint64_t s = uint64_t(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r[i] = uint32_t(s);
    carry = s >> 32;
  }
  r[x.size()] = uint32_t(carry);
  trim_limbs(r);
  return r;
}

// a - b where |a| >= |b|
Limbs sub_limbs(const Limbs& a, const Limbs& b) {
  Limbs r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = int64_t(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0;
    r[i] = uint32_t(d);
  }
  trim_limbs(r);
  return r;
}

Limbs mul_limbs(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  Limbs r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    uint64_t ai = a[i];
    if (ai == 0) continue;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = uint32_t(t);
      carry = t >> 32;
    }
    size_t k = i + b.size();
    while (carry) {
      uint64_t t = uint64_t(r[k]) + carry;
      r[k++] = uint32_t(t);
      carry = t >> 32;
    }
  }
  trim_limbs(r);
  return r;
}

// Magnitude division: q = u / v, r = u % v (v nonzero).
void divmod_limbs(const Limbs& u, const Limbs& v, Limbs& q, Limbs& r) {
  if (cmp_limbs(u, v) < 0) {
    q.clear();
    r = u;
    return;
  }
  if (v.size() == 1) {
    uint64_t d = v[0], rem = 0;
    q.assign(u.size(), 0);
    for (size_t i = u.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | u[i];
      q[i] = uint32_t(cur / d);
      rem = cur % d;
    }
    trim_limbs(q);
    r.clear();
    if (rem) r.push_back(uint32_t(rem));
    return;
  }
  const size_t n = v.size(), m = u.size() - n;
  const int s = __builtin_clz(v.back());
  Limbs vn(n), un(u.size() + 1);
  for (size_t i = n; i-- > 0;)
    vn[i] = (v[i] << s) | (s && i > 0 ? uint32_t(uint64_t(v[i - 1]) >> (32 - s)) : 0);
  un[u.size()] = s ? uint32_t(uint64_t(u.back()) >> (32 - s)) : 0;
  for (size_t i = u.size(); i-- > 0;)
    un[i] = (u[i] << s) | (s && i > 0 ? uint32_t(uint64_t(u[i - 1]) >> (32 - s)) : 0);
  q.assign(m + 1, 0);
  const uint64_t base = uint64_t(1) << 32;
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (uint64_t(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
    while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= base) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t(un[i + j]) - borrow - int64_t(p & 0xffffffffu);
      un[i + j] = uint32_t(t);
      borrow = t < 0;
    }
    int64_t t = int64_t(un[j + n]) - borrow - int64_t(carry);
    un[j + n] = uint32_t(t);
    if (t < 0) {  // qhat was one too large: add the divisor back
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t sum = uint64_t(un[i + j]) + vn[i] + c;
        un[i + j] = uint32_t(sum);
        c = sum >> 32;
      }
      un[j + n] += uint32_t(c);
    }
    q[j] = uint32_t(qhat);
  }
  trim_limbs(q);
  r.assign(n, 0);
  for (size_t i = 0; i < n; ++i)
    r[i] = (un[i] >> s) | (s ? uint32_t(uint64_t(un[i + 1]) << (32 - s)) : 0);
  trim_limbs(r);
}

// Two's complement image of x in `len` limbs.
Limbs twos(const BigInt& x, size_t len) {
  Limbs r(len, 0);
  std::copy(x.mag.begin(), x.mag.end(), r.begin());
  if (x.neg) {
    uint64_t carry = 1;
    for (auto& limb : r) {
      uint64_t t = uint64_t(uint32_t(~limb)) + carry;
      limb = uint32_t(t);
      carry = t >> 32;
    }
  }
  return r;
}
}  // namespace

BigInt::BigInt(int64_t v) {
  neg = v < 0;
  uint64_t m = neg ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  while (m) {
    mag.push_back(uint32_t(m));
    m >>= 32;
  }
}

BigInt BigInt::from_u64(uint64_t v, bool negative) {
  BigInt b;
  while (v) {
    b.mag.push_back(uint32_t(v));
    v >>= 32;
  }
  b.neg = negative && !b.mag.empty();
  return b;
}

void BigInt::trim() {
  trim_limbs(mag);
  if (mag.empty()) neg = false;
}

bool BigInt::fits_i64(int64_t& out) const {
  if (mag.size() > 2) return false;
  uint64_t m = 0;
  if (mag.size() > 0) m = mag[0];
  if (mag.size() > 1) m |= uint64_t(mag[1]) << 32;
  if (!neg) {
    if (m > uint64_t(INT64_MAX)) return false;
    out = int64_t(m);
  } else {
    if (m > uint64_t(INT64_MAX) + 1) return false;
    out = int64_t(uint64_t(0) - m);
  }
  return true;
}

int64_t BigInt::bit_length() const {
  if (mag.empty()) return 0;
  return int64_t(mag.size() - 1) * 32 + (32 - __builtin_clz(mag.back()));
}

int BigInt::cmp_mag(const BigInt& a, const BigInt& b) { return cmp_limbs(a.mag, b.mag); }

int BigInt::cmp(const BigInt& a, const BigInt& b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = cmp_limbs(a.mag, b.mag);
  return a.neg ? -c : c;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg == b.neg) {
    r.mag = add_limbs(a.mag, b.mag);
    r.neg = a.neg;
  } else if (cmp_limbs(a.mag, b.mag) >= 0) {
    r.mag = sub_limbs(a.mag, b.mag);
    r.neg = a.neg;
  } else {
    r.mag = sub_limbs(b.mag, a.mag);
    r.neg = b.neg;
  }
  r.trim();
  return r;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag.empty()) r.neg = !r.neg;
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.mag = mul_limbs(a.mag, b.mag);
  r.neg = a.neg != b.neg;
  r.trim();
  return r;
}

void BigInt::divmod_mag(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  Limbs ql, rl;
  divmod_limbs(a.mag, b.mag, ql, rl);
  q.mag = std::move(ql);
  q.neg = false;
  r.mag = std::move(rl);
  r.neg = false;
}

void BigInt::divmod_floor(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  BigInt qm, rm;
  divmod_mag(a, b, qm, rm);
  // Truncated quotient sign, remainder takes the dividend's sign.
  qm.neg = (a.neg != b.neg) && !qm.mag.empty();
  rm.neg = a.neg && !rm.mag.empty();
  if (!rm.is_zero() && (rm.neg != b.neg)) {
    rm = rm + b;
    qm = qm - BigInt(1);
  }
  q = std::move(qm);
  r = std::move(rm);
}

BigInt BigInt::shl(int64_t n) const {
  if (mag.empty() || n == 0) return *this;
  size_t limbs = size_t(n / 32);
  int bits = int(n % 32);
  BigInt r;
  r.mag.assign(limbs, 0);
  uint32_t carry = 0;
  for (uint32_t limb : mag) {
    r.mag.push_back((limb << bits) | carry);
    carry = bits ? uint32_t(uint64_t(limb) >> (32 - bits)) : 0;
  }
  if (carry) r.mag.push_back(carry);
  r.neg = neg;
  r.trim();
  return r;
}

BigInt BigInt::shr(int64_t n) const {
  if (mag.empty() || n == 0) return *this;
  if (neg) {
    // floor(-m / 2**n) == -((m - 1) >> n) - 1
    BigInt m = -*this;
    return -((m - BigInt(1)).shr(n)) - BigInt(1);
  }
  size_t limbs = size_t(n / 32);
  if (limbs >= mag.size()) return BigInt();
  int bits = int(n % 32);
  BigInt r;
  for (size_t i = limbs; i < mag.size(); ++i) {
    uint32_t lo = mag[i] >> bits;
    uint32_t hi = (bits && i + 1 < mag.size()) ? uint32_t(uint64_t(mag[i + 1]) << (32 - bits)) : 0;
    r.mag.push_back(lo | hi);
  }
  r.trim();
  return r;
}

BigInt BigInt::bitop(const BigInt& a, const BigInt& b, char op) {
  size_t len = std::max(a.mag.size(), b.mag.size()) + 1;
  Limbs x = twos(a, len), y = twos(b, len);
  for (size_t i = 0; i < len; ++i) {
    if (op == '&') x[i] &= y[i];
    else if (op == '|') x[i] |= y[i];
    else x[i] ^= y[i];
  }
  BigInt r;
  if (x.back() & 0x80000000u) {
    uint64_t carry = 1;
    for (auto& limb : x) {
      uint64_t t = uint64_t(uint32_t(~limb)) + carry;
      limb = uint32_t(t);
      carry = t >> 32;
    }
    r.neg = true;
  }
  r.mag = std::move(x);
  r.trim();
  return r;
}

double BigInt::to_double(bool& overflow) const {
  overflow = false;
  int64_t nbits = bit_length();
  if (nbits <= 64) {
    uint64_t m = 0;
    for (size_t i = mag.size(); i-- > 0;) m = (m << 32) | mag[i];
    double d = double(m);
    return neg ? -d : d;
  }
  if (nbits > 1024) {
    overflow = true;
    return 0;
  }
  // Top 64 bits, with every lower bit folded into a sticky bit so that the
  // one hardware rounding below is the correct one.
  int64_t shift = nbits - 64;
  BigInt top = BigInt(*this);
  top.neg = false;
  top = top.shr(shift);
  uint64_t m = 0;
  for (size_t i = top.mag.size(); i-- > 0;) m = (m << 32) | top.mag[i];
  bool sticky = false;
  size_t full = size_t(shift / 32);
  for (size_t i = 0; i < full && !sticky; ++i) sticky = mag[i] != 0;
  if (!sticky && shift % 32) sticky = (mag[full] & ((uint32_t(1) << (shift % 32)) - 1)) != 0;
  if (sticky) m |= 1;
  double d = std::ldexp(double(m), int(shift));
  if (std::isinf(d)) {
    overflow = true;
    return 0;
  }
  return neg ? -d : d;
}

BigInt BigInt::from_double(double d) {
  BigInt r;
  double t = std::trunc(std::fabs(d));
  if (t < 1) return r;
  int exp;
  double m = std::frexp(t, &exp);  // t = m * 2**exp, 0.5 <= m < 1
  uint64_t mant = uint64_t(std::ldexp(m, 64 > exp ? exp : 64));
  if (exp <= 64) {
    r = from_u64(mant, false);
  } else {
    r = from_u64(uint64_t(std::ldexp(m, 64)), false).shl(exp - 64);
  }
  r.neg = d < 0 && !r.mag.empty();
  return r;
}

std::string BigInt::to_string(int base) const {
  if (mag.empty()) return "0";
  std::string out;
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (base == 2 || base == 8 || base == 16) {
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    int64_t n = bit_length();
    for (int64_t pos = 0; pos < n; pos += bits) {
      uint32_t v = 0;
      for (int k = 0; k < bits && pos + k < n; ++k) {
        int64_t bit = pos + k;
        if ((mag[size_t(bit / 32)] >> (bit % 32)) & 1) v |= 1u << k;
      }
      out.push_back(digits[v]);
    }
  } else {
    // Peel off chunks of base**k that fit a limb.
    uint32_t chunk = base;
    int per = 1;
    while (uint64_t(chunk) * base <= 0xffffffffu) {
      chunk *= base;
      ++per;
    }
    Limbs cur = mag;
    while (!cur.empty()) {
      uint64_t rem = 0;
      for (size_t i = cur.size(); i-- > 0;) {
        uint64_t v = (rem << 32) | cur[i];
        cur[i] = uint32_t(v / chunk);
        rem = v % chunk;
      }
      trim_limbs(cur);
      for (int k = 0; k < per; ++k) {
        out.push_back(digits[rem % base]);
        rem /= base;
        if (cur.empty() && rem == 0) break;
      }
    }
    while (out.size() > 1 && out.back() == '0') out.pop_back();
  }
  if (neg) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

bool BigInt::parse_digits(std::string_view digits, int base, BigInt& out) {
  out = BigInt();
  uint32_t chunk_mul = 1, chunk_val = 0;
  auto flush = [&]() {
    uint64_t carry = chunk_val;
    for (auto& limb : out.mag) {
      uint64_t t = uint64_t(limb) * chunk_mul + carry;
      limb = uint32_t(t);
      carry = t >> 32;
    }
    if (carry) out.mag.push_back(uint32_t(carry));
    chunk_mul = 1;
    chunk_val = 0;
  };
  for (char c : digits) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
    else return false;
    if (d >= base) return false;
    if (uint64_t(chunk_mul) * base > 0xffffffffu) flush();
    chunk_mul *= base;
    chunk_val = chunk_val * base + d;
  }
  flush();
  out.trim();
  return true;
}

int64_t BigInt::hash() const {
  // Sum of limb * 2**(32 i) modulo 2**61 - 1, by Horner from the top.
  unsigned __int128 x = 0;
  for (size_t i = mag.size(); i-- > 0;) {
    x = ((x << 32) | mag[i]) % kHashModulus;
  }
  int64_t h = int64_t(uint64_t(x));
  if (neg) h = -h;
  if (h == -1) h = -2;
  return h;
}

IntObj::IntObj(BigInt b) : Object(T::int_), v(std::move(b)) {}

Value int_from_big(BigInt b) {
  int64_t small;
  if (b.fits_i64(small)) return Value::from_int(small);
  return Value::steal(new IntObj(std::move(b)));
}

BigInt to_big(const Value& v) {
  if (v.is_int() || v.is_bool()) return BigInt(v.i());
  return v.as<IntObj>()->v;
}

int64_t hash_i64(int64_t v) {
  if (v == -1) return -2;
  if (v >= 0 && uint64_t(v) < kHashModulus) return v;
  uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  int64_t h = int64_t(m % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_double(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;  // CPython hashes NaN by identity; no output depends on it
  // d = mant * 2**exp with an integer mantissa; 2**61 == 1 (mod 2**61 - 1),
  // so the power of two is a rotation by exp mod 61.
  int exp;
  double m = std::frexp(std::fabs(d), &exp);
  uint64_t mant = uint64_t(std::ldexp(m, 53));
  exp -= 53;
  int rot = int(((exp % 61) + 61) % 61);
  unsigned __int128 x = (unsigned __int128)(mant % kHashModulus) << rot;
  uint64_t h = uint64_t(x % kHashModulus);
  int64_t r = int64_t(h);
  if (d < 0) r = -r;
  return r == -1 ? -2 : r;
}

}  // namespace py
