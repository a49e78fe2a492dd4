// set and frozenset with CPython's table algorithm (minimum size 8, linear
// probes of 9 then perturbed probing, fill factor 3/5, the same resize and
// merge rules), so `print({3, 1, 2})` and set operations iterate in
// CPython's order.
#include "data/set.h"

#include "data/bigint.h"
#include "data/data_util.h"
#include "data/dict_impl.h"

namespace py {

namespace {

using SetObj = FrozenOrSetObj;
using Entry = SetObj::Entry;
constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;

inline SetObj* SO(const Value& v) { return v.as<SetObj>(); }
inline bool is_anyset(const Value& v) { return has_type(v, T::set) || has_type(v, T::frozenset); }
inline bool is_active(const Entry& e) { return e.key.is_bound(); }

inline int64_t key_hash(const Value& key) {
  if (key.is_int()) return hash_i64(key.i());
  if (key.is_obj() && key.obj()->type == T::str) return str_hash(key.as<StrObj>());
  return hash(key);
}

inline bool keys_equal(const Value& stored, const Value& key) {
  if (stored.same(key)) return true;
  if (stored.is_obj() && key.is_obj() && stored.obj()->type == T::str && key.obj()->type == T::str)
    return sv(stored) == sv(key);
  return eq_bool(stored, key);
}

void insert_clean(std::vector<Entry>& table, uint64_t mask, Value key, int64_t hash) {
  uint64_t perturb = uint64_t(hash);
  uint64_t i = uint64_t(hash) & mask;
  while (true) {
    Entry* entry = &table[i];
    if (entry->key.is_unbound()) goto found;
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_unbound()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    entry->key = std::move(key);
    entry->hash = hash;
    return;
  }
}

void table_resize(SetObj* so, int64_t minused) {
  uint64_t newsize = 8;
  while (newsize <= uint64_t(minused)) newsize <<= 1;
  std::vector<Entry> old;
  old.swap(so->table);
  so->table.assign(newsize, Entry{});
  so->mask = newsize - 1;
  so->fill = so->used;
  for (Entry& e : old)
    if (is_active(e)) insert_clean(so->table, so->mask, std::move(e.key), e.hash);
}

// The entry holding key, or null.
Entry* lookkey(SetObj* so, const Value& key, int64_t hash) {
  uint64_t perturb = uint64_t(hash);
  uint64_t mask = so->mask;
  uint64_t i = uint64_t(hash) & mask;
  while (true) {
    Entry* entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key.is_unbound()) return nullptr;
      if (entry->hash == hash && is_active(*entry) && keys_equal(entry->key, key)) return entry;
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void add_entry(SetObj* so, const Value& key, int64_t hash) {
  uint64_t mask = so->mask;
  uint64_t i = uint64_t(hash) & mask;
  Entry* freeslot = nullptr;
  uint64_t perturb = uint64_t(hash);
  Entry* entry;
  while (true) {
    entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key.is_unbound()) goto found_unused_or_dummy;
      if (entry->hash == hash && is_active(*entry)) {
        if (keys_equal(entry->key, key)) return;  // already present
      } else if (entry->hash == -1 && entry->key.is_unbound()) {
        freeslot = entry;
      }
      ++entry;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot) {
    ++so->used;
    freeslot->key = key;
    freeslot->hash = hash;
    return;
  }
  ++so->fill;
  ++so->used;
  entry->key = key;
  entry->hash = hash;
  if (uint64_t(so->fill) * 5 < mask * 3) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

bool discard_entry(SetObj* so, const Value& key, int64_t hash) {
  Entry* e = lookkey(so, key, hash);
  if (!e) return false;
  Value old = std::move(e->key);
  e->key = Value();
  e->hash = -1;
  --so->used;
  return true;
}

void clear_set(SetObj* so) {
  std::vector<Entry> old(8);
  old.swap(so->table);
  so->mask = 7;
  so->fill = so->used = 0;
}

void merge(SetObj* so, SetObj* other) {
  if (other == so || other->used == 0) return;
  if (uint64_t(so->fill + other->used) * 5 >= so->mask * 3) table_resize(so, (so->used + other->used) * 2);
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (size_t i = 0; i <= other->mask; ++i)
      if (is_active(other->table[i])) so->table[i] = other->table[i];
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    so->fill = so->used = other->used;
    for (size_t i = 0; i <= other->mask; ++i)
      if (is_active(other->table[i])) insert_clean(so->table, so->mask, other->table[i].key, other->table[i].hash);
    return;
  }
  for (size_t i = 0; i <= other->mask; ++i) {
    Entry e = other->table[i];
    if (is_active(e)) add_entry(so, e.key, e.hash);
  }
}

void update_internal(SetObj* so, const Value& other) {
  if (is_anyset(other)) {
    merge(so, SO(other));
    return;
  }
  if (other.is_obj() && other.obj()->type == T::dict) {
    DictObj* d = other.as<DictObj>();
    if (uint64_t(so->fill + d->used) * 5 >= so->mask * 3) table_resize(so, (so->used + d->used) * 2);
    std::vector<DictObj::Entry> snapshot;
    for (auto& e : d->entries)
      if (e.key.is_bound()) snapshot.push_back(e);
    for (auto& e : snapshot) add_entry(so, e.key, e.hash);
    return;
  }
  if (other.is_obj() && (other.obj()->type == T::list || other.obj()->type == T::tuple)) {
    std::vector<Value> items;
    collect(other, items);
    for (const Value& k : items) add_entry(so, k, key_hash(k));
    return;
  }
  Value it = iter(other);
  Value x;
  while (next(it, x)) add_entry(so, x, key_hash(x));
}

TypeObj* base_type(TypeObj* t) {
  return is_subtype(t, T::frozenset) ? T::frozenset : T::set;
}

Value new_set_of(TypeObj* type) { return Value::steal(new_data_object<SetObj>(type, type)); }

Value set_copy(const Value& so) {
  Value r = new_set_of(base_type(so.obj()->type));
  merge(SO(r), SO(so));
  return r;
}

Value set_from_iterable(TypeObj* type, const Value& iterable) {
  Value r = new_set_of(type);
  update_internal(SO(r), iterable);
  return r;
}

// ---- algebra (CPython's operand orders) ----
Value intersection(const Value& a, const Value& b) {
  Value result = new_set_of(base_type(a.obj()->type));
  if (is_anyset(b)) {
    SetObj* so = SO(a);
    SetObj* other = SO(b);
    if (other->used > so->used) std::swap(so, other);
    for (size_t i = 0; i <= other->mask; ++i) {
      Entry e = other->table[i];
      if (is_active(e) && lookkey(so, e.key, e.hash)) add_entry(SO(result), e.key, e.hash);
    }
    return result;
  }
  Value it = iter(b);
  Value x;
  while (next(it, x)) {
    int64_t h = key_hash(x);
    if (lookkey(SO(a), x, h)) add_entry(SO(result), x, h);
  }
  return result;
}

void difference_update(SetObj* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) {
    clear_set(so);
    return;
  }
  if (is_anyset(other)) {
    SetObj* o = SO(other);
    for (size_t i = 0; i <= o->mask; ++i) {
      Entry e = o->table[i];
      if (is_active(e)) discard_entry(so, e.key, e.hash);
    }
  } else {
    Value it = iter(other);
    Value x;
    while (next(it, x)) discard_entry(so, x, key_hash(x));
  }
  if (uint64_t(so->fill - so->used) <= so->mask / 4) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Value difference(const Value& a, const Value& b) {
  int64_t other_size;
  if (is_anyset(b)) other_size = SO(b)->used;
  else if (b.is_obj() && b.obj()->type == T::dict) other_size = b.as<DictObj>()->used;
  else {
    Value r = set_copy(a);
    difference_update(SO(r), b);
    return r;
  }
  if ((SO(a)->used >> 2) > other_size) {
    Value r = set_copy(a);
    difference_update(SO(r), b);
    return r;
  }
  Value result = new_set_of(base_type(a.obj()->type));
  SetObj* so = SO(a);
  for (size_t i = 0; i <= so->mask; ++i) {
    Entry e = so->table[i];
    if (!is_active(e)) continue;
    bool present = is_anyset(b) ? lookkey(SO(b), e.key, e.hash) != nullptr
                                : dict_find(b.as<DictObj>(), e.key, e.hash) != nullptr;
    if (!present) add_entry(SO(result), e.key, e.hash);
  }
  return result;
}

void symmetric_difference_update(SetObj* so, const Value& other) {
  if (other.is_obj() && other.obj() == so) {
    clear_set(so);
    return;
  }
  Value otherset = is_anyset(other) ? other : set_from_iterable(T::set, other);
  SetObj* o = SO(otherset);
  for (size_t i = 0; i <= o->mask; ++i) {
    Entry e = o->table[i];
    if (!is_active(e)) continue;
    if (!discard_entry(so, e.key, e.hash)) add_entry(so, e.key, e.hash);
  }
}

Value symmetric_difference(const Value& a, const Value& b) {
  Value otherset = set_from_iterable(base_type(a.obj()->type), b);
  symmetric_difference_update(SO(otherset), a);
  return otherset;
}

bool is_subset(SetObj* a, SetObj* b) {
  if (a->used > b->used) return false;
  for (size_t i = 0; i <= a->mask; ++i) {
    Entry e = a->table[i];
    if (is_active(e) && !lookkey(b, e.key, e.hash)) return false;
  }
  return true;
}

// ---- slots ----
Value set_repr(const Value& self) {
  SetObj* so = SO(self);
  TypeObj* t = self.obj()->type;
  bool plain_set = t == T::set;
  if (so->used == 0) return make_str(t->name + "()");
  ReprGuard guard(self.obj());
  if (guard.recursive) return make_str(t->name + "(...)");
  std::vector<Value> items;
  for (size_t i = 0; i <= so->mask; ++i)
    if (is_active(so->table[i])) items.push_back(so->table[i].key);
  Value inner = seq_repr("{", "}", items);
  if (plain_set) return inner;
  return make_str(t->name + "(" + std::string(sv(inner)) + ")");
}

int64_t set_len(const Value& self) { return SO(self)->used; }

bool set_contains(const Value& self, const Value& key) {
  int64_t h;
  if (has_type(key, T::set)) {
    // a set is looked up as the equal frozenset (CPython does the same)
    Value f = set_from_iterable(T::frozenset, key);
    h = hash(f);
    return lookkey(SO(self), f, h) != nullptr;
  }
  h = key_hash(key);
  return lookkey(SO(self), key, h) != nullptr;
}

Value set_richcompare(const Value& a, const Value& b, int op) {
  if (!is_anyset(b)) return not_implemented();
  SetObj* x = SO(a);
  SetObj* y = SO(b);
  switch (op) {
    case CMP_EQ: return Value::from_bool(x->used == y->used && is_subset(x, y));
    case CMP_NE: return Value::from_bool(!(x->used == y->used && is_subset(x, y)));
    case CMP_LE: return Value::from_bool(is_subset(x, y));
    case CMP_GE: return Value::from_bool(is_subset(y, x));
    case CMP_LT: return Value::from_bool(x->used < y->used && is_subset(x, y));
    default: return Value::from_bool(x->used > y->used && is_subset(y, x));
  }
}

int64_t frozenset_hash(const Value& self) {
  SetObj* so = SO(self);
  if (so->hash_ != -1) return so->hash_;
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t h = 0;
  for (size_t i = 0; i <= so->mask; ++i)
    if (is_active(so->table[i])) h ^= shuffle(uint64_t(so->table[i].hash));
  h ^= (uint64_t(so->used) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  int64_t r = int64_t(h);
  if (r == -1) r = 590923713;
  so->hash_ = r;
  return r;
}

Value set_binop(const Value& a, const Value& b, int op) {
  int base = op & 15;
  bool inplace = op & BINOP_INPLACE;
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented();
  if (inplace && has_type(a, T::set)) {
    switch (base) {
      case BINOP_OR: update_internal(SO(a), b); return a;
      case BINOP_AND: {
        Value tmp = intersection(a, b);
        std::swap(SO(a)->table, SO(tmp)->table);
        std::swap(SO(a)->mask, SO(tmp)->mask);
        std::swap(SO(a)->fill, SO(tmp)->fill);
        std::swap(SO(a)->used, SO(tmp)->used);
        return a;
      }
      case BINOP_SUB: difference_update(SO(a), b); return a;
      case BINOP_XOR: symmetric_difference_update(SO(a), b); return a;
      default: return not_implemented();
    }
  }
  switch (base) {
    case BINOP_OR: {
      Value r = set_copy(a);
      update_internal(SO(r), b);
      return r;
    }
    case BINOP_AND: return intersection(a, b);
    case BINOP_SUB: return difference(a, b);
    case BINOP_XOR: return symmetric_difference(a, b);
    default: return not_implemented();
  }
}

// ---- iteration ----
struct SetIterObj : Object {
  Value set;
  size_t pos = 0;
  int64_t expected_used;
  explicit SetIterObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(set); }
  void gc_clear() override { set.clear(); }
};
TypeObj* set_iterator_type;

Value iter_self(const Value& self) { return self; }

Value set_iter(const Value& self) {
  auto* it = new SetIterObj(set_iterator_type);
  it->set = self;
  it->expected_used = SO(self)->used;
  return Value::steal(it);
}

bool set_iter_next(const Value& self, Value& out) {
  auto* it = self.as<SetIterObj>();
  if (it->set.is_unbound()) return false;
  SetObj* so = SO(it->set);
  if (so->used != it->expected_used) {
    it->expected_used = -1;
    raise(E::RuntimeError, "Set changed size during iteration");
  }
  while (it->pos <= so->mask && !is_active(so->table[it->pos])) ++it->pos;
  if (it->pos > so->mask) {
    it->set.clear();
    return false;
  }
  out = so->table[it->pos++].key;
  return true;
}

Value set_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  bool frozen = is_subtype(type, T::frozenset);
  const char* name = frozen ? "frozenset" : "set";
  if (kw && !kw->items.empty()) raisef(E::TypeError, "{}() takes no keyword arguments", name);
  if (nargs > 1) raisef(E::TypeError, "{} expected at most 1 argument, got {}", name, nargs);
  if (frozen && type == T::frozenset && nargs == 1 && args[0].is_obj() && args[0].obj()->type == T::frozenset)
    return args[0];
  Value r = new_set_of(type);
  if (nargs == 1) update_internal(SO(r), args[0]);
  return r;
}

// ---- methods ----
void require_set_arg(const char* name, size_t n, TupleObj* k, size_t min, size_t max) {
  check_args(name, n, k, min, max);
}

Value m_add(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("add", n - 1, k, 1, 1);
  add_entry(SO(a[0]), a[1], key_hash(a[1]));
  return Value::none();
}
Value m_remove(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("remove", n - 1, k, 1, 1);
  Value key = a[1];
  if (has_type(key, T::set)) key = set_from_iterable(T::frozenset, key);
  if (!discard_entry(SO(a[0]), key, key_hash(key))) raise_key_error(a[1]);
  return Value::none();
}
Value m_discard(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("discard", n - 1, k, 1, 1);
  Value key = a[1];
  if (has_type(key, T::set)) key = set_from_iterable(T::frozenset, key);
  discard_entry(SO(a[0]), key, key_hash(key));
  return Value::none();
}
Value m_pop(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("pop", n - 1, k, 0, 0);
  SetObj* so = SO(a[0]);
  if (so->used == 0) raise(E::KeyError, "pop from an empty set");
  uint64_t i = so->finger & so->mask;
  while (!is_active(so->table[i])) i = (i + 1) & so->mask;
  Value key = std::move(so->table[i].key);
  so->table[i].key = Value();
  so->table[i].hash = -1;
  --so->used;
  so->finger = i + 1;
  return key;
}
Value m_clear(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("clear", n - 1, k, 0, 0);
  clear_set(SO(a[0]));
  return Value::none();
}
Value m_copy(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("copy", n - 1, k, 0, 0);
  if (a[0].obj()->type == T::frozenset) return a[0];
  return set_copy(a[0]);
}
Value m_update(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("update", n - 1, k, 0, SIZE_MAX);
  for (size_t i = 1; i < n; ++i) update_internal(SO(a[0]), a[i]);
  return Value::none();
}
Value m_union(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("union", n - 1, k, 0, SIZE_MAX);
  Value r = set_copy(a[0]);
  for (size_t i = 1; i < n; ++i) update_internal(SO(r), a[i]);
  return r;
}
Value m_intersection(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("intersection", n - 1, k, 0, SIZE_MAX);
  if (n == 1) return set_copy(a[0]);
  Value r = a[0];
  for (size_t i = 1; i < n; ++i) r = intersection(r, a[i]);
  return r;
}
Value m_intersection_update(const Value* a, size_t n, TupleObj* k) {
  Value tmp = m_intersection(a, n, k);
  std::swap(SO(a[0])->table, SO(tmp)->table);
  std::swap(SO(a[0])->mask, SO(tmp)->mask);
  std::swap(SO(a[0])->fill, SO(tmp)->fill);
  std::swap(SO(a[0])->used, SO(tmp)->used);
  return Value::none();
}
Value m_difference(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("difference", n - 1, k, 0, SIZE_MAX);
  if (n == 1) return set_copy(a[0]);
  Value r = difference(a[0], a[1]);
  for (size_t i = 2; i < n; ++i) difference_update(SO(r), a[i]);
  return r;
}
Value m_difference_update(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("difference_update", n - 1, k, 0, SIZE_MAX);
  for (size_t i = 1; i < n; ++i) difference_update(SO(a[0]), a[i]);
  return Value::none();
}
Value m_symmetric_difference(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("symmetric_difference", n - 1, k, 1, 1);
  return symmetric_difference(a[0], a[1]);
}
Value m_symmetric_difference_update(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("symmetric_difference_update", n - 1, k, 1, 1);
  symmetric_difference_update(SO(a[0]), a[1]);
  return Value::none();
}
Value as_set(const Value& v) { return is_anyset(v) ? v : set_from_iterable(T::set, v); }
Value m_issubset(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("issubset", n - 1, k, 1, 1);
  Value other = as_set(a[1]);
  return Value::from_bool(is_subset(SO(a[0]), SO(other)));
}
Value m_issuperset(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("issuperset", n - 1, k, 1, 1);
  Value other = as_set(a[1]);
  return Value::from_bool(is_subset(SO(other), SO(a[0])));
}
Value m_isdisjoint(const Value* a, size_t n, TupleObj* k) {
  require_set_arg("isdisjoint", n - 1, k, 1, 1);
  Value other = as_set(a[1]);
  SetObj* x = SO(a[0]);
  SetObj* y = SO(other);
  if (x->used > y->used) std::swap(x, y);
  for (size_t i = 0; i <= x->mask; ++i)
    if (is_active(x->table[i]) && lookkey(y, x->table[i].key, x->table[i].hash)) return Value::from_bool(false);
  return Value::from_bool(true);
}
Value m_len(const Value* a, size_t, TupleObj*) { return Value::from_int(SO(a[0])->used); }
Value m_contains(const Value* a, size_t, TupleObj*) { return Value::from_bool(set_contains(a[0], a[1])); }

void fill_common(TypeObj* t) {
  t->repr = set_repr;
  t->len = set_len;
  t->contains = set_contains;
  t->richcompare = set_richcompare;
  t->binop = set_binop;
  t->iter = set_iter;
  t->tp_new = set_new;
  add_method(t, "copy", m_copy);
  add_method(t, "union", m_union);
  add_method(t, "intersection", m_intersection);
  add_method(t, "difference", m_difference);
  add_method(t, "symmetric_difference", m_symmetric_difference);
  add_method(t, "issubset", m_issubset);
  add_method(t, "issuperset", m_issuperset);
  add_method(t, "isdisjoint", m_isdisjoint);
  add_method(t, "__len__", m_len);
  add_method(t, "__contains__", m_contains);
}

}  // namespace

static Value set_from_items(const Value* items, size_t n) {
  Value r = new_set_of(T::set);
  for (size_t i = 0; i < n; ++i) add_entry(SO(r), items[i], key_hash(items[i]));
  return r;
}

// A display whose items are all constants (3 or more): CPython compiles it to
// a frozenset constant that the compiler rebuilds from its own iteration
// order (constant merging), then copies into a new set: the table layout,
// and so the printed order, differs from adding the items one by one.
static Value set_const_from_items(const Value* items, size_t n) {
  if (n <= 2) return set_from_items(items, n);
  Value first = new_set_of(T::frozenset);
  for (size_t i = 0; i < n; ++i) add_entry(SO(first), items[i], key_hash(items[i]));
  Value merged = new_set_of(T::frozenset);
  for (size_t i = 0; i <= SO(first)->mask; ++i) {
    const Entry& e = SO(first)->table[i];
    if (is_active(e)) add_entry(SO(merged), e.key, e.hash);
  }
  Value r = new_set_of(T::set);
  merge(SO(r), SO(merged));
  return r;
}

Value new_set(std::initializer_list<Value> items) { return set_from_items(items.begin(), items.size()); }

Value new_set_const(std::initializer_list<Value> items) { return set_const_from_items(items.begin(), items.size()); }

Value list_to_set(const Value& list, bool all_constant) {
  const std::vector<Value>& items = list.as<ListObj>()->items;
  return all_constant ? set_const_from_items(items.data(), items.size()) : set_from_items(items.data(), items.size());
}

void set_add(const Value& set, const Value& v) { add_entry(SO(set), v, key_hash(v)); }
void set_update(const Value& set, const Value& iterable) { update_internal(SO(set), iterable); }

Value set_new_empty(TypeObj* cls) { return new_set_of(cls); }

void set_refill(const Value& set, const Value* iterable) {
  clear_set(SO(set));
  if (iterable) update_internal(SO(set), *iterable);
}

void init_set_types() {
  fill_common(T::set);
  T::set->hash = nullptr;
  add_method(T::set, "add", m_add);
  add_method(T::set, "remove", m_remove);
  add_method(T::set, "discard", m_discard);
  add_method(T::set, "pop", m_pop);
  add_method(T::set, "clear", m_clear);
  add_method(T::set, "update", m_update);
  add_method(T::set, "intersection_update", m_intersection_update);
  add_method(T::set, "difference_update", m_difference_update);
  add_method(T::set, "symmetric_difference_update", m_symmetric_difference_update);
  fill_common(T::frozenset);
  T::frozenset->hash = frozenset_hash;
  set_iterator_type = new_builtin_type("set_iterator", nullptr);
  set_iterator_type->iter = iter_self;
  set_iterator_type->next = set_iter_next;
  set_iterator_type->allows_subclassing = false;
}

}  // namespace py
