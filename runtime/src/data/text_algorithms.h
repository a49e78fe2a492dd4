// The algorithms str and bytes methods share (owner: data). They work on the
// raw buffer; what differs between the two types is what one character is,
// which a unit policy says: a UTF-8 code point for str, one byte for bytes.
// Results are spans of the buffer (or new buffers), so each type makes its own
// objects from them.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data/data_util.h"

namespace py::text {

struct Utf8Units {
  static uint32_t at(std::string_view s, size_t i, int& width) { return utf8_decode(s.data() + i, width); }
  // Start of the code point that ends at byte `end` (exclusive).
  static size_t before(std::string_view s, size_t end) {
    size_t i = end - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) --i;
    return i;
  }
};

struct ByteUnits {
  static uint32_t at(std::string_view s, size_t i, int& width) {
    width = 1;
    return (unsigned char)s[i];
  }
  static size_t before(std::string_view, size_t end) { return end - 1; }
};

// bytes.isspace() and the whitespace bytes split/strip use: ASCII's six.
inline bool ascii_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

struct Piece {
  size_t a, b;
};

// CPython's ADJUST_INDICES for optional start/end arguments (None allowed),
// in characters of a text `len` characters long.
void adjust_bounds(int64_t len, const Value* start, const Value* end, int64_t& a, int64_t& b);

// split()/rsplit()'s arguments (sep, maxsplit; positional or keyword): sep is
// null for None or absent, once `require_sep` accepted it; maxsplit < 0 means
// no limit.
void parse_split_args(const Value* args, size_t nargs, TupleObj* kw, const char* name,
                      void (*require_sep)(const Value&), const Value*& sep, int64_t& maxsplit);

// Non-overlapping occurrences of a non-empty `sub`.
int64_t count_occurrences(std::string_view hay, std::string_view sub);

// split/rsplit on a non-empty separator, at most `maxsplit` times; pieces in
// text order.
void split_on(std::string_view s, std::string_view sep, int64_t maxsplit, std::vector<Piece>& parts);
void rsplit_on(std::string_view s, std::string_view sep, int64_t maxsplit, std::vector<Piece>& parts);

// split()/rsplit() with no separator: runs of whitespace separate, and the
// last piece keeps the whitespace on its far side once maxsplit is reached.
template <class Units, class IsSpace>
void split_whitespace(std::string_view s, int64_t maxsplit, IsSpace is_space, std::vector<Piece>& parts) {
  size_t i = 0, n = s.size();
  int w;
  while (true) {
    while (i < n && is_space(Units::at(s, i, w))) i += size_t(w);
    if (i >= n) break;
    if (int64_t(parts.size()) >= maxsplit) {
      parts.push_back({i, n});
      break;
    }
    size_t j = i;
    while (j < n && !is_space(Units::at(s, j, w))) j += size_t(w);
    parts.push_back({i, j});
    i = j;
  }
}

template <class Units, class IsSpace>
void rsplit_whitespace(std::string_view s, int64_t maxsplit, IsSpace is_space, std::vector<Piece>& parts) {
  size_t first = parts.size();
  size_t end = s.size();
  int w;
  while (true) {
    while (end > 0) {
      size_t p = Units::before(s, end);
      if (!is_space(Units::at(s, p, w))) break;
      end = p;
    }
    if (end == 0) break;
    if (int64_t(parts.size() - first) >= maxsplit) {
      parts.push_back({0, end});
      break;
    }
    size_t b = end;
    while (b > 0) {
      size_t p = Units::before(s, b);
      if (is_space(Units::at(s, p, w))) break;
      b = p;
    }
    parts.push_back({b, end});
    end = b;
  }
  std::reverse(parts.begin() + std::ptrdiff_t(first), parts.end());
}

// splitlines: `is_break` says which characters end a line; "\r\n" is one break.
template <class Units, class IsBreak>
void split_lines(std::string_view s, bool keepends, IsBreak is_break, std::vector<Piece>& parts) {
  size_t i = 0, start = 0, n = s.size();
  while (i < n) {
    int w;
    uint32_t c = Units::at(s, i, w);
    if (!is_break(c)) {
      i += size_t(w);
      continue;
    }
    size_t eol = i + size_t(w);
    if (c == '\r' && eol < n && s[eol] == '\n') ++eol;
    parts.push_back({start, keepends ? eol : i});
    start = i = eol;
  }
  if (start < n) parts.push_back({start, n});
}

// What strip/lstrip/rstrip keep.
template <class Units, class ShouldStrip>
Piece strip_span(std::string_view s, bool left, bool right, ShouldStrip should_strip) {
  size_t a = 0, b = s.size();
  int w;
  if (left)
    while (a < b && should_strip(Units::at(s, a, w))) a += size_t(w);
  if (right) {
    while (b > a) {
      size_t p = Units::before(s, b);
      if (!should_strip(Units::at(s, p, w))) break;
      b = p;
    }
  }
  return {a, b};
}

// replace(): at most `count` replacements (an empty `old` matches before every
// character and at the end); `done` tells how many were made.
template <class Units>
std::string replace_text(std::string_view s, std::string_view old, std::string_view rep, int64_t count, int64_t& done) {
  std::string out;
  done = 0;
  if (old.empty()) {
    size_t i = 0;
    while (true) {
      if (done < count) {
        out += rep;
        ++done;
      }
      if (i == s.size()) break;
      int w;
      Units::at(s, i, w);
      out.append(s, i, size_t(w));
      i += size_t(w);
    }
    return out;
  }
  size_t start = 0;
  while (done < count) {
    size_t pos = s.find(old, start);
    if (pos == std::string_view::npos) break;
    out.append(s, start, pos - start);
    out += rep;
    start = pos + old.size();
    ++done;
  }
  out.append(s, start, std::string_view::npos);
  return out;
}

// expandtabs: columns count characters and restart after '\n' and '\r'.
template <class Units>
std::string expand_tabs(std::string_view s, int64_t tabsize) {
  std::string out;
  int64_t col = 0;
  for (size_t i = 0; i < s.size();) {
    int w;
    uint32_t c = Units::at(s, i, w);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - col % tabsize;
        out.append(size_t(spaces), ' ');
        col += spaces;
      }
    } else {
      out.append(s, i, size_t(w));
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
    i += size_t(w);
  }
  return out;
}

// center(): how much of the margin goes on the left (CPython's odd-width rule).
inline int64_t centre_left_margin(int64_t margin, int64_t width) { return margin / 2 + (margin & width & 1); }

// zfill(): `fill` zeros after a leading sign.
std::string zero_fill(std::string_view s, int64_t fill);

// partition/rpartition on a non-empty separator: npos when it is absent.
inline size_t partition_at(std::string_view s, std::string_view sep, bool reverse) {
  return reverse ? s.rfind(sep) : s.find(sep);
}

}  // namespace py::text
