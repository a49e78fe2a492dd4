// The non-template parts of the algorithms str and bytes share.
#include "data/text_algorithms.h"

#include "data/bigint.h"

namespace py::text {

void adjust_bounds(int64_t len, const Value* start, const Value* end, int64_t& a, int64_t& b) {
  auto get = [](const Value* v, int64_t dflt) -> int64_t {
    if (!v || v->is_none()) return dflt;
    // Past int64 only the sign matters: the bound is clamped to the text anyway.
    if (is_bigint(*v)) return v->as<IntObj>()->v.neg ? INT64_MIN / 2 : INT64_MAX / 2;
    if (!is_int_value(*v))
      raisef(E::TypeError, "slice indices must be integers or None or have an __index__ method");
    return v->i();
  };
  a = get(start, 0);
  b = get(end, len);
  if (b > len) b = len;
  else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
}

void parse_split_args(const Value* args, size_t nargs, TupleObj* kw, const char* name,
                      void (*require_sep)(const Value&), const Value*& sep, int64_t& maxsplit) {
  size_t nkw = kw ? kw->items.size() : 0;
  size_t npos = nargs - 1;
  if (npos + nkw > 2) raisef(E::TypeError, "{}() takes at most 2 arguments ({} given)", name, npos + nkw);
  sep = npos > 0 ? &args[1] : nullptr;
  const Value* ms = npos > 1 ? &args[2] : nullptr;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = sv(kw->items[i]);
    if (k == "sep") sep = &args[nargs + i];
    else if (k == "maxsplit") ms = &args[nargs + i];
    else raisef(E::TypeError, "'{}' is an invalid keyword argument for {}()", k, name);
  }
  if (sep && sep->is_none()) sep = nullptr;
  if (sep) require_sep(*sep);
  maxsplit = -1;
  if (ms) {
    if (!is_int_value(*ms)) raisef(E::TypeError, "'{}' object cannot be interpreted as an integer", type_name(*ms));
    maxsplit = index_value(*ms);
  }
  if (maxsplit < 0) maxsplit = INT64_MAX;
}

int64_t count_occurrences(std::string_view hay, std::string_view sub) {
  int64_t count = 0;
  for (size_t pos = hay.find(sub); pos != std::string_view::npos; pos = hay.find(sub, pos + sub.size())) ++count;
  return count;
}

void split_on(std::string_view s, std::string_view sep, int64_t maxsplit, std::vector<Piece>& parts) {
  size_t start = 0;
  for (int64_t splits = 0; splits < maxsplit; ++splits) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) break;
    parts.push_back({start, pos});
    start = pos + sep.size();
  }
  parts.push_back({start, s.size()});
}

void rsplit_on(std::string_view s, std::string_view sep, int64_t maxsplit, std::vector<Piece>& parts) {
  size_t first = parts.size();
  size_t end = s.size();
  for (int64_t splits = 0; splits < maxsplit && end >= sep.size(); ++splits) {
    size_t pos = s.substr(0, end).rfind(sep);
    if (pos == std::string_view::npos) break;
    parts.push_back({pos + sep.size(), end});
    end = pos;
  }
  parts.push_back({0, end});
  std::reverse(parts.begin() + std::ptrdiff_t(first), parts.end());
}

std::string zero_fill(std::string_view s, int64_t fill) {
  std::string out(s);
  size_t at = (!out.empty() && (out[0] == '+' || out[0] == '-')) ? 1 : 0;
  out.insert(at, size_t(fill), '0');
  return out;
}

}  // namespace py::text
