// list: methods, slicing (get/set/del with steps), operators, iteration.
#include <algorithm>

#include "data/bigint.h"
#include "data/data_util.h"

namespace py {

void release_items_backwards(std::vector<Value>& items) {
  while (!items.empty()) items.pop_back();
}

namespace {
inline ListObj* L(const Value& v) { return v.as<ListObj>(); }
}  // namespace

Value make_list(std::vector<Value> items) {
  auto* l = new ListObj();
  l->items = std::move(items);
  return Value::steal(l);
}
Value list_from_vector(std::vector<Value>&& items) { return make_list(std::move(items)); }
Value new_list(std::initializer_list<Value> items) { return make_list(std::vector<Value>(items)); }
void list_append(const Value& list, const Value& v) { L(list)->items.push_back(v); }

void list_extend(const Value& list, const Value& iterable) {
  if (iterable.same(list)) {
    auto copy = L(list)->items;
    L(list)->items.insert(L(list)->items.end(), copy.begin(), copy.end());
    return;
  }
  collect_sized(iterable, L(list)->items);
}

namespace {

Value list_repr(const Value& self) {
  const auto& items = L(self)->items;
  if (items.empty()) return str_const("[]", 2);
  ReprGuard guard(self.obj());
  if (guard.recursive) return str_const("[...]", 5);
  std::vector<Value> snapshot = items;  // a __repr__ may mutate the list
  return seq_repr("[", "]", snapshot);
}

int64_t list_len(const Value& self) { return int64_t(L(self)->items.size()); }

[[noreturn]] void bad_index_type(const Value& key) {
  raisef(E::TypeError, "list indices must be integers or slices, not {}", type_name(key));
}

bool index_like(const Value& key) {
  return key.is_int() || key.is_bool() || is_bigint(key) || (key.is_obj() && !type_of(key)->is_builtin);
}

Value list_getitem(const Value& self, const Value& key) {
  auto& items = L(self)->items;
  if (key.is_int()) {
    int64_t i = key.i();
    if (i < 0) i += int64_t(items.size());
    if (i < 0 || i >= int64_t(items.size())) raise(E::IndexError, "list index out of range");
    return items[size_t(i)];
  }
  if (is_slice(key)) {
    SliceIdx ix = slice_indices(key, int64_t(items.size()));
    std::vector<Value> out;
    out.reserve(size_t(ix.count));
    if (ix.step == 1) {
      out.assign(items.begin() + ix.start, items.begin() + ix.start + ix.count);
    } else {
      for (int64_t k = 0, i = ix.start; k < ix.count; ++k, i += ix.step) out.push_back(items[size_t(i)]);
    }
    return make_list(std::move(out));
  }
  if (index_like(key)) return items[size_t(wrap_index(key, int64_t(items.size()), "list index out of range"))];
  bad_index_type(key);
}

void list_setitem(const Value& self, const Value& key, const Value& value) {
  auto& items = L(self)->items;
  if (key.is_int()) {
    int64_t i = key.i();
    if (i < 0) i += int64_t(items.size());
    if (i < 0 || i >= int64_t(items.size())) raise(E::IndexError, "list assignment index out of range");
    items[size_t(i)] = value;
    return;
  }
  if (is_slice(key)) {
    SliceIdx ix = slice_indices(key, int64_t(items.size()));  // "slice step cannot be zero" first
    std::vector<Value> seq;
    if (value.same(self)) seq = items;
    else if (!type_of(value)->iter && type_of(value)->is_builtin)
      raise(E::TypeError, ix.step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    else collect(value, seq);
    if (ix.step == 1) {
      // The list changes first; then what it let go is released last to
      // first, as CPython does (finalisers see the new list, in that order).
      int64_t stop = std::max(ix.stop, ix.start);
      std::vector<Value> removed(std::make_move_iterator(items.begin() + ix.start),
                                 std::make_move_iterator(items.begin() + stop));
      items.erase(items.begin() + ix.start, items.begin() + stop);
      items.insert(items.begin() + ix.start, seq.begin(), seq.end());
      release_items_backwards(removed);
      return;
    }
    if (int64_t(seq.size()) != ix.count)
      raisef(E::ValueError, "attempt to assign sequence of size {} to extended slice of size {}", seq.size(),
             ix.count);
    for (int64_t k = 0, i = ix.start; k < ix.count; ++k, i += ix.step) items[size_t(i)] = seq[size_t(k)];
    return;
  }
  if (index_like(key)) {
    items[size_t(wrap_index(key, int64_t(items.size()), "list assignment index out of range"))] = value;
    return;
  }
  bad_index_type(key);
}

void list_delitem(const Value& self, const Value& key) {
  auto& items = L(self)->items;
  if (is_slice(key)) {
    SliceIdx ix = slice_indices(key, int64_t(items.size()));
    if (ix.count == 0) return;
    if (ix.step == 1) {
      std::vector<Value> removed(std::make_move_iterator(items.begin() + ix.start),
                                 std::make_move_iterator(items.begin() + ix.start + ix.count));
      items.erase(items.begin() + ix.start, items.begin() + ix.start + ix.count);
      release_items_backwards(removed);
      return;
    }
    std::vector<char> drop(items.size(), 0);
    for (int64_t k = 0, i = ix.start; k < ix.count; ++k, i += ix.step) drop[size_t(i)] = 1;
    std::vector<Value> kept;
    kept.reserve(items.size() - size_t(ix.count));
    for (size_t i = 0; i < items.size(); ++i)
      if (!drop[i]) kept.push_back(std::move(items[i]));
    std::vector<Value> old;
    old.swap(items);
    items = std::move(kept);
    release_items_backwards(old);
    return;
  }
  if (!index_like(key)) bad_index_type(key);
  int64_t i = wrap_index(key, int64_t(items.size()), "list assignment index out of range");
  Value removed = std::move(items[size_t(i)]);
  items.erase(items.begin() + i);
}

bool list_contains(const Value& self, const Value& item) {
  auto& items = L(self)->items;
  for (size_t i = 0; i < items.size(); ++i)
    if (items[i].same(item) || eq_bool(items[i], item)) return true;
  return false;
}

Value list_richcompare(const Value& a, const Value& b, int op) {
  if (!is_list(b)) return not_implemented();
  Value r;
  seq_compare_items(L(a)->items, L(b)->items, op, r);
  return r;
}

int64_t repeat_count(const Value& n) {
  if (is_bigint(n)) {
    if (n.as<IntObj>()->v.neg) return 0;
    raise(E::MemoryError, "");
  }
  if (n.is_obj()) return index_value(n);
  return n.i();
}

Value list_binop(const Value& a, const Value& b, int op) {
  int base = op & 15;
  bool inplace = op & BINOP_INPLACE;
  if (base == BINOP_ADD) {
    if (inplace && is_list(a)) {
      list_extend(a, b);
      return a;
    }
    if (is_list(a) && is_list(b)) {
      std::vector<Value> out;
      out.reserve(L(a)->items.size() + L(b)->items.size());
      out = L(a)->items;
      out.insert(out.end(), L(b)->items.begin(), L(b)->items.end());
      return make_list(std::move(out));
    }
    if ((op & BINOP_SEQUENCE) && is_list(a))
      raisef(E::TypeError, "can only concatenate list (not \"{}\") to list", type_name(b));
    return not_implemented();
  }
  if (base == BINOP_MUL) {
    const Value& seq = is_list(a) ? a : b;
    const Value& n_in = is_list(a) ? b : a;
    Value n = seq_repeat_arg(n_in, op);
    if (n.is_unbound()) {
      if ((op & BINOP_SEQUENCE) && is_list(a))
        raisef(E::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(n_in));
      return not_implemented();
    }
    int64_t times = repeat_count(n);
    const std::vector<Value>& items = L(seq)->items;
    std::vector<Value> out;
    if (times > 0) out.reserve(items.size() * size_t(times));
    for (int64_t k = 0; k < times; ++k) out.insert(out.end(), items.begin(), items.end());
    if (inplace && is_list(a)) {
      std::vector<Value> old;
      old.swap(L(a)->items);
      L(a)->items = std::move(out);
      release_items_backwards(old);  // last to first, as CPython
      return a;
    }
    return make_list(std::move(out));
  }
  return not_implemented();
}

// ---- iteration ----
struct ListIterObj : Object {
  Value seq;
  int64_t index = 0;
  explicit ListIterObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(seq); }
  void gc_clear() override { seq.clear(); }
};
TypeObj* list_iterator_type;
TypeObj* list_reverseiterator_type;

Value list_iter(const Value& self) {
  auto* it = new ListIterObj(list_iterator_type);
  it->seq = self;
  return Value::steal(it);
}

bool list_iter_next(const Value& self, Value& out) {
  auto* it = self.as<ListIterObj>();
  if (it->seq.is_unbound()) return false;
  auto& items = L(it->seq)->items;
  if (it->index < int64_t(items.size())) {
    out = items[size_t(it->index++)];
    return true;
  }
  it->seq.clear();
  return false;
}

bool list_reviter_next(const Value& self, Value& out) {
  auto* it = self.as<ListIterObj>();
  if (it->seq.is_unbound()) return false;
  auto& items = L(it->seq)->items;
  if (it->index >= 0 && it->index < int64_t(items.size())) {
    out = items[size_t(it->index--)];
    return true;
  }
  it->seq.clear();
  return false;
}

Value iter_self(const Value& self) { return self; }

Value list_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (kw && !kw->items.empty()) raise(E::TypeError, "list() takes no keyword arguments");
  if (nargs > 1) raisef(E::TypeError, "list expected at most 1 argument, got {}", nargs);
  auto* l = new_data_object<ListObj>(type);
  Value v = Value::steal(l);
  if (nargs == 1) collect_sized(args[0], l->items);
  return v;
}

// ---- methods ----
Value m_append(const Value* a, size_t n, TupleObj* k) {
  check_args("append", n - 1, k, 1, 1);
  L(a[0])->items.push_back(a[1]);
  return Value::none();
}
Value m_extend(const Value* a, size_t n, TupleObj* k) {
  check_args("extend", n - 1, k, 1, 1);
  list_extend(a[0], a[1]);
  return Value::none();
}
Value m_insert(const Value* a, size_t n, TupleObj* k) {
  check_args("insert", n - 1, k, 2, 2);
  auto& items = L(a[0])->items;
  int64_t i = index_value(a[1]);
  int64_t len = int64_t(items.size());
  if (i < 0) {
    i += len;
    if (i < 0) i = 0;
  } else if (i > len) {
    i = len;
  }
  items.insert(items.begin() + i, a[2]);
  return Value::none();
}
Value m_pop(const Value* a, size_t n, TupleObj* k) {
  check_args("pop", n - 1, k, 0, 1);
  auto& items = L(a[0])->items;
  if (items.empty()) raise(E::IndexError, "pop from empty list");
  int64_t i = n > 1 ? index_value(a[1]) : -1;
  int64_t len = int64_t(items.size());
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(E::IndexError, "pop index out of range");
  Value v = std::move(items[size_t(i)]);
  items.erase(items.begin() + i);
  return v;
}
Value m_remove(const Value* a, size_t n, TupleObj* k) {
  check_args("remove", n - 1, k, 1, 1);
  auto& items = L(a[0])->items;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].same(a[1]) || eq_bool(items[i], a[1])) {
      Value removed = std::move(items[i]);
      items.erase(items.begin() + int64_t(i));
      return Value::none();
    }
  }
  raise(E::ValueError, "list.remove(x): x not in list");
}
Value m_index(const Value* a, size_t n, TupleObj* k) {
  check_args("index", n - 1, k, 1, 3);
  auto& items = L(a[0])->items;
  int64_t len = int64_t(items.size());
  int64_t start = 0, stop = len;
  if (n > 2) {
    start = index_value(a[2]);
    if (start < 0) start = std::max<int64_t>(0, start + len);
  }
  if (n > 3) {
    stop = index_value(a[3]);
    if (stop < 0) stop = std::max<int64_t>(0, stop + len);
  }
  for (int64_t i = start; i < std::min<int64_t>(stop, int64_t(items.size())); ++i)
    if (items[size_t(i)].same(a[1]) || eq_bool(items[size_t(i)], a[1])) return Value::from_int(i);
  raisef(E::ValueError, "{} is not in list", repr_string(a[1]));
}
Value m_count(const Value* a, size_t n, TupleObj* k) {
  check_args("count", n - 1, k, 1, 1);
  int64_t c = 0;
  auto& items = L(a[0])->items;
  for (size_t i = 0; i < items.size(); ++i)
    if (items[i].same(a[1]) || eq_bool(items[i], a[1])) ++c;
  return Value::from_int(c);
}
Value m_reverse(const Value* a, size_t n, TupleObj* k) {
  check_args("reverse", n - 1, k, 0, 0);
  std::reverse(L(a[0])->items.begin(), L(a[0])->items.end());
  return Value::none();
}
Value m_copy(const Value* a, size_t n, TupleObj* k) {
  check_args("copy", n - 1, k, 0, 0);
  return make_list(L(a[0])->items);
}
Value m_clear(const Value* a, size_t n, TupleObj* k) {
  check_args("clear", n - 1, k, 0, 0);
  std::vector<Value> old;
  old.swap(L(a[0])->items);
  release_items_backwards(old);
  return Value::none();
}
Value m_sort(const Value* a, size_t n, TupleObj* kw) {
  if (n > 1) raise(E::TypeError, "sort() takes no positional arguments");
  const Value* key = find_kwarg(a, n, kw, "key");
  const Value* rev = find_kwarg(a, n, kw, "reverse");
  size_t nkw = kw ? kw->items.size() : 0;
  if (nkw > size_t(key != nullptr) + size_t(rev != nullptr)) {
    for (const Value& name : kw->items)
      if (sv(name) != "key" && sv(name) != "reverse")
        raisef(E::TypeError, "'{}' is an invalid keyword argument for sort()", sv(name));
  }
  list_sort_inplace(a[0], key ? *key : Value::none(), rev && truthy(*rev));
  return Value::none();
}
Value m_len(const Value* a, size_t, TupleObj*) { return Value::from_int(list_len(a[0])); }
Value m_reversed(const Value* a, size_t, TupleObj*) {
  auto* it = new ListIterObj(list_reverseiterator_type);
  it->seq = a[0];
  it->index = int64_t(L(a[0])->items.size()) - 1;
  return Value::steal(it);
}

}  // namespace

Value list_reversed(const Value& list) { return m_reversed(&list, 1, nullptr); }

Value list_new_empty(TypeObj* cls) { return Value::steal(new_data_object<ListObj>(cls)); }

void list_refill(const Value& list, const Value* iterable) {
  std::vector<Value> old;
  old.swap(L(list)->items);
  release_items_backwards(old);
  if (iterable) list_extend(list, *iterable);
}

void init_list_type() {
  TypeObj* t = T::list;
  t->repr = list_repr;
  t->hash = nullptr;
  t->len = list_len;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->delitem = list_delitem;
  t->contains = list_contains;
  t->richcompare = list_richcompare;
  t->binop = list_binop;
  t->iter = list_iter;
  t->tp_new = list_new;
  add_method(t, "append", m_append);
  add_method(t, "extend", m_extend);
  add_method(t, "insert", m_insert);
  add_method(t, "pop", m_pop);
  add_method(t, "remove", m_remove);
  add_method(t, "index", m_index);
  add_method(t, "count", m_count);
  add_method(t, "reverse", m_reverse);
  add_method(t, "copy", m_copy);
  add_method(t, "clear", m_clear);
  add_method(t, "sort", m_sort);
  add_method(t, "__len__", m_len);
  add_method(t, "__reversed__", m_reversed);
  list_iterator_type = new_builtin_type("list_iterator", nullptr);
  list_iterator_type->iter = iter_self;
  list_iterator_type->next = list_iter_next;
  list_iterator_type->allows_subclassing = false;
  list_reverseiterator_type = new_builtin_type("list_reverseiterator", nullptr);
  list_reverseiterator_type->iter = iter_self;
  list_reverseiterator_type->next = list_reviter_next;
  list_reverseiterator_type->allows_subclassing = false;
}

}  // namespace py
