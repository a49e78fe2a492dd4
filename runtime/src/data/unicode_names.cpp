// The Unicode names of the 'namereplace' error handler (\N{...}), as
// CPython 3.11's (Unicode 14): the tables written by
// unicode/gen_unicode_names.py (unicode_names_data.inc), decoded here.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

#include "data/codecs.h"

namespace py {

namespace {

struct NameRun {
  uint32_t first;
  uint16_t count;
  uint32_t ordinal;  // the number of its first code point's name in kNameStream
};
struct HexNameRange {
  uint32_t first, last;
  uint8_t prefix;  // into kHexNamePrefixes
};

#include "data/unicode_names_data.inc"

constexpr uint32_t kStride = 32;  // (gen_unicode_names.py's STRIDE)
constexpr unsigned char kOneByteWords = 0xC0, kSpace = 0xFD, kHyphen = 0xFE, kEnd = 0xFF;

const char* const* word_starts() {
  static const char* const* starts = [] {
    auto* table = new const char*[kNameWordCount];
    const char* p = kNameWords;
    for (uint32_t i = 0; i < kNameWordCount; ++i) {
      table[i] = p;
      while (*p) ++p;
      ++p;
    }
    return table;
  }();
  return starts;
}

bool hangul_name(uint32_t cp, std::string& out) {
  static const char* const L[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                  "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
  static const char* const V[] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                                  "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
  static const char* const T[] = {"",  "G",  "GG", "GS", "N",  "NJ", "NH", "D",  "L", "LG",
                                  "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B",  "BS", "S",
                                  "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};
  if (cp < 0xAC00 || cp >= 0xAC00 + 11172) return false;
  uint32_t s = cp - 0xAC00;
  out = std::string("HANGUL SYLLABLE ") + L[s / 588] + V[(s % 588) / 28] + T[s % 28];
  return true;
}

}  // namespace

bool unicode_char_name(uint32_t cp, std::string& out) {
  if (hangul_name(cp, out)) return true;
  for (const HexNameRange& r : kHexNameRanges)
    if (cp >= r.first && cp <= r.last) {
      char hex[16];
      snprintf(hex, sizeof hex, "%X", unsigned(cp));
      out = std::string(kHexNamePrefixes[r.prefix]) + hex;
      return true;
    }
  const NameRun* run = std::upper_bound(std::begin(kNameRuns), std::end(kNameRuns), cp,
                                        [](uint32_t c, const NameRun& r) { return c < r.first; });
  if (run == std::begin(kNameRuns)) return false;
  --run;
  if (cp >= run->first + run->count) return false;
  uint32_t k = run->ordinal + (cp - run->first);
  auto stream = reinterpret_cast<const unsigned char*>(kNameStream);
  const unsigned char* p = stream + kNameOffsets[k / kStride];
  for (uint32_t skip = k % kStride; skip > 0; --skip) {  // (a two-byte word's low byte may be 0xFF)
    while (*p != kEnd) p += *p >= kOneByteWords && *p < kSpace ? 2 : 1;
    ++p;
  }
  const char* const* words = word_starts();
  out.clear();
  bool last_word = false;
  while (*p != kEnd) {
    unsigned char b = *p++;
    if (b == kSpace || b == kHyphen) {
      out += b == kSpace ? ' ' : '-';
      last_word = false;
      continue;
    }
    uint32_t i = b;
    if (b >= kOneByteWords) i = (uint32_t(b - kOneByteWords) << 8) | *p++;
    if (last_word) out += ' ';
    out += words[i];
    last_word = true;
  }
  return true;
}

}  // namespace py
