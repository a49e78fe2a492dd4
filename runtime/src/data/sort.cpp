// list.sort / sorted: a stable sort using only `<`, like CPython. Keys are
// computed first; the list is untouched if a key or a comparison raises.
#include <algorithm>
#include <numeric>

#include "data/data_util.h"

namespace py {

namespace {

enum class Kind { Ints, Floats, Strs, Mixed };

Kind classify(const std::vector<Value>& keys) {
  if (keys.empty()) return Kind::Mixed;
  bool ints = true, floats = true, strs = true;
  for (const Value& k : keys) {
    ints = ints && k.is_int();
    floats = floats && k.is_float();
    strs = strs && k.is_obj() && k.obj()->type == T::str;
    if (!ints && !floats && !strs) return Kind::Mixed;
  }
  return ints ? Kind::Ints : floats ? Kind::Floats : strs ? Kind::Strs : Kind::Mixed;
}

void sort_values(std::vector<Value>& items, const Value& key, bool reverse) {
  const size_t n = items.size();
  if (n < 2) return;
  std::vector<Value> keys;
  bool has_key = !key.is_none() && !key.is_unbound();
  if (has_key) {
    keys.reserve(n);
    for (const Value& v : items) keys.push_back(call(key, {v}));
  }
  const std::vector<Value>& k = has_key ? keys : items;
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  auto run = [&](auto less) {
    if (reverse) std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return less(b, a); });
    else std::stable_sort(order.begin(), order.end(), less);
  };
  switch (classify(k)) {
    case Kind::Ints: run([&](uint32_t a, uint32_t b) { return k[a].i() < k[b].i(); }); break;
    case Kind::Floats: run([&](uint32_t a, uint32_t b) { return k[a].f() < k[b].f(); }); break;
    case Kind::Strs: run([&](uint32_t a, uint32_t b) { return sv(k[a]) < sv(k[b]); }); break;
    default: run([&](uint32_t a, uint32_t b) { return truthy(lt(k[a], k[b])); }); break;
  }
  std::vector<Value> sorted;
  sorted.reserve(n);
  for (uint32_t i : order) sorted.push_back(items[i]);
  items.swap(sorted);
}

}  // namespace

Value list_sort_inplace(const Value& list, const Value& key, bool reverse) {
  auto* l = list.as<ListObj>();
  // Sort a copy: a comparison that raises leaves the list as it was, and a
  // comparison that mutates the list cannot corrupt the sort.
  std::vector<Value> items = l->items;
  sort_values(items, key, reverse);
  l->items.swap(items);
  return Value::none();
}

Value sorted_list(const Value& iterable, const Value& key, bool reverse) {
  std::vector<Value> items;
  collect_sized(iterable, items);
  sort_values(items, key, reverse);
  return make_list(std::move(items));
}

}  // namespace py
