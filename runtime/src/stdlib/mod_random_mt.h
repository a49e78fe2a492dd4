// MT19937, seeded and read exactly as CPython's _random module does, so that
// a seeded program draws the same numbers as under CPython.
#pragma once

#include <cstddef>
#include <cstdint>

namespace py {

class MersenneTwister {
 public:
  static constexpr int kN = 624;
  static constexpr int kM = 397;

  void init_genrand(uint32_t s) {
    mt_[0] = s;
    for (int i = 1; i < kN; ++i) mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + uint32_t(i);
    index_ = kN;
  }

  // The key is the seed's 32-bit words, least significant first.
  void init_by_array(const uint32_t* key, size_t key_length) {
    init_genrand(19650218u);
    size_t i = 1, j = 0;
    for (size_t k = key_length > size_t(kN) ? key_length : size_t(kN); k; --k) {
      mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
      ++i;
      ++j;
      if (i >= size_t(kN)) {
        mt_[0] = mt_[kN - 1];
        i = 1;
      }
      if (j >= key_length) j = 0;
    }
    for (size_t k = kN - 1; k; --k) {
      mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
      ++i;
      if (i >= size_t(kN)) {
        mt_[0] = mt_[kN - 1];
        i = 1;
      }
    }
    mt_[0] = 0x80000000u;  // guarantees a non-zero state
  }

  uint32_t next_u32() {
    if (index_ >= kN) regenerate();
    uint32_t y = mt_[index_++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
  }

  // random(): 53 random bits, as genrand_res53.
  double next_double() {
    uint32_t a = next_u32() >> 5, b = next_u32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  uint32_t* state() { return mt_; }
  int& index() { return index_; }

 private:
  void regenerate() {
    constexpr uint32_t kMatrixA = 0x9908b0dfu, kUpper = 0x80000000u, kLower = 0x7fffffffu;
    auto twist = [&](int i, int next, int far) {
      uint32_t y = (mt_[i] & kUpper) | (mt_[next] & kLower);
      mt_[i] = mt_[far] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
    };
    int i = 0;
    for (; i < kN - kM; ++i) twist(i, i + 1, i + kM);
    for (; i < kN - 1; ++i) twist(i, i + 1, i + (kM - kN));
    twist(kN - 1, 0, kM - 1);
    index_ = 0;
  }

  uint32_t mt_[kN] = {};
  int index_ = kN + 1;
};

}  // namespace py
