// SHA-512 (FIPS 180-4), needed where CPython hashes data itself: random.seed
// of a str/bytes seed is int.from_bytes(a + sha512(a).digest()).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace py {

using Sha512Digest = std::array<uint8_t, 64>;

Sha512Digest sha512(const uint8_t* data, size_t size);

inline Sha512Digest sha512(std::string_view data) {
  return sha512(reinterpret_cast<const uint8_t*>(data.data()), data.size());
}

}  // namespace py
