#include "pyunicode/unicode.h"

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

#include "unicode_tables.h"

namespace pyunicode {

namespace {

using tables::CodeRange;

bool in_ranges(std::span<const CodeRange> table, char32_t c) {
  auto it = std::upper_bound(table.begin(), table.end(), c,
                             [](char32_t cp, const CodeRange& r) { return cp < r.first; });
  return it != table.begin() && c <= (it - 1)->last;
}

// Hangul syllables are decomposed and composed by arithmetic (Unicode
// chapter 3.12), not by table.
constexpr char32_t kSyllableBase = 0xAC00, kLeadingBase = 0x1100, kVowelBase = 0x1161, kTrailingBase = 0x11A7;
constexpr char32_t kLeadingCount = 19, kVowelCount = 21, kTrailingCount = 28;
constexpr char32_t kSyllablesPerLeading = kVowelCount * kTrailingCount;
constexpr char32_t kSyllableCount = kLeadingCount * kSyllablesPerLeading;

int combining_class(char32_t c) {
  const auto& table = tables::combining_class;
  auto it = std::upper_bound(table.begin(), table.end(), c,
                             [](char32_t cp, const tables::ClassRange& r) { return cp < r.first; });
  return it != table.begin() && c <= (it - 1)->last ? (it - 1)->combining_class : 0;
}

// Appends the full compatibility decomposition of c: each mapping is one
// level deep in the table, so the characters it maps to are decomposed too.
void decompose(char32_t c, std::u32string& out) {
  if (c >= kSyllableBase && c < kSyllableBase + kSyllableCount) {
    char32_t index = c - kSyllableBase;
    out += kLeadingBase + index / kSyllablesPerLeading;
    out += kVowelBase + index % kSyllablesPerLeading / kTrailingCount;
    if (char32_t trailing = index % kTrailingCount) out += kTrailingBase + trailing;
    return;
  }
  const auto& table = tables::decomposition;
  auto it = std::lower_bound(table.begin(), table.end(), c,
                             [](const tables::Decomposition& d, char32_t cp) { return d.code_point < cp; });
  if (it == table.end() || it->code_point != c) {
    out += c;
    return;
  }
  for (char32_t part : tables::decomposition_data.subspan(it->offset, it->length)) decompose(part, out);
}

// Canonical ordering: within each run of non-starters, a stable sort by
// combining class (a sort, not swaps of neighbours: a long run of marks must
// not make the lexer quadratic).
void order_marks(std::u32string& text, std::vector<int>& classes) {
  std::vector<std::pair<int, char32_t>> run;
  for (size_t i = 0; i < text.size();) {
    if (classes[i] == 0) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && classes[end] != 0) ++end;
    run.clear();
    for (size_t k = i; k < end; ++k) run.emplace_back(classes[k], text[k]);
    std::stable_sort(run.begin(), run.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t k = i; k < end; ++k) std::tie(classes[k], text[k]) = run[k - i];
    i = end;
  }
}

// The primary composite of the pair, or 0.
char32_t compose_pair(char32_t first, char32_t second) {
  if (first >= kLeadingBase && first < kLeadingBase + kLeadingCount && second >= kVowelBase &&
      second < kVowelBase + kVowelCount)
    return kSyllableBase + ((first - kLeadingBase) * kVowelCount + (second - kVowelBase)) * kTrailingCount;
  if (first >= kSyllableBase && first < kSyllableBase + kSyllableCount && (first - kSyllableBase) % kTrailingCount == 0 &&
      second > kTrailingBase && second < kTrailingBase + kTrailingCount)
    return first + (second - kTrailingBase);
  const auto& table = tables::composition;
  auto it = std::lower_bound(table.begin(), table.end(), std::pair{first, second},
                             [](const tables::CompositionPair& p, const std::pair<char32_t, char32_t>& key) {
                               return std::pair{p.first, p.second} < key;
                             });
  return it != table.end() && it->first == first && it->second == second ? it->composite : 0;
}

// Canonical composition: each character joins the last starter before it
// unless a character between them blocks it (a starter, or a mark of the
// same or a higher class).
std::u32string compose(const std::u32string& text, const std::vector<int>& classes) {
  std::u32string out;
  out.reserve(text.size());
  constexpr int kAdjacent = -1;  // nothing between the starter and the next character
  size_t starter = std::u32string::npos;
  int last_class = kAdjacent;
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    int ccc = classes[i];
    bool blocked = last_class != kAdjacent && (last_class == 0 || last_class >= ccc);
    if (starter != std::u32string::npos && !blocked) {
      if (char32_t composite = compose_pair(out[starter], c)) {
        out[starter] = composite;
        continue;
      }
    }
    if (ccc == 0) {
      starter = out.size();
      last_class = kAdjacent;
    } else {
      last_class = ccc;
    }
    out += c;
  }
  return out;
}

std::u32string decode_utf8(std::string_view utf8) {
  std::u32string out;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char lead = static_cast<unsigned char>(utf8[i]);
    int extra = lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    char32_t c = extra == 0 ? lead : extra == 1 ? (lead & 0x1F) : extra == 2 ? (lead & 0x0F) : (lead & 0x07);
    for (int k = 1; k <= extra && i + k < utf8.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out += c;
    i += static_cast<size_t>(extra) + 1;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

bool is_identifier_start(char32_t c) {
  if (c < 0x80) return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return in_ranges(tables::identifier_start, c);
}

bool is_identifier_continue(char32_t c) {
  if (c < 0x80) return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return in_ranges(tables::identifier_continue, c);
}

bool is_printable(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  return in_ranges(tables::printable, c);
}

std::optional<MisplacedCharacter> find_non_identifier_character(std::string_view utf8) {
  std::u32string text = decode_utf8(utf8);
  for (size_t i = 0; i < text.size(); ++i)
    if (!(i == 0 ? is_identifier_start(text[i]) : is_identifier_continue(text[i])))
      return MisplacedCharacter{i, text[i]};
  return std::nullopt;
}

std::string encode_utf8(char32_t c) {
  std::string out;
  append_utf8(out, c);
  return out;
}

std::string nfkc(std::string_view utf8) {
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(utf8);  // ASCII is its own NFKC
  std::u32string decomposed;
  for (char32_t c : decode_utf8(utf8)) decompose(c, decomposed);
  std::vector<int> classes(decomposed.size());
  std::transform(decomposed.begin(), decomposed.end(), classes.begin(), combining_class);
  order_marks(decomposed, classes);
  std::string out;
  for (char32_t c : compose(decomposed, classes)) append_utf8(out, c);
  return out;
}

}  // namespace pyunicode
