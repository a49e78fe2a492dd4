// The methods of str (CPython 3.11 semantics and messages).
#include <algorithm>
#include <cstring>

#include "data/bigint.h"
#include "data/data_util.h"
#include "data/codecs.h"
#include "data/str_impl.h"
#include "data/text_algorithms.h"
#include "pyunicode/unicode.h"

namespace py {

namespace {

inline StrObj* S(const Value& v) { return v.as<StrObj>(); }

void require_str_arg(const Value& v, const char* what = nullptr) {
  if (!is_str(v)) {
    if (what) raisef(E::TypeError, "{}", what);
    raisef(E::TypeError, "must be str, not {}", type_name(v));
  }
}

using text::adjust_bounds;
using text::Piece;
using text::Utf8Units;

struct Range {
  int64_t a, b;        // code points
  size_t ba, bb;       // bytes
  bool empty_past_end;  // start > len or end < start: nothing matches, not even ""
};

Range bounds(StrObj* s, const Value* start, const Value* end) {
  Range r;
  adjust_bounds(s->length, start, end, r.a, r.b);
  r.empty_past_end = r.a > s->length || r.b < r.a;
  if (r.b < r.a) r.b = r.a;
  int64_t ca = std::min(r.a, s->length), cb = std::min(r.b, s->length);
  r.ba = cp_to_byte(s, ca);
  r.bb = cp_to_byte(s, cb);
  return r;
}

const Value* opt(const Value* args, size_t nargs, size_t i) { return i < nargs ? &args[i] : nullptr; }

void check_method_args(const char* name, size_t nargs, TupleObj* kw, size_t min, size_t max) {
  check_args(name, nargs, kw, min, max);
}

// ---- find family ----
int64_t find_impl(const Value* args, size_t nargs, TupleObj* kw, const char* name, bool reverse) {
  check_method_args(name, nargs - 1, kw, 1, 3);
  StrObj* s = S(args[0]);
  if (!is_str(args[1])) raisef(E::TypeError, "must be str, not {}", type_name(args[1]));
  std::string_view sub = sv(args[1]);
  Range r = bounds(s, opt(args, nargs, 2), opt(args, nargs, 3));
  if (r.empty_past_end) return -1;
  std::string_view hay = std::string_view(s->s).substr(r.ba, r.bb - r.ba);
  size_t pos = reverse ? hay.rfind(sub) : hay.find(sub);
  if (pos == std::string_view::npos) return -1;
  return byte_to_cp(s, r.ba + pos);
}

Value m_find(const Value* a, size_t n, TupleObj* k) { return Value::from_int(find_impl(a, n, k, "find", false)); }
Value m_rfind(const Value* a, size_t n, TupleObj* k) { return Value::from_int(find_impl(a, n, k, "rfind", true)); }
Value m_index(const Value* a, size_t n, TupleObj* k) {
  int64_t i = find_impl(a, n, k, "index", false);
  if (i < 0) raise(E::ValueError, "substring not found");
  return Value::from_int(i);
}
Value m_rindex(const Value* a, size_t n, TupleObj* k) {
  int64_t i = find_impl(a, n, k, "rindex", true);
  if (i < 0) raise(E::ValueError, "substring not found");
  return Value::from_int(i);
}

Value m_count(const Value* args, size_t nargs, TupleObj* kw) {
  check_method_args("count", nargs - 1, kw, 1, 3);
  StrObj* s = S(args[0]);
  if (!is_str(args[1])) raisef(E::TypeError, "must be str, not {}", type_name(args[1]));
  std::string_view sub = sv(args[1]);
  Range r = bounds(s, opt(args, nargs, 2), opt(args, nargs, 3));
  if (r.empty_past_end) return Value::from_int(0);
  if (sub.empty()) return Value::from_int(std::min(r.b, s->length) - std::min(r.a, s->length) + 1);
  return Value::from_int(text::count_occurrences(std::string_view(s->s).substr(r.ba, r.bb - r.ba), sub));
}

Value startsends(const Value* args, size_t nargs, TupleObj* kw, bool ends) {
  const char* name = ends ? "endswith" : "startswith";
  check_method_args(name, nargs - 1, kw, 1, 3);
  StrObj* s = S(args[0]);
  Range r = bounds(s, opt(args, nargs, 2), opt(args, nargs, 3));
  auto test = [&](const Value& p) -> bool {
    std::string_view pre = sv(p);
    if (r.empty_past_end) return false;
    std::string_view hay = std::string_view(s->s).substr(r.ba, r.bb - r.ba);
    if (pre.size() > hay.size()) return false;
    return ends ? hay.substr(hay.size() - pre.size()) == pre : hay.substr(0, pre.size()) == pre;
  };
  if (is_tuple(args[1])) {
    for (const Value& p : args[1].as<TupleObj>()->items) {
      if (!is_str(p))
        raisef(E::TypeError, "tuple for {} must only contain str, not {}", name, type_name(p));
      if (test(p)) return Value::from_bool(true);
    }
    return Value::from_bool(false);
  }
  if (!is_str(args[1]))
    raisef(E::TypeError, "{} first arg must be str or a tuple of str, not {}", name, type_name(args[1]));
  return Value::from_bool(test(args[1]));
}
Value m_startswith(const Value* a, size_t n, TupleObj* k) { return startsends(a, n, k, false); }
Value m_endswith(const Value* a, size_t n, TupleObj* k) { return startsends(a, n, k, true); }

// ---- split family ----
Value pieces_to_list(StrObj* s, const std::vector<Piece>& parts) {
  std::vector<Value> items;
  items.reserve(parts.size());
  for (const Piece& p : parts) {
    if (p.a == 0 && p.b == s->s.size() && s->type == T::str) {
      items.push_back(Value::borrow(s));
      continue;
    }
    std::string t = s->s.substr(p.a, p.b - p.a);
    if (s->ascii) {
      int64_t n = int64_t(t.size());
      items.push_back(make_str_known(std::move(t), n, true));
    } else {
      items.push_back(make_str_moved(std::move(t)));
    }
  }
  return list_from_vector(std::move(items));
}

void require_str_separator(const Value& sep) {
  if (!is_str(sep)) raisef(E::TypeError, "must be str or None, not {}", type_name(sep));
}

void parse_split_args(const Value* args, size_t nargs, TupleObj* kw, const char* name, const Value*& sep,
                      int64_t& maxsplit) {
  text::parse_split_args(args, nargs, kw, name, require_str_separator, sep, maxsplit);
}

Value m_split(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* sep;
  int64_t maxsplit;
  parse_split_args(args, nargs, kw, "split", sep, maxsplit);
  StrObj* so = S(args[0]);
  const std::string& s = so->s;
  std::vector<Piece> parts;
  if (!sep) {
    text::split_whitespace<Utf8Units>(s, maxsplit, uni_isspace, parts);
    return pieces_to_list(so, parts);
  }
  std::string_view sp = sv(*sep);
  if (sp.empty()) raise(E::ValueError, "empty separator");
  text::split_on(s, sp, maxsplit, parts);
  return pieces_to_list(so, parts);
}

Value m_rsplit(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* sep;
  int64_t maxsplit;
  parse_split_args(args, nargs, kw, "rsplit", sep, maxsplit);
  StrObj* so = S(args[0]);
  const std::string& s = so->s;
  std::vector<Piece> parts;
  if (!sep) {
    text::rsplit_whitespace<Utf8Units>(s, maxsplit, uni_isspace, parts);
    return pieces_to_list(so, parts);
  }
  std::string_view sp = sv(*sep);
  if (sp.empty()) raise(E::ValueError, "empty separator");
  text::rsplit_on(s, sp, maxsplit, parts);
  return pieces_to_list(so, parts);
}

Value m_splitlines(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* keep = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "keepends");
  bool keepends = keep && truthy(*keep);
  StrObj* so = S(args[0]);
  const std::string& s = so->s;
  std::vector<Piece> parts;
  text::split_lines<Utf8Units>(s, keepends, [](uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
  }, parts);
  return pieces_to_list(so, parts);
}

Value m_join(const Value* args, size_t nargs, TupleObj* kw) {
  check_method_args("join", nargs - 1, kw, 1, 1);
  StrObj* sep = S(args[0]);
  std::vector<Value> tmp;
  const std::vector<Value>* items;
  if (args[1].is_obj() && (args[1].obj()->type == T::list || args[1].obj()->type == T::tuple)) {
    items = args[1].obj()->type == T::list ? &args[1].as<ListObj>()->items : &args[1].as<TupleObj>()->items;
  } else {
    if (!type_of(args[1])->iter && type_of(args[1])->is_builtin)
      raise(E::TypeError, "can only join an iterable");
    collect_sized(args[1], tmp);
    items = &tmp;
  }
  if (items->size() == 1 && (*items)[0].is_obj() && (*items)[0].obj()->type == T::str) return (*items)[0];
  size_t total = 0;
  int64_t len = 0;
  bool ascii = sep->ascii;
  for (size_t i = 0; i < items->size(); ++i) {
    const Value& it = (*items)[i];
    if (!is_str(it))
      raisef(E::TypeError, "sequence item {}: expected str instance, {} found", i, type_name(it));
    StrObj* p = S(it);
    total += p->s.size();
    len += p->length;
    ascii = ascii && p->ascii;
  }
  if (!items->empty()) {
    total += sep->s.size() * (items->size() - 1);
    len += sep->length * int64_t(items->size() - 1);
  }
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < items->size(); ++i) {
    if (i) out += sep->s;
    out += S((*items)[i])->s;
  }
  return make_str_known(std::move(out), len, ascii);
}

// ---- strip family ----
Value strip_impl(const Value* args, size_t nargs, TupleObj* kw, const char* name, bool left, bool right) {
  check_method_args(name, nargs - 1, kw, 0, 1);
  StrObj* so = S(args[0]);
  const std::string& s = so->s;
  std::u32string chars;
  bool ws = nargs < 2 || args[1].is_none();
  if (!ws) {
    if (!is_str(args[1])) raisef(E::TypeError, "{} arg must be None or str", name);
    chars = utf8_to_u32(sv(args[1]));
  }
  auto strip_char = [&](uint32_t c) {
    if (ws) return uni_isspace(c);
    return chars.find(char32_t(c)) != std::u32string::npos;
  };
  auto [a, b] = text::strip_span<Utf8Units>(s, left, right, strip_char);
  if (a == 0 && b == s.size() && so->type == T::str) return args[0];
  return make_str(std::string_view(s).substr(a, b - a));
}
Value m_strip(const Value* a, size_t n, TupleObj* k) { return strip_impl(a, n, k, "strip", true, true); }
Value m_lstrip(const Value* a, size_t n, TupleObj* k) { return strip_impl(a, n, k, "lstrip", true, false); }
Value m_rstrip(const Value* a, size_t n, TupleObj* k) { return strip_impl(a, n, k, "rstrip", false, true); }

Value m_replace(const Value* args, size_t nargs, TupleObj* kw) {
  size_t npos = nargs - 1;
  if (npos < 2) raisef(E::TypeError, "replace expected at least 2 arguments, got {}", npos);
  if (npos > 3) raisef(E::TypeError, "replace expected at most 3 arguments, got {}", npos);
  (void)kw;
  if (!is_str(args[1])) raisef(E::TypeError, "replace() argument 1 must be str, not {}", type_name(args[1]));
  if (!is_str(args[2])) raisef(E::TypeError, "replace() argument 2 must be str, not {}", type_name(args[2]));
  int64_t count = npos > 2 ? index_value(args[3]) : -1;
  if (count < 0) count = INT64_MAX;
  StrObj* so = S(args[0]);
  const std::string& s = so->s;
  std::string_view old = sv(args[1]), rep = sv(args[2]);
  int64_t done;
  std::string out = text::replace_text<Utf8Units>(s, old, rep, count, done);
  if (done == 0 && so->type == T::str) return args[0];
  return make_str_moved(std::move(out));
}

// ---- case ----
template <class F>
Value map_cps(const Value& self, F f) {
  StrObj* so = S(self);
  std::string out;
  out.reserve(so->s.size());
  if (so->ascii) {
    for (char c : so->s) out.push_back(char(f(uint32_t((unsigned char)c))));
    return make_str_known(std::move(out), so->length, true);
  }
  for (size_t i = 0; i < so->s.size();) {
    int w;
    uint32_t c = utf8_decode(so->s.data() + i, w);
    i += size_t(w);
    utf8_append(out, f(c));
  }
  return make_str_moved(std::move(out));
}

// Unicode's Final_Sigma condition for U+03A3 at code point index i: a cased
// letter before it and none after it, skipping case-ignorable characters
// (approximated here by the common ones: apostrophes, periods, colons,
// the middle dot and combining diacritics).
bool case_ignorable(uint32_t c) {
  return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2019 ||
         (c >= 0x300 && c <= 0x36f);
}
bool final_sigma(const std::u32string& cps, size_t i) {
  size_t j = i;
  while (j > 0 && case_ignorable(cps[j - 1])) --j;
  if (j == 0 || !uni_iscased(cps[j - 1])) return false;
  size_t k = i + 1;
  while (k < cps.size() && case_ignorable(cps[k])) ++k;
  return k == cps.size() || !uni_iscased(cps[k]);
}

// Maps every code point through choose(index, code point, cps) -> the
// CaseKind to apply, or -1 to keep it.
template <class Choose>
Value map_full_case(const Value& self, Choose choose) {
  StrObj* so = S(self);
  std::u32string cps = utf8_to_u32(so->s);
  std::string out;
  out.reserve(so->s.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    int kind = choose(i, c);
    if (kind < 0) {
      utf8_append(out, c);
    } else if (c == 0x3a3 && (kind == CASE_LOWER) && final_sigma(cps, i)) {
      utf8_append(out, 0x3c2);
    } else {
      append_full_case(out, c, CaseKind(kind));
    }
  }
  return make_str_moved(std::move(out));
}

Value m_upper(const Value* a, size_t n, TupleObj* k) {
  check_method_args("upper", n - 1, k, 0, 0);
  if (S(a[0])->ascii) return map_cps(a[0], uni_toupper);
  return map_full_case(a[0], [](size_t, uint32_t) { return int(CASE_UPPER); });
}
Value m_lower(const Value* a, size_t n, TupleObj* k) {
  check_method_args("lower", n - 1, k, 0, 0);
  if (S(a[0])->ascii) return map_cps(a[0], uni_tolower);
  return map_full_case(a[0], [](size_t, uint32_t) { return int(CASE_LOWER); });
}
Value m_casefold(const Value* a, size_t n, TupleObj* k) {
  check_method_args("casefold", n - 1, k, 0, 0);
  if (S(a[0])->ascii) return map_cps(a[0], uni_tolower);
  return map_full_case(a[0], [](size_t, uint32_t) { return int(CASE_FOLD); });
}
Value m_swapcase(const Value* a, size_t n, TupleObj* k) {
  check_method_args("swapcase", n - 1, k, 0, 0);
  return map_full_case(a[0], [](size_t, uint32_t c) {
    if (uni_isupper(c)) return int(CASE_LOWER);
    if (uni_islower(c)) return int(CASE_UPPER);
    return -1;
  });
}
Value m_title(const Value* a, size_t n, TupleObj* k) {
  check_method_args("title", n - 1, k, 0, 0);
  bool prev_cased = false;
  return map_full_case(a[0], [&](size_t, uint32_t c) {
    int kind = prev_cased ? CASE_LOWER : CASE_TITLE;
    prev_cased = uni_iscased(c);
    return kind;
  });
}
Value m_capitalize(const Value* a, size_t n, TupleObj* k) {
  check_method_args("capitalize", n - 1, k, 0, 0);
  return map_full_case(a[0], [&](size_t i, uint32_t) { return int(i == 0 ? CASE_TITLE : CASE_LOWER); });
}

template <class P>
Value all_cps(const Value& self, P pred, bool empty_result = false) {
  StrObj* so = S(self);
  if (so->s.empty()) return Value::from_bool(empty_result);
  for (size_t i = 0; i < so->s.size();) {
    int w;
    uint32_t c = utf8_decode(so->s.data() + i, w);
    i += size_t(w);
    if (!pred(c)) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}
Value m_isdigit(const Value* a, size_t, TupleObj*) { return all_cps(a[0], uni_isdigit); }
Value m_isdecimal(const Value* a, size_t, TupleObj*) { return all_cps(a[0], uni_isdecimal); }
Value m_isnumeric(const Value* a, size_t, TupleObj*) { return all_cps(a[0], uni_isnumeric); }
Value m_isalpha(const Value* a, size_t, TupleObj*) { return all_cps(a[0], uni_isalpha); }
Value m_isalnum(const Value* a, size_t, TupleObj*) { return all_cps(a[0], uni_isalnum); }
Value m_isspace(const Value* a, size_t, TupleObj*) { return all_cps(a[0], uni_isspace); }
Value m_isascii(const Value* a, size_t, TupleObj*) { return Value::from_bool(S(a[0])->ascii); }
Value m_isprintable(const Value* a, size_t, TupleObj*) { return all_cps(a[0], uni_isprintable, true); }
Value m_isupper(const Value* a, size_t, TupleObj*) {
  bool cased = false;
  Value r = all_cps(a[0], [&](uint32_t c) {
    if (uni_islower(c)) return false;
    if (uni_isupper(c)) cased = true;
    return true;
  });
  return Value::from_bool(r.b() && cased);
}
Value m_islower(const Value* a, size_t, TupleObj*) {
  bool cased = false;
  Value r = all_cps(a[0], [&](uint32_t c) {
    if (uni_isupper(c)) return false;
    if (uni_islower(c)) cased = true;
    return true;
  });
  return Value::from_bool(r.b() && cased);
}
Value m_istitle(const Value* a, size_t, TupleObj*) {
  bool cased = false, prev_cased = false;
  Value r = all_cps(a[0], [&](uint32_t c) {
    if (uni_isupper(c) || (c >= 0x80 && uni_has_property(UNI_TITLE, c))) {
      if (prev_cased) return false;
      prev_cased = cased = true;
    } else if (uni_islower(c)) {
      if (!prev_cased) return false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
    return true;
  });
  return Value::from_bool(r.b() && cased);
}
Value m_isidentifier(const Value* a, size_t, TupleObj*) {
  const std::string& text = S(a[0])->s;
  return Value::from_bool(!text.empty() && !pyunicode::find_non_identifier_character(text));
}

// ---- padding ----
uint32_t fill_char(const Value* args, size_t nargs, size_t i) {
  if (nargs <= i) return ' ';
  if (!is_str(args[i])) raisef(E::TypeError, "The fill character must be a unicode character, not {}", type_name(args[i]));
  if (S(args[i])->length != 1) raise(E::TypeError, "The fill character must be exactly one character long");
  int w;
  return utf8_decode(S(args[i])->s.data(), w);
}

Value pad(const Value& self, int64_t left, int64_t right, uint32_t fill) {
  StrObj* so = S(self);
  if (left <= 0 && right <= 0 && so->type == T::str) return self;
  std::string f;
  utf8_append(f, fill);
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += f;
  out += so->s;
  for (int64_t i = 0; i < right; ++i) out += f;
  return make_str_known(std::move(out), so->length + std::max<int64_t>(left, 0) + std::max<int64_t>(right, 0),
                        so->ascii && fill < 128);
}

Value justify(const Value* args, size_t nargs, TupleObj* kw, const char* name, int mode) {
  if (nargs < 2) raisef(E::TypeError, "{} expected at least 1 argument, got 0", name);
  if (nargs > 3) raisef(E::TypeError, "{} expected at most 2 arguments, got {}", name, nargs - 1);
  (void)kw;
  int64_t width = index_value(args[1]);
  uint32_t fill = fill_char(args, nargs, 2);
  int64_t marg = width - S(args[0])->length;
  if (marg <= 0) return pad(args[0], 0, 0, fill);
  if (mode < 0) return pad(args[0], 0, marg, fill);
  if (mode > 0) return pad(args[0], marg, 0, fill);
  int64_t left = text::centre_left_margin(marg, width);
  return pad(args[0], left, marg - left, fill);
}
Value m_ljust(const Value* a, size_t n, TupleObj* k) { return justify(a, n, k, "ljust", -1); }
Value m_rjust(const Value* a, size_t n, TupleObj* k) { return justify(a, n, k, "rjust", 1); }
Value m_center(const Value* a, size_t n, TupleObj* k) { return justify(a, n, k, "center", 0); }

Value m_zfill(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs != 2 || kw) raisef(E::TypeError, "str.zfill() takes exactly one argument ({} given)", nargs - 1);
  int64_t width = index_value(args[1]);
  StrObj* so = S(args[0]);
  int64_t fill = width - so->length;
  if (fill <= 0) return so->type == T::str ? args[0] : make_str(so->s);
  return make_str_known(text::zero_fill(so->s, fill), width, so->ascii);
}

Value m_expandtabs(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* ts = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "tabsize");
  int64_t tabsize = ts ? index_value(*ts) : 8;
  return make_str_moved(text::expand_tabs<Utf8Units>(S(args[0])->s, tabsize));
}

Value partition_impl(const Value* args, size_t nargs, TupleObj* kw, bool reverse) {
  check_method_args(reverse ? "rpartition" : "partition", nargs - 1, kw, 1, 1);
  if (!is_str(args[1])) raisef(E::TypeError, "must be str, not {}", type_name(args[1]));
  std::string_view s = sv(args[0]), sep = sv(args[1]);
  if (sep.empty()) raise(E::ValueError, "empty separator");
  size_t pos = text::partition_at(s, sep, reverse);
  Value empty = str_const("", 0);
  if (pos == std::string_view::npos) {
    if (reverse) return make_tuple({empty, empty, exact_str(args[0])});
    return make_tuple({exact_str(args[0]), empty, empty});
  }
  return make_tuple({make_str(s.substr(0, pos)), args[1], make_str(s.substr(pos + sep.size()))});
}
Value m_partition(const Value* a, size_t n, TupleObj* k) { return partition_impl(a, n, k, false); }
Value m_rpartition(const Value* a, size_t n, TupleObj* k) { return partition_impl(a, n, k, true); }

Value m_removeprefix(const Value* args, size_t nargs, TupleObj* kw) {
  check_method_args("removeprefix", nargs - 1, kw, 1, 1);
  if (!is_str(args[1])) raisef(E::TypeError, "removeprefix() argument must be str, not {}", type_name(args[1]));
  std::string_view s = sv(args[0]), p = sv(args[1]);
  if (!p.empty() && s.substr(0, p.size()) == p) return make_str(s.substr(p.size()));
  return exact_str(args[0]);
}
Value m_removesuffix(const Value* args, size_t nargs, TupleObj* kw) {
  check_method_args("removesuffix", nargs - 1, kw, 1, 1);
  if (!is_str(args[1])) raisef(E::TypeError, "removesuffix() argument must be str, not {}", type_name(args[1]));
  std::string_view s = sv(args[0]), p = sv(args[1]);
  if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
    return make_str(s.substr(0, s.size() - p.size()));
  return exact_str(args[0]);
}

Value m_encode(const Value* args, size_t nargs, TupleObj* kw) {
  size_t nkw = kw ? kw->items.size() : 0;
  if (nargs - 1 + nkw > 2) raisef(E::TypeError, "encode() takes at most 2 arguments ({} given)", nargs - 1 + nkw);
  const Value* enc = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "encoding");
  const Value* errors = nargs > 2 ? &args[2] : find_kwarg(args, nargs, kw, "errors");
  return encode_str(args[0], enc, errors, "encode()");
}

Value m_getnewargs(const Value* args, size_t, TupleObj*) { return make_tuple({make_str(sv(args[0]))}); }

Value m_maketrans(const Value* args, size_t nargs, TupleObj*) {
  // static method: args are the user's arguments
  Value d = make_dict();
  if (nargs == 1) {
    if (!is_dict(args[0])) raise(E::TypeError, "if you give only one argument to maketrans it must be a dict");
    for (auto& e : args[0].as<DictObj>()->entries) {
      if (e.key.is_unbound()) continue;
      Value k = e.key;
      if (is_str(k)) {
        int w;
        k = Value::from_int(utf8_decode(sv(k).data(), w));
      }
      dict_set(d.as<DictObj>(), k, e.value);
    }
    return d;
  }
  std::u32string x = utf8_to_u32(sv(args[0])), y = utf8_to_u32(sv(args[1]));
  if (x.size() != y.size()) raise(E::ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); ++i) dict_set(d.as<DictObj>(), Value::from_int(x[i]), Value::from_int(y[i]));
  if (nargs > 2)
    for (char32_t c : utf8_to_u32(sv(args[2]))) dict_set(d.as<DictObj>(), Value::from_int(c), Value::none());
  return d;
}

Value m_translate(const Value* args, size_t nargs, TupleObj* kw) {
  check_method_args("translate", nargs - 1, kw, 1, 1);
  StrObj* so = S(args[0]);
  std::string out;
  for (size_t i = 0; i < so->s.size();) {
    int w;
    uint32_t c = utf8_decode(so->s.data() + i, w);
    i += size_t(w);
    Value r;
    try {
      r = getitem(args[1], Value::from_int(c));
    } catch (PyError& e) {
      if (!isinstance_of(e.exc, E::LookupError)) throw;
      utf8_append(out, c);
      continue;
    }
    if (r.is_none()) continue;
    if (r.is_int()) utf8_append(out, uint32_t(r.i()));
    else if (is_str(r)) out += sv(r);
    else raise(E::TypeError, "character mapping must return integer, None or str");
  }
  return make_str_moved(std::move(out));
}

Value m_len(const Value* a, size_t, TupleObj*) { return Value::from_int(S(a[0])->length); }

}  // namespace

void init_str_methods() {
  TypeObj* t = T::str;
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
  add_method(t, "join", m_join);
  add_method(t, "strip", m_strip);
  add_method(t, "lstrip", m_lstrip);
  add_method(t, "rstrip", m_rstrip);
  add_method(t, "replace", m_replace);
  add_method(t, "upper", m_upper);
  add_method(t, "lower", m_lower);
  add_method(t, "casefold", m_casefold);
  add_method(t, "swapcase", m_swapcase);
  add_method(t, "title", m_title);
  add_method(t, "capitalize", m_capitalize);
  add_method(t, "isdigit", m_isdigit);
  add_method(t, "isdecimal", m_isdecimal);
  add_method(t, "isnumeric", m_isnumeric);
  add_method(t, "isalpha", m_isalpha);
  add_method(t, "isalnum", m_isalnum);
  add_method(t, "isspace", m_isspace);
  add_method(t, "isascii", m_isascii);
  add_method(t, "isprintable", m_isprintable);
  add_method(t, "isupper", m_isupper);
  add_method(t, "islower", m_islower);
  add_method(t, "istitle", m_istitle);
  add_method(t, "isidentifier", m_isidentifier);
  add_method(t, "ljust", m_ljust);
  add_method(t, "rjust", m_rjust);
  add_method(t, "center", m_center);
  add_method(t, "zfill", m_zfill);
  add_method(t, "expandtabs", m_expandtabs);
  add_method(t, "partition", m_partition);
  add_method(t, "rpartition", m_rpartition);
  add_method(t, "removeprefix", m_removeprefix);
  add_method(t, "removesuffix", m_removesuffix);
  add_method(t, "encode", m_encode);
  add_method(t, "format", str_format_method);
  add_method(t, "format_map", str_format_map_method);
  add_method(t, "translate", m_translate);
  add_method(t, "__getnewargs__", m_getnewargs);
  add_method(t, "__len__", m_len);
  add_staticmethod(t, "maketrans", m_maketrans);
}

}  // namespace py
