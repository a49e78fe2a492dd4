// The heapq module: CPython's sift algorithms (the same comparisons in the
// same order, so the list layout and tie order match), comparing with `<`
// so user classes with __lt__ work; merge() is lazy as heapq.py's generator.
#include <vector>

#include "core/core.h"
#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

using Items = std::vector<Value>;

bool less(const Value& a, const Value& b) { return truthy(lt(a, b)); }

void check_unchanged(const Items& heap, size_t size) {
  if (heap.size() != size) raise(E::RuntimeError, "list changed size during iteration");
}

// Moves heap[pos] up towards startpos while it is smaller than its parent.
void sift_down(Items& heap, size_t startpos, size_t pos, bool max_heap) {
  size_t size = heap.size();
  Value newitem = heap[pos];
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    Value parent = heap[parentpos];
    bool move = max_heap ? less(parent, newitem) : less(newitem, parent);
    check_unchanged(heap, size);
    if (!move) break;
    heap[pos] = std::move(parent);
    pos = parentpos;
  }
  heap[pos] = std::move(newitem);
}

// Floyd's bottom-up sift: walk the smaller child down to a leaf, then sift
// the displaced item back up.
void sift_up(Items& heap, size_t pos, bool max_heap) {
  size_t endpos = heap.size(), startpos = pos;
  Value newitem = heap[pos];
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos) {
      Value left = heap[childpos], right = heap[rightpos];
      bool keep_left = max_heap ? less(right, left) : less(left, right);
      check_unchanged(heap, endpos);
      if (!keep_left) childpos = rightpos;
    }
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = std::move(newitem);
  sift_down(heap, startpos, pos, max_heap);
}

void heapify_items(Items& heap, bool max_heap) {
  for (size_t i = heap.size() / 2; i-- > 0;) sift_up(heap, i, max_heap);
}

Items& list_arg(const Value& v, const char* fname) {
  if (!isinstance_of(v, T::list))
    raise(E::TypeError, std::string(fname) + "() argument 1 must be list, not " + type_name(v));
  return v.as<ListObj>()->items;
}

void clinic_args(const char* fname, size_t nargs, TupleObj* kw, size_t n) {
  no_kwargs((std::string("_heapq.") + fname).c_str(), kw);
  if (nargs != n)
    raise(E::TypeError, std::string(fname) + " expected " + std::to_string(n) + " arguments, got " +
                            std::to_string(nargs));
}

Value fn_heappush(const Value* args, size_t nargs, TupleObj* kw) {
  clinic_args("heappush", nargs, kw, 2);
  Items& heap = list_arg(args[0], "heappush");
  heap.push_back(args[1]);
  sift_down(heap, 0, heap.size() - 1, false);
  return Value::none();
}

Value pop_impl(Items& heap, bool max_heap) {
  if (heap.empty()) raise(E::IndexError, "index out of range");
  Value last = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return last;
  Value result = std::move(heap[0]);
  heap[0] = std::move(last);
  sift_up(heap, 0, max_heap);
  return result;
}

Value fn_heappop(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("_heapq.heappop", nargs, kw, 1);
  Value keep = args[0];
  return pop_impl(list_arg(keep, "heappop"), false);
}

Value replace_impl(Items& heap, const Value& item, bool max_heap) {
  if (heap.empty()) raise(E::IndexError, "index out of range");
  Value result = std::move(heap[0]);
  heap[0] = item;
  sift_up(heap, 0, max_heap);
  return result;
}

Value fn_heapreplace(const Value* args, size_t nargs, TupleObj* kw) {
  clinic_args("heapreplace", nargs, kw, 2);
  Value keep = args[0];
  return replace_impl(list_arg(keep, "heapreplace"), args[1], false);
}

Value fn_heappushpop(const Value* args, size_t nargs, TupleObj* kw) {
  clinic_args("heappushpop", nargs, kw, 2);
  Value keep = args[0];
  Items& heap = list_arg(keep, "heappushpop");
  if (heap.empty()) return args[1];
  Value top = heap[0];
  bool smaller = less(top, args[1]);
  if (!smaller) return args[1];
  if (heap.empty()) raise(E::IndexError, "index out of range");
  Value result = std::move(heap[0]);
  heap[0] = args[1];
  sift_up(heap, 0, false);
  return result;
}

Value fn_heapify(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("_heapq.heapify", nargs, kw, 1);
  if (!isinstance_of(args[0], T::list))
    raise(E::TypeError, "heapify() argument must be list, not " + type_name(args[0]));
  Value keep = args[0];
  heapify_items(keep.as<ListObj>()->items, false);
  return Value::none();
}

Value fn_heappop_max(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("_heapq._heappop_max", nargs, kw, 1);
  Value keep = args[0];
  return pop_impl(list_arg(keep, "_heappop_max"), true);
}

Value fn_heapify_max(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("_heapq._heapify_max", nargs, kw, 1);
  if (!isinstance_of(args[0], T::list))
    raise(E::TypeError, "_heapify_max() argument must be list, not " + type_name(args[0]));
  Value keep = args[0];
  heapify_items(keep.as<ListObj>()->items, true);
  return Value::none();
}

Value fn_heapreplace_max(const Value* args, size_t nargs, TupleObj* kw) {
  clinic_args("_heapreplace_max", nargs, kw, 2);
  Value keep = args[0];
  return replace_impl(list_arg(keep, "_heapreplace_max"), args[1], true);
}

// heapq.py's nsmallest / nlargest, step for step (decorated tuples carry the
// input order so equal keys keep it, and the same comparisons happen).
Value select_n(const Value* args, size_t nargs, TupleObj* kw, bool largest) {
  static const Signature small_sig{"nsmallest", {"n", "iterable", "key"}, 3, 2};
  static const Signature large_sig{"nlargest", {"n", "iterable", "key"}, 3, 2};
  Value p[3];
  bind(largest ? large_sig : small_sig, args, nargs, kw, p);
  const Value& n = p[0];
  const Value& iterable = p[1];
  Value key = p[2].is_bound() ? p[2] : Value::none();

  if (eq_bool(n, Value::from_int(1))) {
    // min/max(it, default=sentinel, key=key)
    static TupleObj* kwn = kwnames_const({"default", "key"});
    Value sentinel = make_tuple({});  // a fresh object nobody else can return
    Value call_args[3] = {iter(iterable), sentinel, key};
    Value result = call(builtin(largest ? "max" : "min"), call_args, 1, kwn);
    if (result.same(sentinel)) return make_list({});
    return make_list({result});
  }
  TypeObj* t = type_of(iterable);
  bool has_len = t->len != nullptr || type_lookup(t, intern("__len__")).is_bound();
  if (has_len) {
    int64_t size = length(iterable);
    if (truthy(ge(n, Value::from_int(size)))) {
      static TupleObj* kwn = kwnames_const({"key", "reverse"});
      Value call_args[3] = {iterable, key, Value::from_bool(largest)};
      Value sorted = call(builtin("sorted"), call_args, 1, kwn);
      return getitem(sorted, make_slice(Value::none(), n, Value::none()));
    }
  }
  int64_t count = index_value(n);
  Value it = iter(iterable);
  Items result;
  Value elem;
  int64_t order = 0;
  bool keyed = !key.is_none();
  for (int64_t i = 0; i < count && next(it, elem); ++i) {
    Value idx = Value::from_int(largest ? -i : i);
    result.push_back(keyed ? make_tuple({call(key, {elem}), idx, elem}) : make_tuple({elem, idx}));
  }
  if (result.empty()) return make_list({});
  heapify_items(result, !largest);
  Value top = result[0].as<TupleObj>()->items[0];
  order = largest ? -count : count;
  while (next(it, elem)) {
    Value k = keyed ? call(key, {elem}) : elem;
    if (largest ? less(top, k) : less(k, top)) {
      Value entry = keyed ? make_tuple({k, Value::from_int(order), elem}) : make_tuple({k, Value::from_int(order)});
      replace_impl(result, entry, !largest);
      top = result[0].as<TupleObj>()->items[0];
      order += largest ? -1 : 1;
    }
  }
  Value list = make_list(std::move(result));
  list_sort_inplace(list, Value::none(), largest);
  Items out;
  for (const Value& entry : list.as<ListObj>()->items)
    out.push_back(entry.as<TupleObj>()->items[keyed ? 2 : 0]);
  return make_list(std::move(out));
}

Value fn_nsmallest(const Value* args, size_t nargs, TupleObj* kw) { return select_n(args, nargs, kw, false); }
Value fn_nlargest(const Value* args, size_t nargs, TupleObj* kw) { return select_n(args, nargs, kw, true); }

// ---- merge(*iterables, key=None, reverse=False): a lazy merge of sorted
// inputs, in CPython's order. As heapq.py does, each input is a heap entry
// [key, order, value, iterator] ([value, order, iterator] without a key),
// a list compared with list `<`: the order (negated for reverse) breaks ties
// in favour of the earlier input, so iterators are never compared. The
// entry just yielded is advanced on the next call, not before.
TypeObj* merge_type = nullptr;

struct MergeObj : Object {
  Value iterables;  // a tuple, until the first call reads their first items
  Value key;        // None: the values themselves
  bool reverse = false, started = false, advance_top = false, done = false;
  Items heap;       // of entries (lists)
  MergeObj() : Object(merge_type) {}
};

size_t value_slot(const MergeObj* m) { return m->key.is_none() ? 0 : 2; }

Value entry_iterator(const MergeObj* m, const Value& entry) {
  auto& e = entry.as<ListObj>()->items;
  return e[m->key.is_none() ? 2 : 3];
}

void merge_start(MergeObj* m) {
  auto& iterables = m->iterables.as<TupleObj>()->items;
  int64_t direction = m->reverse ? -1 : 1;
  for (size_t order = 0; order < iterables.size(); ++order) {
    Value it = iter(iterables[order]), first;
    if (!next(it, first)) continue;
    Value ord = Value::from_int(int64_t(order) * direction);
    m->heap.push_back(m->key.is_none() ? make_list({first, ord, it})
                                       : make_list({call(m->key, {first}), ord, first, it}));
  }
  m->iterables.clear();
  heapify_items(m->heap, m->reverse);
}

bool merge_next(const Value& self, Value& out) {
  auto* m = self.as<MergeObj>();
  if (m->done) return false;
  Value keep = self;
  try {
    if (!m->started) {
      m->started = true;
      merge_start(m);
    } else if (m->advance_top) {
      m->advance_top = false;
      Value top = m->heap[0];
      Value value;
      if (next(entry_iterator(m, top), value)) {
        auto& e = top.as<ListObj>()->items;
        if (!m->key.is_none()) e[0] = call(m->key, {value});
        e[value_slot(m)] = value;
        replace_impl(m->heap, top, m->reverse);
      } else {
        pop_impl(m->heap, m->reverse);
      }
    }
    if (m->heap.empty()) {
      m->done = true;
      return false;
    }
    out = m->heap[0].as<ListObj>()->items[value_slot(m)];
    m->advance_top = true;
    return true;
  } catch (...) {
    // (A generator that raised is finished.)
    m->done = true;
    m->heap.clear();
    throw;
  }
}

Value fn_merge(const Value* args, size_t nargs, TupleObj* kw) {
  size_t nkw = kwcount(kw);
  auto* m = new MergeObj();
  Value result = Value::steal(m);
  m->key = Value::none();
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view name = sv(kw->items[i]);
    if (name == "key")
      m->key = args[nargs + i];
    else if (name == "reverse")
      m->reverse = truthy(args[nargs + i]);
    else
      raise(E::TypeError, "merge() got an unexpected keyword argument '" + std::string(name) + "'");
  }
  m->iterables = make_tuple(std::vector<Value>(args, args + nargs));
  return result;
}

}  // namespace

void init_heapq_module(ModuleObj* m) {
  module_add_fn(m, "heappush", fn_heappush);
  module_add_fn(m, "heappop", fn_heappop);
  module_add_fn(m, "heapreplace", fn_heapreplace);
  module_add_fn(m, "heappushpop", fn_heappushpop);
  module_add_fn(m, "heapify", fn_heapify);
  module_add_fn(m, "nsmallest", fn_nsmallest);
  module_add_fn(m, "nlargest", fn_nlargest);
  module_add_fn(m, "_heappop_max", fn_heappop_max);
  module_add_fn(m, "_heapify_max", fn_heapify_max);
  module_add_fn(m, "_heapreplace_max", fn_heapreplace_max);
  if (!merge_type) {
    merge_type = new_builtin_type("merge", nullptr);
    merge_type->module = "heapq";
    merge_type->allows_subclassing = false;
    merge_type->iter = [](const Value& self) { return self; };
    merge_type->next = merge_next;
  }
  module_add_fn(m, "merge", fn_merge);
}

}  // namespace py
