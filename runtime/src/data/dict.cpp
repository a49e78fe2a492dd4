// dict: CPython's compact layout (sparse index table into a dense,
// insertion-ordered entry array), views, methods and iteration.
#include <algorithm>

#include "data/bigint.h"
#include "data/data_util.h"
#include "data/dict_impl.h"

namespace py {

namespace {

constexpr int32_t kEmpty = -1, kDummy = -2;
inline DictObj* D(const Value& v) { return v.as<DictObj>(); }

inline int64_t fast_hash(const Value& key) {
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

// Index slot for key: either the slot holding it, or the first empty slot
// (ix < 0 in *entry_ix then).
size_t probe(DictObj* d, const Value& key, int64_t h, int32_t* entry_ix) {
  size_t mask = d->index.size() - 1;
  size_t i = size_t(h) & mask;
  uint64_t perturb = uint64_t(h);
  while (true) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) {
      *entry_ix = -1;
      return i;
    }
    if (ix >= 0) {
      auto& e = d->entries[size_t(ix)];
      if (e.hash == h && keys_equal(e.key, key)) {
        *entry_ix = ix;
        return i;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void rebuild(DictObj* d, size_t min_used) {
  size_t size = 8;
  while (size * 2 < min_used * 3) size <<= 1;  // keep the table at most 2/3 full
  std::vector<DictObj::Entry> live;
  live.reserve(size_t(d->used));
  for (auto& e : d->entries)
    if (e.key.is_bound()) live.push_back(std::move(e));
  d->entries.swap(live);
  d->index.assign(size, kEmpty);
  size_t mask = size - 1;
  for (size_t k = 0; k < d->entries.size(); ++k) {
    size_t i = size_t(d->entries[k].hash) & mask;
    uint64_t perturb = uint64_t(d->entries[k].hash);
    while (d->index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = int32_t(k);
  }
}

}  // namespace

Value make_dict() { return Value::steal(new DictObj()); }
Value new_dict() { return make_dict(); }

Value* dict_find(DictObj* d, const Value& key, int64_t h) {
  if (d->used == 0) return nullptr;
  int32_t ix;
  probe(d, key, h, &ix);
  return ix >= 0 ? &d->entries[size_t(ix)].value : nullptr;
}
Value* dict_find(DictObj* d, const Value& key) { return dict_find(d, key, fast_hash(key)); }
Value* dict_find_str(DictObj* d, StrObj* key) {
  if (d->used == 0) return nullptr;
  int64_t h = str_hash(key);
  size_t mask = d->index.size() - 1;
  size_t i = size_t(h) & mask;
  uint64_t perturb = uint64_t(h);
  while (true) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return nullptr;
    if (ix >= 0) {
      auto& e = d->entries[size_t(ix)];
      if (e.hash == h && e.key.is_obj() &&
          (e.key.obj() == key || (e.key.obj()->type == T::str && sv(e.key) == std::string_view(key->s))))
        return &e.value;
      if (e.hash == h && e.key.is_obj() && e.key.obj()->type != T::str && eq_bool(e.key, Value::borrow(key)))
        return &e.value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void dict_set_hashed(DictObj* d, const Value& key, int64_t h, const Value& value) {
  if (d->index.empty()) d->index.assign(8, kEmpty);
  int32_t ix;
  size_t slot = probe(d, key, h, &ix);
  if (ix >= 0) {
    d->entries[size_t(ix)].value = value;
    return;
  }
  // Grow when entries (live and deleted) would pass 2/3 of the index.
  if ((d->entries.size() + 1) * 3 > d->index.size() * 2) {
    rebuild(d, size_t(d->used + 1) * 3 / 2 + 1);
    size_t mask = d->index.size() - 1;
    slot = size_t(h) & mask;
    uint64_t perturb = uint64_t(h);
    while (d->index[slot] != kEmpty) {
      perturb >>= 5;
      slot = (slot * 5 + perturb + 1) & mask;
    }
  }
  d->index[slot] = int32_t(d->entries.size());
  d->entries.push_back({h, key, value});
  ++d->used;
}

void dict_set(DictObj* d, const Value& key, const Value& value) { dict_set_hashed(d, key, fast_hash(key), value); }

bool dict_del_hashed(DictObj* d, const Value& key, int64_t h, Value* removed) {
  if (d->used == 0) return false;
  int32_t ix;
  size_t slot = probe(d, key, h, &ix);
  if (ix < 0) return false;
  d->index[slot] = kDummy;
  auto& e = d->entries[size_t(ix)];
  Value k = std::move(e.key);
  Value v = std::move(e.value);
  e.key = Value();
  --d->used;
  if (removed) *removed = v;
  // The deleted entry stays until the next rebuild, as in CPython: the grow
  // check counts entries (live and deleted) for the index slots they used,
  // and a dummy slot is one of those. (Dropping trailing deleted entries
  // here once let dummies fill the index: a probe for a missing key never
  // ended.)
  if (d->used == 0) {
    d->entries.clear();
    d->index.assign(8, kEmpty);
  }
  return true;
}

bool dict_del(DictObj* d, const Value& key) { return dict_del_hashed(d, key, fast_hash(key), nullptr); }

void dict_setitem(const Value& dict, const Value& key, const Value& value) {
  if (dict.obj()->type == T::dict) dict_set(D(dict), key, value);
  else setitem(dict, key, value);
}

[[noreturn]] void raise_key_error(const Value& key) {
  raise(call(Value::borrow(E::KeyError), {key}));
}

// CPython's dict_merge reads a dict's entries directly, a subclass's too
// (its __getitem__ and keys() unasked) unless it overrides __iter__; then
// it is a mapping like any other: keys() and [].
bool dict_entries_direct(const Value& v) {
  if (!v.is_obj()) return false;
  TypeObj* t = v.obj()->type;
  if (t == T::dict) return true;
  if (!is_subtype(t, T::dict)) return false;
  static StrObj* iter_name = intern("__iter__");
  return t->is_builtin || type_lookup(t, iter_name).same(type_lookup(T::dict, iter_name));
}

void dict_update_from(DictObj* d, const Value& other) {
  if (dict_entries_direct(other)) {
    DictObj* o = D(other);
    if (o == d) return;
    std::vector<DictObj::Entry> snapshot;
    snapshot.reserve(size_t(o->used));
    for (auto& e : o->entries)
      if (e.key.is_bound()) snapshot.push_back(e);
    for (auto& e : snapshot) dict_set_hashed(d, e.key, e.hash, e.value);
    return;
  }
  static StrObj* keys_name = intern("keys");
  Value keys_method = type_lookup(type_of(other), keys_name);
  if (keys_method.is_bound()) {
    Value keys = call_method(other, Value::borrow(keys_name), {});
    std::vector<Value> ks;
    collect(keys, ks);
    for (const Value& k : ks) dict_set(d, k, getitem(other, k));
    return;
  }
  Value it = iter(other);
  Value item;
  int64_t n = 0;
  while (next(it, item)) {
    std::vector<Value> pair;
    if (item.is_obj() && (item.obj()->type == T::tuple || item.obj()->type == T::list)) {
      collect(item, pair);
    } else {
      if (!type_of(item)->iter)
        raisef(E::TypeError, "cannot convert dictionary update sequence element #{} to a sequence", n);
      collect(item, pair);
    }
    if (pair.size() != 2)
      raisef(E::ValueError, "dictionary update sequence element #{} has length {}; 2 is required", n, pair.size());
    dict_set(d, pair[0], pair[1]);
    ++n;
  }
}

void dict_update(const Value& dict, const Value& mapping) { dict_update_from(D(dict), mapping); }

void dict_merge_kwargs(const Value& dict, const Value& mapping, const Value& func) {
  DictObj* d = D(dict);
  auto add = [&](const Value& k, const Value& v) {
    if (!is_str(k)) {
      std::string fname = func.is_bound() ? std::string(sv(getattr(func, Value::borrow(intern("__qualname__"))))) : "function";
      raisef(E::TypeError, "{}() keywords must be strings", fname);
    }
    if (dict_find(d, k)) {
      std::string fname = func.is_bound() ? std::string(sv(getattr(func, Value::borrow(intern("__qualname__"))))) : "function";
      raisef(E::TypeError, "{}() got multiple values for keyword argument '{}'", fname, sv(k));
    }
    dict_set(d, k, v);
  };
  if (dict_entries_direct(mapping)) {
    std::vector<DictObj::Entry> snapshot;
    for (auto& e : D(mapping)->entries)
      if (e.key.is_bound()) snapshot.push_back(e);
    for (auto& e : snapshot) add(e.key, e.value);
    return;
  }
  static StrObj* keys_name = intern("keys");
  if (!type_lookup(type_of(mapping), keys_name).is_bound()) {
    std::string fname = func.is_bound() ? std::string(sv(getattr(func, Value::borrow(intern("__qualname__"))))) : "function";
    raisef(E::TypeError, "{}() argument after ** must be a mapping, not {}", fname, type_name(mapping));
  }
  std::vector<Value> ks;
  collect(call_method(mapping, Value::borrow(keys_name), {}), ks);
  for (const Value& k : ks) add(k, getitem(mapping, k));
}

// ------------------------------------------------------------ slots

namespace {

Value dict_repr(const Value& self) {
  DictObj* d = D(self);
  if (d->used == 0) return str_const("{}", 2);
  ReprGuard guard(self.obj());
  if (guard.recursive) return str_const("{...}", 5);
  std::vector<DictObj::Entry> snapshot;
  for (auto& e : d->entries)
    if (e.key.is_bound()) snapshot.push_back(e);
  std::string out = "{";
  bool first = true;
  for (auto& e : snapshot) {
    if (!first) out += ", ";
    first = false;
    out += repr_string(e.key);
    out += ": ";
    out += repr_string(e.value);
  }
  out += "}";
  return make_str_moved(std::move(out));
}

int64_t dict_len(const Value& self) { return D(self)->used; }

Value dict_getitem(const Value& self, const Value& key) {
  Value* v = dict_find(D(self), key);
  if (v) return *v;
  if (self.obj()->type != T::dict) {
    static StrObj* missing = intern("__missing__");
    Value m = type_lookup(self.obj()->type, missing);
    if (m.is_bound()) return call(m, {self, key});
  }
  raise_key_error(key);
}

void dict_setitem_slot(const Value& self, const Value& key, const Value& value) { dict_set(D(self), key, value); }

void dict_delitem(const Value& self, const Value& key) {
  if (!dict_del(D(self), key)) raise_key_error(key);
}

bool dict_contains(const Value& self, const Value& key) { return dict_find(D(self), key) != nullptr; }

bool dict_equal(DictObj* a, DictObj* b) {
  if (a->used != b->used) return false;
  for (size_t i = 0; i < a->entries.size(); ++i) {
    if (a->entries[i].key.is_unbound()) continue;
    Value k = a->entries[i].key, v = a->entries[i].value;
    Value* other = dict_find(b, k, a->entries[i].hash);
    if (!other) return false;
    Value ov = *other;
    if (!(v.same(ov) || eq_bool(v, ov))) return false;
  }
  return true;
}

Value dict_richcompare(const Value& a, const Value& b, int op) {
  if (!is_dict(b) || (op != CMP_EQ && op != CMP_NE)) return not_implemented();
  bool eq = dict_equal(D(a), D(b));
  return Value::from_bool(op == CMP_EQ ? eq : !eq);
}

Value dict_copy_value(const Value& self) {
  auto* d = new DictObj();
  Value v = Value::steal(d);
  DictObj* s = D(self);
  if (s->entries.size() == size_t(s->used)) {
    d->entries = s->entries;
    d->index = s->index;
    d->used = s->used;
  } else {
    dict_update_from(d, self);
  }
  return v;
}

Value dict_binop(const Value& a, const Value& b, int op) {
  if ((op & 15) != BINOP_OR || !is_dict(a)) return not_implemented();
  // d |= x accepts whatever d.update(x) accepts; d | x needs two dicts.
  if (op & BINOP_INPLACE) {
    dict_update_from(D(a), b);
    return a;
  }
  if (!is_dict(b)) return not_implemented();
  Value r = dict_copy_value(a);
  dict_update_from(D(r), b);
  return r;
}

// ---- iteration ----
struct DictIterObj : Object {
  Value dict;
  size_t pos = 0;
  int64_t expected_used;
  int kind;  // 0 keys, 1 values, 2 items
  bool reverse = false;
  explicit DictIterObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(dict); }
  void gc_clear() override { dict.clear(); }
};
TypeObj* iter_types[2][3];

Value iter_self(const Value& self) { return self; }

bool dict_iter_next(const Value& self, Value& out) {
  auto* it = self.as<DictIterObj>();
  if (it->dict.is_unbound()) return false;
  DictObj* d = D(it->dict);
  if (d->used != it->expected_used) {
    it->expected_used = -1;  // stays broken, like CPython
    raise(E::RuntimeError, "dictionary changed size during iteration");
  }
  if (!it->reverse) {
    while (it->pos < d->entries.size() && d->entries[it->pos].key.is_unbound()) ++it->pos;
    if (it->pos >= d->entries.size()) {
      it->dict.clear();
      return false;
    }
  } else {
    while (it->pos > 0 && d->entries[it->pos - 1].key.is_unbound()) --it->pos;
    if (it->pos == 0) {
      it->dict.clear();
      return false;
    }
  }
  auto& e = it->reverse ? d->entries[--it->pos] : d->entries[it->pos++];
  switch (it->kind) {
    case 0: out = e.key; break;
    case 1: out = e.value; break;
    default: out = make_tuple({e.key, e.value}); break;
  }
  return true;
}

}  // namespace

Value dict_make_iter(const Value& dict, int kind, bool reverse) {
  auto* it = new DictIterObj(iter_types[reverse][kind]);
  it->dict = dict;
  it->kind = kind;
  it->reverse = reverse;
  it->expected_used = D(dict)->used;
  it->pos = reverse ? D(dict)->entries.size() : 0;
  return Value::steal(it);
}

namespace {

Value dict_iter(const Value& self) { return dict_make_iter(self, 0, false); }

// ---- views ----
struct DictViewObj : Object {
  Value dict;
  int kind;
  explicit DictViewObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(dict); }
  void gc_clear() override { dict.clear(); }
};
TypeObj* view_types[3];

Value make_view(const Value& dict, int kind) {
  auto* v = new DictViewObj(view_types[kind]);
  v->dict = dict;
  v->kind = kind;
  return Value::steal(v);
}

Value view_repr(const Value& self) {
  auto* v = self.as<DictViewObj>();
  ReprGuard guard(self.obj());
  if (guard.recursive) return str_const("...", 3);
  std::vector<Value> items;
  collect(self, items);
  Value inner = seq_repr("[", "]", items);
  return make_str(fmt::format("{}({})", v->type->name, sv(inner)));
}
int64_t view_len(const Value& self) { return D(self.as<DictViewObj>()->dict)->used; }
Value view_iter(const Value& self) {
  auto* v = self.as<DictViewObj>();
  return dict_make_iter(v->dict, v->kind, false);
}
bool view_contains(const Value& self, const Value& item) {
  auto* v = self.as<DictViewObj>();
  DictObj* d = D(v->dict);
  if (v->kind == 0) return dict_find(d, item) != nullptr;
  if (v->kind == 1) {
    for (auto& e : d->entries)
      if (e.key.is_bound() && (e.value.same(item) || eq_bool(e.value, item))) return true;
    return false;
  }
  if (!is_tuple(item) || item.as<TupleObj>()->items.size() != 2) return false;
  Value* found = dict_find(d, item.as<TupleObj>()->items[0]);
  if (!found) return false;
  Value fv = *found;
  return fv.same(item.as<TupleObj>()->items[1]) || eq_bool(fv, item.as<TupleObj>()->items[1]);
}

Value view_as_set(const Value& v) {
  Value s = new_set({});
  set_update(s, v);
  return s;
}

bool is_setlike_view(const Value& v) {
  return v.is_obj() && (v.obj()->type == view_types[0] || v.obj()->type == view_types[2]);
}

Value view_richcompare(const Value& a, const Value& b, int op) {
  if (!is_setlike_view(a)) return not_implemented();
  bool other_ok = is_setlike_view(b) || has_type(b, T::set) || has_type(b, T::frozenset);
  if (!other_ok) return not_implemented();
  Value sa = view_as_set(a), sb = is_setlike_view(b) ? view_as_set(b) : b;
  return type_of(sa)->richcompare(sa, sb, op);
}

Value view_binop(const Value& a, const Value& b, int op) {
  int base = op & 15;
  if (base != BINOP_AND && base != BINOP_OR && base != BINOP_SUB && base != BINOP_XOR) return not_implemented();
  if (!is_setlike_view(a) && !is_setlike_view(b)) return not_implemented();
  if (!type_of(a)->iter || !type_of(b)->iter) return not_implemented();
  Value sa = view_as_set(a);
  return type_of(sa)->binop(sa, is_setlike_view(b) || !has_type(b, T::set) ? view_as_set(b) : b, base);
}

Value view_isdisjoint(const Value* a, size_t n, TupleObj* k) {
  check_args("isdisjoint", n - 1, k, 1, 1);
  Value it = iter(a[1]);
  Value x;
  while (next(it, x))
    if (view_contains(a[0], x)) return Value::from_bool(false);
  return Value::from_bool(true);
}

Value view_reversed(const Value* a, size_t, TupleObj*) {
  auto* v = a[0].as<DictViewObj>();
  return dict_make_iter(v->dict, v->kind, true);
}

Value view_mapping(const Value& self) {
  return self.as<DictViewObj>()->dict;  // CPython gives a mappingproxy; close enough for reads
}

// ---- methods ----
Value m_get(const Value* a, size_t n, TupleObj* k) {
  check_args("get", n - 1, k, 1, 2);
  Value* v = dict_find(D(a[0]), a[1]);
  if (v) return *v;
  return n > 2 ? a[2] : Value::none();
}
Value m_setdefault(const Value* a, size_t n, TupleObj* k) {
  check_args("setdefault", n - 1, k, 1, 2);
  int64_t h = fast_hash(a[1]);
  Value* v = dict_find(D(a[0]), a[1], h);
  if (v) return *v;
  Value dflt = n > 2 ? a[2] : Value::none();
  dict_set_hashed(D(a[0]), a[1], h, dflt);
  return dflt;
}
Value m_pop(const Value* a, size_t n, TupleObj* k) {
  check_args("pop", n - 1, k, 1, 2);
  Value removed;
  if (dict_del_hashed(D(a[0]), a[1], fast_hash(a[1]), &removed)) return removed;
  if (n > 2) return a[2];
  raise_key_error(a[1]);
}
Value m_popitem(const Value* a, size_t n, TupleObj* k) {
  check_args("popitem", n - 1, k, 0, 0);
  DictObj* d = D(a[0]);
  if (d->used == 0) raise(E::KeyError, "popitem(): dictionary is empty");
  size_t last = d->entries.size();
  while (d->entries[last - 1].key.is_unbound()) --last;  // deleted entries stay until a rebuild
  auto& e = d->entries[last - 1];
  Value key = e.key, value = e.value;
  dict_del_hashed(d, key, e.hash, nullptr);
  return make_tuple({key, value});
}
Value m_keys(const Value* a, size_t n, TupleObj* k) {
  check_args("keys", n - 1, k, 0, 0);
  return make_view(a[0], 0);
}
Value m_values(const Value* a, size_t n, TupleObj* k) {
  check_args("values", n - 1, k, 0, 0);
  return make_view(a[0], 1);
}
Value m_items(const Value* a, size_t n, TupleObj* k) {
  check_args("items", n - 1, k, 0, 0);
  return make_view(a[0], 2);
}
Value m_update(const Value* a, size_t n, TupleObj* kw) {
  if (n > 2) raisef(E::TypeError, "update expected at most 1 argument, got {}", n - 1);
  if (n == 2) dict_update_from(D(a[0]), a[1]);
  if (kw)
    for (size_t i = 0; i < kw->items.size(); ++i) dict_set(D(a[0]), kw->items[i], a[n + i]);
  return Value::none();
}
Value m_copy(const Value* a, size_t n, TupleObj* k) {
  check_args("copy", n - 1, k, 0, 0);
  return dict_copy_value(a[0]);
}
Value m_clear(const Value* a, size_t n, TupleObj* k) {
  check_args("clear", n - 1, k, 0, 0);
  DictObj* d = D(a[0]);
  std::vector<DictObj::Entry> old;
  old.swap(d->entries);
  d->index.clear();
  d->used = 0;
  return Value::none();
}
Value m_fromkeys(const Value* a, size_t n, TupleObj* k) {
  check_args("fromkeys", n - 1, k, 1, 2);
  Value d = call(a[0], {});
  Value v = n > 2 ? a[2] : Value::none();
  std::vector<Value> ks;
  collect(a[1], ks);
  for (const Value& key : ks) {
    if (d.obj()->type == T::dict) dict_set(D(d), key, v);
    else setitem(d, key, v);
  }
  return d;
}
Value m_len(const Value* a, size_t, TupleObj*) { return Value::from_int(D(a[0])->used); }
Value m_reversed(const Value* a, size_t, TupleObj*) { return dict_make_iter(a[0], 0, true); }
Value m_contains(const Value* a, size_t, TupleObj*) { return Value::from_bool(dict_contains(a[0], a[1])); }
Value m_getitem(const Value* a, size_t, TupleObj*) { return dict_getitem(a[0], a[1]); }

Value dict_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 1) raisef(E::TypeError, "dict expected at most 1 argument, got {}", nargs);
  auto* d = new_data_object<DictObj>(type);
  Value v = Value::steal(d);
  dict_fill(v, nargs == 1 ? &args[0] : nullptr, args + nargs, kw);
  return v;
}

}  // namespace

Value dict_new_empty(TypeObj* cls) { return Value::steal(new_data_object<DictObj>(cls)); }

void dict_fill(const Value& dict, const Value* arg, const Value* kwvalues, TupleObj* kwnames) {
  DictObj* d = D(dict);
  if (arg) dict_update_from(d, *arg);
  if (kwnames)
    for (size_t i = 0; i < kwnames->items.size(); ++i) dict_set(d, kwnames->items[i], kwvalues[i]);
}

void init_dict_type() {
  TypeObj* t = T::dict;
  t->repr = dict_repr;
  t->hash = nullptr;
  t->len = dict_len;
  t->getitem = dict_getitem;
  t->setitem = dict_setitem_slot;
  t->delitem = dict_delitem;
  t->contains = dict_contains;
  t->richcompare = dict_richcompare;
  t->binop = dict_binop;
  t->iter = dict_iter;
  t->tp_new = dict_new;
  add_method(t, "get", m_get);
  add_method(t, "setdefault", m_setdefault);
  add_method(t, "pop", m_pop);
  add_method(t, "popitem", m_popitem);
  add_method(t, "keys", m_keys);
  add_method(t, "values", m_values);
  add_method(t, "items", m_items);
  add_method(t, "update", m_update);
  add_method(t, "copy", m_copy);
  add_method(t, "clear", m_clear);
  add_classmethod(t, "fromkeys", m_fromkeys);
  add_method(t, "__len__", m_len);
  add_method(t, "__reversed__", m_reversed);
  add_method(t, "__contains__", m_contains);
  add_method(t, "__getitem__", m_getitem);
  static const char* iter_names[2][3] = {{"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"},
                                         {"dict_reversekeyiterator", "dict_reversevalueiterator",
                                          "dict_reverseitemiterator"}};
  for (int r = 0; r < 2; ++r)
    for (int k = 0; k < 3; ++k) {
      TypeObj* it = new_builtin_type(iter_names[r][k], nullptr);
      it->iter = iter_self;
      it->next = dict_iter_next;
      it->allows_subclassing = false;
      iter_types[r][k] = it;
    }
  static const char* view_names[3] = {"dict_keys", "dict_values", "dict_items"};
  for (int k = 0; k < 3; ++k) {
    TypeObj* v = new_builtin_type(view_names[k], nullptr);
    v->repr = view_repr;
    v->len = view_len;
    v->iter = view_iter;
    v->contains = view_contains;
    v->allows_subclassing = false;
    if (k != 1) {
      v->richcompare = view_richcompare;
      v->binop = view_binop;
      v->hash = nullptr;
      add_method(v, "isdisjoint", view_isdisjoint);
    }
    add_method(v, "__reversed__", view_reversed);
    add_getter(v, "mapping", view_mapping);
    view_types[k] = v;
  }
}

}  // namespace py
