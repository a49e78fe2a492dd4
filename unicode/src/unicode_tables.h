// The generated tables (unicode_tables.cpp), for the implementation only.
#pragma once

#include <cstdint>
#include <span>

namespace pyunicode::tables {

struct CodeRange {
  char32_t first, last;
};
struct ClassRange {
  char32_t first, last;
  uint8_t combining_class;
};
struct Decomposition {
  char32_t code_point;
  uint16_t offset, length;
};
struct CompositionPair {
  char32_t first, second, composite;
};

extern const std::span<const CodeRange> identifier_start;
extern const std::span<const CodeRange> identifier_continue;
extern const std::span<const CodeRange> printable;
extern const std::span<const ClassRange> combining_class;
extern const std::span<const Decomposition> decomposition;
extern const std::span<const char32_t> decomposition_data;
extern const std::span<const CompositionPair> composition;

}  // namespace pyunicode::tables
