// The methods of bytes (CPython 3.11 semantics and messages). The algorithms
// are str's (text_algorithms.h) over single bytes; character classes and case
// are ASCII's, as CPython's bytes methods have them.
#include <algorithm>

#include "data/codecs.h"
#include "data/data_util.h"
#include "data/str_impl.h"
#include "data/text_algorithms.h"

namespace py {

namespace {

using text::ByteUnits;
using text::Piece;

inline const std::string& bytes_of(const Value& v) { return v.as<StrObj>()->s; }
inline bool exact_bytes(const Value& v) { return v.obj()->type == T::bytes; }

const Value* opt(const Value* args, size_t nargs, size_t i) { return i < nargs ? &args[i] : nullptr; }

std::string_view bytes_like(const Value& v) {
  if (!is_bytes(v)) raisef(E::TypeError, "a bytes-like object is required, not '{}'", type_name(v));
  return bytes_of(v);
}

void require_bytes_separator(const Value& sep) { bytes_like(sep); }

// find/count/index take a byte as an int or a bytes object.
std::string byte_or_bytes(const Value& v) {
  if (is_bytes(v)) return bytes_of(v);
  if (!is_int_value(v))
    raisef(E::TypeError, "argument should be integer or bytes-like object, not '{}'", type_name(v));
  int64_t x;
  if (!to_int64(v, x) || x < 0 || x > 255) raise(E::ValueError, "byte must be in range(0, 256)");
  return std::string(1, char(x));
}

Value bytes_list(std::string_view s, const std::vector<Piece>& parts) {
  std::vector<Value> items;
  items.reserve(parts.size());
  for (const Piece& p : parts) items.push_back(new_bytes(std::string(s.substr(p.a, p.b - p.a))));
  return list_from_vector(std::move(items));
}

bool is_ascii_upper(uint32_t c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(uint32_t c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_alpha(uint32_t c) { return is_ascii_upper(c) || is_ascii_lower(c); }
bool is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
char to_upper(char c) { return is_ascii_lower((unsigned char)c) ? char(c - 32) : c; }
char to_lower(char c) { return is_ascii_upper((unsigned char)c) ? char(c + 32) : c; }

// ---- find family ----

// The start/end arguments as a span of the bytes; `none` when nothing can
// match there, not even b"".
struct Span {
  size_t a, b;
  bool none;
};
Span span_of(const std::string& s, const Value* start, const Value* end) {
  int64_t a, b, len = int64_t(s.size());
  text::adjust_bounds(len, start, end, a, b);
  if (a > len || b < a) return {0, 0, true};
  return {size_t(a), size_t(b), false};
}

int64_t find_impl(const Value* args, size_t nargs, TupleObj* kw, const char* name, bool reverse) {
  check_args(name, nargs - 1, kw, 1, 3);
  const std::string& s = bytes_of(args[0]);
  std::string sub = byte_or_bytes(args[1]);
  Span r = span_of(s, opt(args, nargs, 2), opt(args, nargs, 3));
  if (r.none) return -1;
  std::string_view hay = std::string_view(s).substr(r.a, r.b - r.a);
  size_t pos = reverse ? hay.rfind(sub) : hay.find(sub);
  return pos == std::string_view::npos ? -1 : int64_t(r.a + pos);
}
Value m_find(const Value* a, size_t n, TupleObj* k) { return Value::from_int(find_impl(a, n, k, "find", false)); }
Value m_rfind(const Value* a, size_t n, TupleObj* k) { return Value::from_int(find_impl(a, n, k, "rfind", true)); }
Value index_impl(const Value* a, size_t n, TupleObj* k, const char* name, bool reverse) {
  int64_t i = find_impl(a, n, k, name, reverse);
  if (i < 0) raise(E::ValueError, "subsection not found");
  return Value::from_int(i);
}
Value m_index(const Value* a, size_t n, TupleObj* k) { return index_impl(a, n, k, "index", false); }
Value m_rindex(const Value* a, size_t n, TupleObj* k) { return index_impl(a, n, k, "rindex", true); }

Value m_count(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("count", nargs - 1, kw, 1, 3);
  const std::string& s = bytes_of(args[0]);
  std::string sub = byte_or_bytes(args[1]);
  Span r = span_of(s, opt(args, nargs, 2), opt(args, nargs, 3));
  if (r.none) return Value::from_int(0);
  if (sub.empty()) return Value::from_int(int64_t(r.b - r.a) + 1);
  return Value::from_int(text::count_occurrences(std::string_view(s).substr(r.a, r.b - r.a), sub));
}

Value starts_or_ends(const Value* args, size_t nargs, TupleObj* kw, bool ends) {
  const char* name = ends ? "endswith" : "startswith";
  check_args(name, nargs - 1, kw, 1, 3);
  const std::string& s = bytes_of(args[0]);
  Span r = span_of(s, opt(args, nargs, 2), opt(args, nargs, 3));
  auto test = [&](std::string_view affix) {
    if (r.none) return false;
    std::string_view hay = std::string_view(s).substr(r.a, r.b - r.a);
    if (affix.size() > hay.size()) return false;
    return ends ? hay.substr(hay.size() - affix.size()) == affix : hay.substr(0, affix.size()) == affix;
  };
  if (is_tuple(args[1])) {
    for (const Value& p : args[1].as<TupleObj>()->items)
      if (test(bytes_like(p))) return Value::from_bool(true);
    return Value::from_bool(false);
  }
  if (!is_bytes(args[1]))
    raisef(E::TypeError, "{} first arg must be bytes or a tuple of bytes, not {}", name, type_name(args[1]));
  return Value::from_bool(test(bytes_of(args[1])));
}
Value m_startswith(const Value* a, size_t n, TupleObj* k) { return starts_or_ends(a, n, k, false); }
Value m_endswith(const Value* a, size_t n, TupleObj* k) { return starts_or_ends(a, n, k, true); }

// ---- split family ----

Value split_impl(const Value* args, size_t nargs, TupleObj* kw, bool reverse) {
  const Value* sep;
  int64_t maxsplit;
  text::parse_split_args(args, nargs, kw, reverse ? "rsplit" : "split", require_bytes_separator, sep, maxsplit);
  std::string_view s = bytes_of(args[0]);
  std::vector<Piece> parts;
  if (!sep) {
    if (reverse) text::rsplit_whitespace<ByteUnits>(s, maxsplit, text::ascii_space, parts);
    else text::split_whitespace<ByteUnits>(s, maxsplit, text::ascii_space, parts);
    return bytes_list(s, parts);
  }
  std::string_view sp = bytes_of(*sep);
  if (sp.empty()) raise(E::ValueError, "empty separator");
  if (reverse) text::rsplit_on(s, sp, maxsplit, parts);
  else text::split_on(s, sp, maxsplit, parts);
  return bytes_list(s, parts);
}
Value m_split(const Value* a, size_t n, TupleObj* k) { return split_impl(a, n, k, false); }
Value m_rsplit(const Value* a, size_t n, TupleObj* k) { return split_impl(a, n, k, true); }

Value m_splitlines(const Value* args, size_t nargs, TupleObj* kw) {
  size_t nkw = kw ? kw->items.size() : 0;
  if (nargs - 1 + nkw > 1) raisef(E::TypeError, "splitlines() takes at most 1 argument ({} given)", nargs - 1 + nkw);
  const Value* keep = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "keepends");
  std::string_view s = bytes_of(args[0]);
  std::vector<Piece> parts;
  text::split_lines<ByteUnits>(s, keep && truthy(*keep), [](uint32_t c) { return c == '\n' || c == '\r'; }, parts);
  return bytes_list(s, parts);
}

Value partition_impl(const Value* args, size_t nargs, TupleObj* kw, bool reverse) {
  check_args(reverse ? "rpartition" : "partition", nargs - 1, kw, 1, 1);
  std::string_view s = bytes_of(args[0]), sep = bytes_like(args[1]);
  if (sep.empty()) raise(E::ValueError, "empty separator");
  size_t pos = text::partition_at(s, sep, reverse);
  if (pos == std::string_view::npos) {
    Value whole = exact_bytes(args[0]) ? args[0] : new_bytes(std::string(s));
    if (reverse) return make_tuple({new_bytes(""), new_bytes(""), whole});
    return make_tuple({whole, new_bytes(""), new_bytes("")});
  }
  return make_tuple({new_bytes(std::string(s.substr(0, pos))), new_bytes(std::string(sep)),
                     new_bytes(std::string(s.substr(pos + sep.size())))});
}
Value m_partition(const Value* a, size_t n, TupleObj* k) { return partition_impl(a, n, k, false); }
Value m_rpartition(const Value* a, size_t n, TupleObj* k) { return partition_impl(a, n, k, true); }

Value m_join(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("join", nargs - 1, kw, 1, 1);
  if (!type_of(args[1])->iter && type_of(args[1])->is_builtin) raise(E::TypeError, "can only join an iterable");
  std::vector<Value> items;
  collect(args[1], items);
  const std::string& sep = bytes_of(args[0]);
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_bytes(items[i]))
      raisef(E::TypeError, "sequence item {}: expected a bytes-like object, {} found", i, type_name(items[i]));
    if (i) out += sep;
    out += bytes_of(items[i]);
  }
  return new_bytes(std::move(out));
}

// ---- strip, replace, affixes ----

Value strip_impl(const Value* args, size_t nargs, TupleObj* kw, const char* name, bool left, bool right) {
  check_args(name, nargs - 1, kw, 0, 1);
  std::string_view s = bytes_of(args[0]);
  Piece kept;
  if (nargs < 2 || args[1].is_none()) {
    kept = text::strip_span<ByteUnits>(s, left, right, text::ascii_space);
  } else {
    std::string_view chars = bytes_like(args[1]);
    kept = text::strip_span<ByteUnits>(s, left, right,
                                       [&](uint32_t c) { return chars.find(char(c)) != std::string_view::npos; });
  }
  if (kept.a == 0 && kept.b == s.size() && exact_bytes(args[0])) return args[0];
  return new_bytes(std::string(s.substr(kept.a, kept.b - kept.a)));
}
Value m_strip(const Value* a, size_t n, TupleObj* k) { return strip_impl(a, n, k, "strip", true, true); }
Value m_lstrip(const Value* a, size_t n, TupleObj* k) { return strip_impl(a, n, k, "lstrip", true, false); }
Value m_rstrip(const Value* a, size_t n, TupleObj* k) { return strip_impl(a, n, k, "rstrip", false, true); }

Value m_replace(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("replace", nargs - 1, kw, 2, 3);
  std::string_view old = bytes_like(args[1]), rep = bytes_like(args[2]);
  int64_t count = nargs > 3 ? index_value(args[3]) : -1;
  if (count < 0) count = INT64_MAX;
  int64_t done;
  std::string out = text::replace_text<ByteUnits>(bytes_of(args[0]), old, rep, count, done);
  if (done == 0 && exact_bytes(args[0])) return args[0];
  return new_bytes(std::move(out));
}

Value m_removeprefix(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("removeprefix", nargs - 1, kw, 1, 1);
  std::string_view s = bytes_of(args[0]), p = bytes_like(args[1]);
  if (!p.empty() && s.substr(0, p.size()) == p) return new_bytes(std::string(s.substr(p.size())));
  return exact_bytes(args[0]) ? args[0] : new_bytes(std::string(s));
}
Value m_removesuffix(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("removesuffix", nargs - 1, kw, 1, 1);
  std::string_view s = bytes_of(args[0]), p = bytes_like(args[1]);
  if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
    return new_bytes(std::string(s.substr(0, s.size() - p.size())));
  return exact_bytes(args[0]) ? args[0] : new_bytes(std::string(s));
}

// ---- case and classes (ASCII) ----

template <class F>
Value map_bytes(const Value* args, size_t nargs, TupleObj* kw, const char* qualname, F f) {
  if (nargs > 1 || (kw && !kw->items.empty()))
    raisef(E::TypeError, "{}() takes no arguments ({} given)", qualname, nargs - 1 + (kw ? kw->items.size() : 0));
  std::string out = bytes_of(args[0]);
  f(out);
  return new_bytes(std::move(out));
}
Value m_upper(const Value* a, size_t n, TupleObj* k) {
  return map_bytes(a, n, k, "bytes.upper", [](std::string& s) { std::transform(s.begin(), s.end(), s.begin(), to_upper); });
}
Value m_lower(const Value* a, size_t n, TupleObj* k) {
  return map_bytes(a, n, k, "bytes.lower", [](std::string& s) { std::transform(s.begin(), s.end(), s.begin(), to_lower); });
}
Value m_swapcase(const Value* a, size_t n, TupleObj* k) {
  return map_bytes(a, n, k, "bytes.swapcase", [](std::string& s) {
    for (char& c : s) c = is_ascii_upper((unsigned char)c) ? to_lower(c) : to_upper(c);
  });
}
Value m_title(const Value* a, size_t n, TupleObj* k) {
  return map_bytes(a, n, k, "bytes.title", [](std::string& s) {
    bool prev_cased = false;
    for (char& c : s) {
      c = prev_cased ? to_lower(c) : to_upper(c);
      prev_cased = is_ascii_alpha((unsigned char)c);
    }
  });
}
Value m_capitalize(const Value* a, size_t n, TupleObj* k) {
  return map_bytes(a, n, k, "bytes.capitalize", [](std::string& s) {
    for (size_t i = 0; i < s.size(); ++i) s[i] = i == 0 ? to_upper(s[i]) : to_lower(s[i]);
  });
}

template <class P>
Value all_bytes(const Value* args, size_t nargs, TupleObj* kw, const char* qualname, P pred) {
  if (nargs > 1 || (kw && !kw->items.empty()))
    raisef(E::TypeError, "{}() takes no arguments ({} given)", qualname, nargs - 1 + (kw ? kw->items.size() : 0));
  const std::string& s = bytes_of(args[0]);
  if (s.empty()) return Value::from_bool(false);
  for (unsigned char c : s)
    if (!pred(c)) return Value::from_bool(false);
  return Value::from_bool(true);
}
Value m_isalpha(const Value* a, size_t n, TupleObj* k) { return all_bytes(a, n, k, "bytes.isalpha", is_ascii_alpha); }
Value m_isdigit(const Value* a, size_t n, TupleObj* k) { return all_bytes(a, n, k, "bytes.isdigit", is_ascii_digit); }
Value m_isalnum(const Value* a, size_t n, TupleObj* k) {
  return all_bytes(a, n, k, "bytes.isalnum", [](uint32_t c) { return is_ascii_alpha(c) || is_ascii_digit(c); });
}
Value m_isspace(const Value* a, size_t n, TupleObj* k) { return all_bytes(a, n, k, "bytes.isspace", text::ascii_space); }
Value m_isascii(const Value* a, size_t n, TupleObj* k) {
  if (bytes_of(a[0]).empty()) return Value::from_bool(true);
  return all_bytes(a, n, k, "bytes.isascii", [](uint32_t c) { return c < 0x80; });
}
// islower/isupper: no byte of the other case and at least one of this one.
Value cased_only(const Value* a, size_t n, TupleObj* k, const char* qualname, bool (*same)(uint32_t),
                 bool (*other)(uint32_t)) {
  bool any = false;
  Value r = all_bytes(a, n, k, qualname, [&](uint32_t c) {
    any = any || same(c);
    return !other(c);
  });
  return Value::from_bool(r.b() && any);
}
Value m_islower(const Value* a, size_t n, TupleObj* k) {
  return cased_only(a, n, k, "bytes.islower", is_ascii_lower, is_ascii_upper);
}
Value m_isupper(const Value* a, size_t n, TupleObj* k) {
  return cased_only(a, n, k, "bytes.isupper", is_ascii_upper, is_ascii_lower);
}
Value m_istitle(const Value* a, size_t n, TupleObj* k) {
  bool cased = false, prev_cased = false;
  Value r = all_bytes(a, n, k, "bytes.istitle", [&](uint32_t c) {
    if (is_ascii_upper(c)) {
      if (prev_cased) return false;
      prev_cased = cased = true;
    } else if (is_ascii_lower(c)) {
      if (!prev_cased) return false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
    return true;
  });
  return Value::from_bool(r.b() && cased);
}

// ---- padding ----

Value justify(const Value* args, size_t nargs, TupleObj* kw, const char* name, int mode) {
  check_args(name, nargs - 1, kw, 1, 2);
  int64_t width = index_value(args[1]);
  char fill = ' ';
  if (nargs > 2) {
    if (!is_bytes(args[2]) || bytes_of(args[2]).size() != 1)
      raisef(E::TypeError, "{}() argument 2 must be a byte string of length 1, not {}", name, type_name(args[2]));
    fill = bytes_of(args[2])[0];
  }
  const std::string& s = bytes_of(args[0]);
  int64_t margin = width - int64_t(s.size());
  if (margin <= 0) return exact_bytes(args[0]) ? args[0] : new_bytes(s);
  int64_t left = mode < 0 ? 0 : mode > 0 ? margin : text::centre_left_margin(margin, width);
  std::string out(size_t(left), fill);
  out += s;
  out.append(size_t(margin - left), fill);
  return new_bytes(std::move(out));
}
Value m_ljust(const Value* a, size_t n, TupleObj* k) { return justify(a, n, k, "ljust", -1); }
Value m_rjust(const Value* a, size_t n, TupleObj* k) { return justify(a, n, k, "rjust", 1); }
Value m_center(const Value* a, size_t n, TupleObj* k) { return justify(a, n, k, "center", 0); }

Value m_zfill(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("zfill", nargs - 1, kw, 1, 1);
  int64_t width = index_value(args[1]);
  const std::string& s = bytes_of(args[0]);
  int64_t fill = width - int64_t(s.size());
  if (fill <= 0) return exact_bytes(args[0]) ? args[0] : new_bytes(s);
  return new_bytes(text::zero_fill(s, fill));
}

Value m_expandtabs(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* ts = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "tabsize");
  int64_t tabsize = ts ? index_value(*ts) : 8;
  return new_bytes(text::expand_tabs<ByteUnits>(bytes_of(args[0]), tabsize));
}

// ---- hex, translate, decode ----

Value m_hex(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* sep = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "sep");
  const Value* per = nargs > 2 ? &args[2] : find_kwarg(args, nargs, kw, "bytes_per_sep");
  static const char digits[] = "0123456789abcdef";
  char sep_char = 0;
  if (sep && !sep->is_none()) {
    std::string_view text;
    if (is_str(*sep)) text = sv(*sep);
    else if (is_bytes(*sep)) text = bytes_of(*sep);
    else raisef(E::TypeError, "object of type '{}' has no len()", type_name(*sep));
    if ((is_str(*sep) ? size_t(str_of(*sep)->length) : text.size()) != 1) raise(E::ValueError, "sep must be length 1.");
    if ((unsigned char)text[0] >= 0x80) raise(E::ValueError, "sep must be ASCII.");
    sep_char = text[0];
  }
  int64_t group = per ? index_value(*per) : 1;
  const std::string& s = bytes_of(args[0]);
  size_t n = s.size();
  // Groups are counted from the right for a positive bytes_per_sep, from the
  // left for a negative one.
  size_t size = size_t(group < 0 ? -group : group);
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = s[i];
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 15]);
    if (sep_char && size && i + 1 < n && (group > 0 ? (n - 1 - i) % size == 0 : (i + 1) % size == 0))
      out.push_back(sep_char);
  }
  int64_t len = int64_t(out.size());
  return make_str_known(std::move(out), len, true);
}

int hex_digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value m_fromhex(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("fromhex", nargs - 1, kw, 1, 1);
  if (!is_str(args[1])) raisef(E::TypeError, "fromhex() argument must be str, not {}", type_name(args[1]));
  std::string_view s = sv(args[1]);
  std::string out;
  // Everything before an error is ASCII, so its byte offset is its position.
  auto invalid = [](size_t at) {
    raisef(E::ValueError, "non-hexadecimal number found in fromhex() arg at position {}", at);
  };
  for (size_t i = 0; i < s.size();) {
    if (text::ascii_space((unsigned char)s[i])) {
      ++i;
      continue;
    }
    int hi = hex_digit_value(s[i]);
    if (hi < 0) invalid(i);
    int lo = i + 1 < s.size() ? hex_digit_value(s[i + 1]) : -1;
    if (lo < 0) invalid(i + 1);
    out.push_back(char(hi * 16 + lo));
    i += 2;
  }
  Value result = new_bytes(std::move(out));
  if (args[0].is_obj() && args[0].obj() != T::bytes) return call(args[0], &result, 1);
  return result;
}

Value m_translate(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* table = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "table");
  if (!table) raise(E::TypeError, "translate() takes at least 1 argument (0 given)");
  const Value* del = nargs > 2 ? &args[2] : find_kwarg(args, nargs, kw, "delete");
  std::string_view map;
  if (!table->is_none()) {
    map = bytes_like(*table);
    if (map.size() != 256) raise(E::ValueError, "translation table must be 256 characters long");
  }
  std::string_view deleted = del ? bytes_like(*del) : std::string_view();
  std::string out;
  for (unsigned char c : bytes_of(args[0])) {
    if (deleted.find(char(c)) != std::string_view::npos) continue;
    out.push_back(map.empty() ? char(c) : map[c]);
  }
  return new_bytes(std::move(out));
}

Value m_maketrans(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("maketrans", nargs, kw, 2, 2);
  std::string_view from = bytes_like(args[0]), to = bytes_like(args[1]);
  if (from.size() != to.size()) raise(E::ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
  for (size_t i = 0; i < from.size(); ++i) table[(unsigned char)from[i]] = to[i];
  return new_bytes(std::move(table));
}

Value m_decode(const Value* args, size_t nargs, TupleObj* kw) {
  size_t nkw = kw ? kw->items.size() : 0;
  if (nargs - 1 + nkw > 2) raisef(E::TypeError, "decode() takes at most 2 arguments ({} given)", nargs - 1 + nkw);
  const Value* enc = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "encoding");
  const Value* errors = nargs > 2 ? &args[2] : find_kwarg(args, nargs, kw, "errors");
  return decode_bytes(args[0], enc, errors, "decode()");
}

}  // namespace

void init_bytes_methods() {
  TypeObj* t = T::bytes;
  add_method(t, "find", m_find);
  add_method(t, "rfind", m_rfind);
  add_method(t, "index", m_index);
  add_method(t, "rindex", m_rindex);
  add_method(t, "count", m_count);
  add_method(t, "startswith", m_startswith);
  add_method(t, "endswith", m_endswith);
  add_method(t, "split", m_split);
  add_method(t, "rsplit", m_rsplit);
  add_method(t, "splitlines", m_splitlines);
  add_method(t, "partition", m_partition);
  add_method(t, "rpartition", m_rpartition);
  add_method(t, "join", m_join);
  add_method(t, "strip", m_strip);
  add_method(t, "lstrip", m_lstrip);
  add_method(t, "rstrip", m_rstrip);
  add_method(t, "replace", m_replace);
  add_method(t, "removeprefix", m_removeprefix);
  add_method(t, "removesuffix", m_removesuffix);
  add_method(t, "upper", m_upper);
  add_method(t, "lower", m_lower);
  add_method(t, "swapcase", m_swapcase);
  add_method(t, "title", m_title);
  add_method(t, "capitalize", m_capitalize);
  add_method(t, "isalpha", m_isalpha);
  add_method(t, "isdigit", m_isdigit);
  add_method(t, "isalnum", m_isalnum);
  add_method(t, "isspace", m_isspace);
  add_method(t, "isascii", m_isascii);
  add_method(t, "islower", m_islower);
  add_method(t, "isupper", m_isupper);
  add_method(t, "istitle", m_istitle);
  add_method(t, "ljust", m_ljust);
  add_method(t, "rjust", m_rjust);
  add_method(t, "center", m_center);
  add_method(t, "zfill", m_zfill);
  add_method(t, "expandtabs", m_expandtabs);
  add_method(t, "hex", m_hex);
  add_method(t, "translate", m_translate);
  add_method(t, "decode", m_decode);
  add_classmethod(t, "fromhex", m_fromhex);
  add_staticmethod(t, "maketrans", m_maketrans);
}

}  // namespace py
