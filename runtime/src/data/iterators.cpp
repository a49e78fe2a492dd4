// enumerate, zip, map, filter, reversed: builtin iterator types with the
// fast next(it, out) slot. They step their sources with iter_step
// (py::iternext) and leave a StopIteration raised below them to propagate,
// as CPython's do: whoever consumes them takes it as the end (py::next), and
// next(map(...)) shows the exception that was raised.
#include "data/bigint.h"
#include "data/data_util.h"

namespace py {

Value list_reversed(const Value& list);
Value range_reversed(const Value& range);
Value dict_make_iter(const Value& dict, int kind, bool reverse);

namespace {

Value iter_self(const Value& self) { return self; }

TypeObj *enumerate_type, *zip_type, *map_type, *filter_type, *reversed_type;

// ---- enumerate ----
struct EnumerateObj : Object {
  Value it;
  int64_t count;
  Value big_count;  // once past int64
  explicit EnumerateObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(it), visit(big_count); }
  void gc_clear() override { it.clear(), big_count.clear(); }
};

Value enumerate_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  const Value* iterable = nargs > 0 ? &args[0] : find_kwarg(args, nargs, kw, "iterable");
  const Value* start = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "start");
  size_t nkw = kw ? kw->items.size() : 0;
  if (nargs + nkw > 2) raisef(E::TypeError, "enumerate() takes at most 2 arguments ({} given)", nargs + nkw);
  if (!iterable) raise(E::TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  auto* e = new EnumerateObj(type);
  Value v = Value::steal(e);
  e->it = iter(*iterable);
  e->count = 0;
  if (start) {
    if (!is_int_value(*start)) raisef(E::TypeError, "'{}' object cannot be interpreted as an integer", type_name(*start));
    if (is_bigint(*start)) e->big_count = *start;
    else e->count = start->i();
  }
  return v;
}

bool enumerate_next(const Value& self, Value& out) {
  auto* e = self.as<EnumerateObj>();
  Value item;
  if (!iter_step(e->it, item)) return false;
  Value idx;
  if (e->big_count.is_bound()) {
    idx = e->big_count;
    e->big_count = number_binop(BINOP_ADD, e->big_count, Value::from_int(1));
  } else {
    idx = Value::from_int(e->count);
    if (e->count == INT64_MAX) e->big_count = number_binop(BINOP_ADD, idx, Value::from_int(1));
    else ++e->count;
  }
  out = make_tuple({std::move(idx), std::move(item)});
  return true;
}

// ---- zip ----
struct ZipObj : Object {
  std::vector<Value> its;
  bool strict = false;  // zip(..., strict=True): unequal lengths raise ValueError
  explicit ZipObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { gc_visit_all(visit, its); }
  void gc_clear() override { gc_clear_all(its); }
};

Value zip_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t k = 0; k < nkw; ++k)
    if (sv(kw->items[k]) != "strict")
      raisef(E::TypeError, "zip() got an unexpected keyword argument '{}'", sv(kw->items[k]));
  const Value* strict = find_kwarg(args, nargs, kw, "strict");
  auto* z = new ZipObj(type);
  Value v = Value::steal(z);
  z->strict = strict && truthy(*strict);
  for (size_t i = 0; i < nargs; ++i) z->its.push_back(iter(args[i]));
  return v;
}

// Nothing marks a zip finished: like CPython's, each next() asks its
// iterators again.
bool zip_next(const Value& self, Value& out) {
  auto* z = self.as<ZipObj>();
  if (z->its.empty()) return false;
  std::vector<Value> items(z->its.size());
  if (!z->strict) {
    for (size_t i = 0; i < z->its.size(); ++i)
      if (!iter_step(z->its[i], items[i])) return false;
    out = make_tuple(std::move(items));
    return true;
  }
  // strict: a StopIteration out of an iterator is taken as its end before the
  // lengths are compared, so it never reaches the caller.
  for (size_t i = 0; i < z->its.size(); ++i) {
    if (!next(z->its[i], items[i])) {
      // "argument 1" / "arguments 1-3": the ones that did not run out.
      auto others = [](size_t n) { return n == 1 ? std::string(" 1") : fmt::format("s 1-{}", n); };
      if (i > 0) raisef(E::ValueError, "zip() argument {} is shorter than argument{}", i + 1, others(i));
      for (size_t j = 1; j < z->its.size(); ++j) {
        Value extra;
        if (next(z->its[j], extra))
          raisef(E::ValueError, "zip() argument {} is longer than argument{}", j + 1, others(j));
      }
      return false;
    }
  }
  out = make_tuple(std::move(items));
  return true;
}

// ---- map ----
struct MapObj : Object {
  Value func;
  std::vector<Value> its;
  explicit MapObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override {
    visit(func);
    gc_visit_all(visit, its);
  }
  void gc_clear() override {
    func.clear();
    gc_clear_all(its);
  }
};

Value map_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (kw && !kw->items.empty()) raise(E::TypeError, "map() takes no keyword arguments");
  if (nargs < 2) raise(E::TypeError, "map() must have at least two arguments.");
  auto* m = new MapObj(type);
  Value v = Value::steal(m);
  m->func = args[0];
  for (size_t i = 1; i < nargs; ++i) m->its.push_back(iter(args[i]));
  return v;
}

bool map_next(const Value& self, Value& out) {
  auto* m = self.as<MapObj>();
  std::vector<Value> items(m->its.size());
  for (size_t i = 0; i < m->its.size(); ++i)
    if (!iter_step(m->its[i], items[i])) return false;
  out = call(m->func, items.data(), items.size());
  return true;
}

// ---- filter ----
struct FilterObj : Object {
  Value func, it;
  explicit FilterObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(func), visit(it); }
  void gc_clear() override { func.clear(), it.clear(); }
};

Value filter_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (kw && !kw->items.empty()) raise(E::TypeError, "filter() takes no keyword arguments");
  if (nargs != 2) raisef(E::TypeError, "filter expected 2 arguments, got {}", nargs);
  auto* f = new FilterObj(type);
  Value v = Value::steal(f);
  f->func = args[0];
  f->it = iter(args[1]);
  return v;
}

bool filter_next(const Value& self, Value& out) {
  auto* f = self.as<FilterObj>();
  Value item;
  while (iter_step(f->it, item)) {
    bool keep = f->func.is_none() ? truthy(item) : truthy(call(f->func, {item}));
    if (keep) {
      out = std::move(item);
      return true;
    }
  }
  return false;
}

// ---- reversed (sequence protocol) ----
struct ReversedObj : Object {
  Value seq;
  int64_t index;
  explicit ReversedObj(TypeObj* t) : Object(t) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(seq); }
  void gc_clear() override { seq.clear(); }
};

Value reversed_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (kw && !kw->items.empty()) raise(E::TypeError, "reversed() takes no keyword arguments");
  if (nargs != 1) raisef(E::TypeError, "reversed expected 1 argument, got {}", nargs);
  const Value& seq = args[0];
  TypeObj* t = type_of(seq);
  if (t == T::list) return list_reversed(seq);
  if (t == T::range) return range_reversed(seq);
  if (t == T::dict) return dict_make_iter(seq, 0, true);
  static StrObj* rev = intern("__reversed__");
  if (!t->is_builtin || t->dict) {
    Value m = type_lookup(t, rev);
    if (m.is_bound()) {
      if (m.is_none()) raisef(E::TypeError, "'{}' object is not reversible", type_name(seq));
      return call(m, {seq});
    }
  }
  static StrObj* len_name = intern("__len__");
  static StrObj* getitem_name = intern("__getitem__");
  bool has_len = t->len || (!t->is_builtin && type_lookup(t, len_name).is_bound());
  bool has_getitem = t->getitem || (!t->is_builtin && type_lookup(t, getitem_name).is_bound());
  if (!has_len || !has_getitem || t == T::dict || t == T::set || t == T::frozenset)
    raisef(E::TypeError, "'{}' object is not reversible", type_name(seq));
  auto* r = new ReversedObj(type);
  Value v = Value::steal(r);
  r->seq = seq;
  r->index = len_of(seq) - 1;
  return v;
}

bool reversed_next(const Value& self, Value& out) {
  auto* r = self.as<ReversedObj>();
  if (r->index < 0 || r->seq.is_unbound()) return false;
  try {
    out = getitem(r->seq, Value::from_int(r->index--));
  } catch (PyError& e) {
    if (isinstance_of(e.exc, E::IndexError) || isinstance_of(e.exc, E::StopIteration)) {
      r->seq.clear();
      r->index = -1;
      return false;
    }
    throw;
  }
  return true;
}

TypeObj* make_iter_type(const char* name, Value (*tp_new)(TypeObj*, const Value*, size_t, TupleObj*),
                        bool (*nx)(const Value&, Value&)) {
  TypeObj* t = new_builtin_type(name, nullptr);
  t->tp_new = tp_new;
  t->iter = iter_self;
  t->next = nx;
  register_builtin(name, Value::borrow(t));
  return t;
}

}  // namespace

void init_iterator_types() {
  enumerate_type = make_iter_type("enumerate", enumerate_new, enumerate_next);
  zip_type = make_iter_type("zip", zip_new, zip_next);
  map_type = make_iter_type("map", map_new, map_next);
  filter_type = make_iter_type("filter", filter_new, filter_next);
  reversed_type = make_iter_type("reversed", reversed_new, reversed_next);
}

// ---- unpacking ----

void unpack(const Value& v, Value* out, size_t n) {
  if (v.is_obj()) {
    TypeObj* t = v.obj()->type;
    if (t == T::tuple || t == T::list) {
      const auto& items = t == T::tuple ? v.as<TupleObj>()->items : v.as<ListObj>()->items;
      if (items.size() == n) {
        for (size_t i = 0; i < n; ++i) out[i] = items[i];
        return;
      }
      if (items.size() < n)
        raisef(E::ValueError, "not enough values to unpack (expected {}, got {})", n, items.size());
      raisef(E::ValueError, "too many values to unpack (expected {})", n);
    }
  }
  TypeObj* t = type_of(v);
  if (!t->iter && t->is_builtin) raisef(E::TypeError, "cannot unpack non-iterable {} object", type_name(v));
  Value it = iter(v);
  for (size_t i = 0; i < n; ++i)
    if (!next(it, out[i])) raisef(E::ValueError, "not enough values to unpack (expected {}, got {})", n, i);
  Value extra;
  if (next(it, extra)) raisef(E::ValueError, "too many values to unpack (expected {})", n);
}

void unpack_ex(const Value& v, Value* out, size_t before, size_t after) {
  TypeObj* t = type_of(v);
  if (!t->iter && t->is_builtin) raisef(E::TypeError, "cannot unpack non-iterable {} object", type_name(v));
  std::vector<Value> items;
  collect(v, items);
  if (items.size() < before + after)
    raisef(E::ValueError, "not enough values to unpack (expected at least {}, got {})", before + after, items.size());
  for (size_t i = 0; i < before; ++i) out[i] = items[i];
  std::vector<Value> middle(items.begin() + int64_t(before), items.end() - int64_t(after));
  out[before] = make_list(std::move(middle));
  for (size_t i = 0; i < after; ++i) out[before + 1 + i] = items[items.size() - after + i];
}

}  // namespace py
