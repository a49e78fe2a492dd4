// The functools module: partial, reduce, wraps/update_wrapper, lru_cache and
// cache, cmp_to_key, total_ordering, cached_property.
#include <fmt/format.h>

#include <vector>

#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

TypeObj* partial_type = nullptr;
TypeObj* lru_type = nullptr;
TypeObj* cache_info_type = nullptr;
TypeObj* cmp_key_type = nullptr;

// ------------------------------------------------------------ partial

struct PartialObj : Object {
  Value func;
  std::vector<Value> args;
  Value keywords;  // dict
  PartialObj() : Object(partial_type) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override {
    visit(func), visit(keywords);
    gc_visit_all(visit, args);
  }
  void gc_clear() override {
    func.clear(), keywords.clear();
    gc_clear_all(args);
  }
};

Value partial_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs < 1) raise(E::TypeError, "type 'partial' takes at least one argument");
  if (!is_callable(args[0])) raise(E::TypeError, "the first argument must be callable");
  auto* p = new PartialObj();
  Value self = Value::steal(p);
  p->keywords = make_dict();
  Value func = args[0];
  if (func.is_obj() && func.obj()->type == partial_type) {  // flatten nested partials, as CPython
    auto* inner = func.as<PartialObj>();
    p->args = inner->args;
    dict_update(p->keywords, inner->keywords);
    func = inner->func;
  }
  p->func = func;
  p->args.insert(p->args.end(), args + 1, args + nargs);
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t i = 0; i < nkw; ++i) dict_set(p->keywords.as<DictObj>(), kw->items[i], args[nargs + i]);
  return self;
}

Value partial_call(const Value& callee, const Value* args, size_t nargs, TupleObj* kwnames) {
  auto* p = callee.as<PartialObj>();
  std::vector<Value> all(p->args);
  all.insert(all.end(), args, args + nargs);
  size_t npos = all.size();
  // Stored keywords, overridden by the call's.
  Value merged = make_dict();
  dict_update(merged, p->keywords);
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  for (size_t i = 0; i < nkw; ++i) dict_set(merged.as<DictObj>(), kwnames->items[i], args[nargs + i]);
  std::vector<Value> names;
  for (const DictObj::Entry& e : merged.as<DictObj>()->entries) {
    if (e.key.is_unbound()) continue;
    names.push_back(Value::borrow(intern(sv(e.key))));
    all.push_back(e.value);
  }
  Value names_tuple = make_tuple(std::move(names));
  Value func = p->func;
  return call(func, all.data(), npos, nkw || !names_tuple.as<TupleObj>()->items.empty() ? names_tuple.as<TupleObj>() : nullptr);
}

Value partial_repr(const Value& self) {
  auto* p = self.as<PartialObj>();
  std::string out = "functools.partial(" + repr_string(p->func);
  for (const Value& a : p->args) out += ", " + repr_string(a);
  for (const DictObj::Entry& e : p->keywords.as<DictObj>()->entries)
    if (e.key.is_bound()) out += ", " + std::string(sv(e.key)) + "=" + repr_string(e.value);
  return make_str(out + ")");
}

Value partial_func(const Value& self) { return self.as<PartialObj>()->func; }
Value partial_args(const Value& self) { return make_tuple(self.as<PartialObj>()->args); }
Value partial_keywords(const Value& self) { return self.as<PartialObj>()->keywords; }

// ------------------------------------------------------------ reduce

Value fn_reduce(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("reduce", kw);
  if (nargs < 2) raise(E::TypeError, "reduce expected at least 2 arguments, got " + std::to_string(nargs));
  if (nargs > 3) raise(E::TypeError, "reduce expected at most 3 arguments, got " + std::to_string(nargs));
  Value it = iter(args[1]);
  Value acc = nargs == 3 ? args[2] : Value();
  Value item;
  while (next(it, item)) acc = acc.is_unbound() ? item : call(args[0], {acc, item});
  if (acc.is_unbound()) raise(E::TypeError, "reduce() of empty iterable with no initial value");
  return acc;
}

// ------------------------------------------------------------ wraps

const char* const kAssigned[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

Value try_getattr(const Value& obj, const char* attr) {
  try {
    return getattr(obj, name(attr));
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::AttributeError)) throw;
    return Value();
  }
}

Value update_wrapper(const Value& wrapper, const Value& wrapped, const Value& assigned, const Value& updated) {
  if (assigned.is_unbound()) {
    for (const char* attr : kAssigned) {
      Value v = try_getattr(wrapped, attr);
      if (v.is_bound()) setattr(wrapper, name(attr), v);
    }
  } else {
    Value it = iter(assigned), attr;
    while (next(it, attr)) {
      Value v = try_getattr(wrapped, std::string(sv(attr)).c_str());
      if (v.is_bound()) setattr(wrapper, attr, v);
    }
  }
  bool update_dict = updated.is_unbound();
  if (!update_dict) {
    Value it = iter(updated), attr;
    while (next(it, attr)) update_dict |= sv(attr) == "__dict__";
  }
  if (update_dict) {
    Value d = try_getattr(wrapped, "__dict__");
    if (d.is_bound() && isinstance_of(d, T::dict)) {
      std::vector<std::pair<Value, Value>> items;
      for (const DictObj::Entry& e : d.as<DictObj>()->entries)
        if (e.key.is_bound()) items.emplace_back(e.key, e.value);
      for (auto& [k, v] : items) setattr(wrapper, Value::borrow(intern(sv(k))), v);
    }
  }
  setattr(wrapper, name("__wrapped__"), wrapped);
  return wrapper;
}

Value fn_update_wrapper(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"update_wrapper", {"wrapper", "wrapped", "assigned", "updated"}, 4, 2};
  Value p[4];
  bind(sig, args, nargs, kw, p);
  return update_wrapper(p[0], p[1], p[2], p[3]);
}

Value update_wrapper_fn;  // the module's update_wrapper, for wraps()

Value fn_wraps(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"wraps", {"wrapped", "assigned", "updated"}, 3, 1};
  Value p[3];
  bind(sig, args, nargs, kw, p);
  std::vector<Value> call_args = {Value::borrow(partial_type), update_wrapper_fn, p[0]};
  std::vector<const char*> names = {"wrapped"};
  if (p[1].is_bound()) {
    call_args.push_back(p[1]);
    names.push_back("assigned");
  }
  if (p[2].is_bound()) {
    call_args.push_back(p[2]);
    names.push_back("updated");
  }
  std::vector<Value> kwn;
  for (const char* n : names) kwn.push_back(name(n));
  Value kwnames = make_tuple(std::move(kwn));
  return partial_new(partial_type, call_args.data() + 1, 1, kwnames.as<TupleObj>());
}

// ------------------------------------------------------------ lru_cache

struct LruObj : Object {
  Value func;
  Value cache;     // dict: key -> result, oldest first
  Value attrs;     // dict: __name__, __doc__, __wrapped__ ... set by update_wrapper
  int64_t maxsize = 128;  // -1: unbounded
  bool typed = false;
  int64_t hits = 0, misses = 0;
  // (tracked: a method's cache holds its instances, which hold its class)
  LruObj() : Object(lru_type) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(func), visit(cache), visit(attrs); }
  void gc_clear() override { func.clear(), cache.clear(), attrs.clear(); }
};

Value make_key(const LruObj* w, const Value* args, size_t nargs, TupleObj* kwnames) {
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  if (nkw == 0 && nargs == 1 && !w->typed) {
    TypeObj* t = type_of(args[0]);
    if (t == T::int_ || t == T::str) return args[0];  // CPython's fast path for one int/str
  }
  std::vector<Value> key(args, args + nargs);
  if (nkw) {
    key.push_back(Value::borrow(lru_type));  // the kwd_mark separator: an object nobody passes
    for (size_t i = 0; i < nkw; ++i) {
      key.push_back(kwnames->items[i]);
      key.push_back(args[nargs + i]);
    }
  }
  if (w->typed) {
    for (size_t i = 0; i < nargs; ++i) key.push_back(Value::borrow(type_of(args[i])));
    for (size_t i = 0; i < nkw; ++i) key.push_back(Value::borrow(type_of(args[nargs + i])));
  }
  return make_tuple(std::move(key));
}

Value lru_call(const Value& callee, const Value* args, size_t nargs, TupleObj* kwnames) {
  auto* w = callee.as<LruObj>();
  Value keep = callee;
  if (w->maxsize == 0) {
    ++w->misses;
    return call(w->func, args, nargs, kwnames);
  }
  Value key = make_key(w, args, nargs, kwnames);
  int64_t h = hash(key);
  DictObj* cache = w->cache.as<DictObj>();
  if (Value* found = dict_find(cache, key, h)) {
    ++w->hits;
    Value result = *found;
    if (w->maxsize > 0) {  // move to the most recently used end
      dict_del(cache, key);
      dict_set(cache, key, result);
    }
    return result;
  }
  ++w->misses;
  Value result = call(w->func, args, nargs, kwnames);
  if (dict_find(cache, key, h)) return result;  // filled by a recursive call meanwhile
  if (w->maxsize > 0 && cache->used >= w->maxsize) {
    for (const DictObj::Entry& e : cache->entries) {
      if (e.key.is_unbound()) continue;
      Value oldest = e.key;
      dict_del(cache, oldest);
      break;
    }
  }
  dict_set(cache, key, result);
  return result;
}

Value lru_cache_info(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("cache_info", nargs - 1, kw, 0);
  auto* w = args[0].as<LruObj>();
  auto* info = new TupleObj();
  info->type = cache_info_type;
  info->items = {Value::from_int(w->hits), Value::from_int(w->misses),
                 w->maxsize < 0 ? Value::none() : Value::from_int(w->maxsize),
                 Value::from_int(w->cache.as<DictObj>()->used)};
  return Value::steal(info);
}

Value lru_cache_clear(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("cache_clear", nargs - 1, kw, 0);
  auto* w = args[0].as<LruObj>();
  w->cache = make_dict();
  w->hits = w->misses = 0;
  return Value::none();
}

// A wrapper in a class is a method, as a function is: read through an
// instance, it binds it (CPython's lru_cache_wrapper has tp_descr_get).
Value lru_descr_get(const Value& self, const Value& instance, TypeObj*) {
  if (instance.is_unbound() || instance.is_none()) return self;
  auto* m = new MethodObj();
  m->func = self;
  m->self = instance;
  return Value::steal(m);
}

Value lru_get(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("__get__", kw);
  if (nargs < 2 || nargs > 3) raise(E::TypeError, "expected 1 or 2 arguments, got " + std::to_string(nargs - 1));
  return lru_descr_get(args[0], args[1], nullptr);
}

Value lru_getattr(const Value& self, StrObj* attr) {
  auto* w = self.as<LruObj>();
  if (Value* v = dict_find_str(w->attrs.as<DictObj>(), attr)) return *v;
  std::string_view n = attr->s;
  BuiltinFn method = n == "cache_info" ? lru_cache_info : n == "cache_clear" ? lru_cache_clear : n == "__get__" ? lru_get : nullptr;
  if (method) {
    Value fn = make_builtin(n == "cache_info" ? "cache_info" : n == "cache_clear" ? "cache_clear" : "__get__", method);
    fn.as<BuiltinFuncObj>()->self = self;
    return fn;
  }
  if (n == "__wrapped__") return w->func;
  if (n == "__dict__") return w->attrs;
  return Value();
}

bool lru_setattr(const Value& self, StrObj* attr, const Value& value) {
  dict_set(self.as<LruObj>()->attrs.as<DictObj>(), Value::borrow(attr), value);
  return true;
}

Value lru_repr(const Value& self) {
  Value qualname = lru_getattr(self, intern("__qualname__"));
  std::string n = qualname.is_bound() ? std::string(sv(str(qualname))) : "?";
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self.obj()));
  return make_str("<functools._lru_cache_wrapper object" + std::string(buf));
}

Value make_lru(const Value& func, int64_t maxsize, bool typed) {
  auto* w = new LruObj();
  Value self = Value::steal(w);
  w->func = func;
  w->cache = make_dict();
  w->attrs = make_dict();
  w->maxsize = maxsize;
  w->typed = typed;
  update_wrapper(self, func, Value(), Value());
  return self;
}

// The decorator returned by lru_cache(maxsize, typed): a builtin bound to a
// (maxsize, typed) tuple.
Value lru_decorator(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("decorating_function", nargs - 1, kw, 1);
  auto& settings = args[0].as<TupleObj>()->items;
  int64_t maxsize = settings[0].is_none() ? -1 : settings[0].i();
  return make_lru(args[1], maxsize, truthy(settings[1]));
}

Value fn_lru_cache(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"lru_cache", {"maxsize", "typed"}, 2, 0};
  Value p[2];
  bind(sig, args, nargs, kw, p);
  Value maxsize = p[0].is_bound() ? p[0] : Value::from_int(128);
  bool typed = p[1].is_bound() && truthy(p[1]);
  if (is_int_value(maxsize)) {
    int64_t m = index_value(maxsize);
    if (m < 0) m = 0;
    maxsize = Value::from_int(m);
  } else if (!maxsize.is_none()) {
    if (is_callable(maxsize) && p[1].is_unbound()) return make_lru(maxsize, 128, false);  // @lru_cache
    raise(E::TypeError, "Expected first argument to be an integer, a callable, or None");
  }
  Value decorator = make_builtin("decorating_function", lru_decorator);
  decorator.as<BuiltinFuncObj>()->self = make_tuple({maxsize, Value::from_bool(typed)});
  return decorator;
}

Value fn_cache(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"cache", {"user_function"}, 1, 1};
  Value p[1];
  bind(sig, args, nargs, kw, p);
  return make_lru(p[0], -1, false);
}

const char* const kCacheInfoFields[] = {"hits", "misses", "maxsize", "currsize"};

Value cache_info_repr(const Value& self) {
  auto& items = self.as<TupleObj>()->items;
  std::string out = "CacheInfo(";
  for (size_t i = 0; i < 4; ++i) {
    if (i) out += ", ";
    out += std::string(kCacheInfoFields[i]) + "=" + repr_string(items[i]);
  }
  return make_str(out + ")");
}

template <int I>
Value cache_info_field(const Value& self) {
  return self.as<TupleObj>()->items[I];
}

// ------------------------------------------------------------ cmp_to_key

struct CmpKeyObj : Object {
  Value cmp, obj;
  CmpKeyObj() : Object(cmp_key_type) {}
};

Value cmp_key_make(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("functools.KeyWrapper", nargs - 1, kw, 1);
  auto* k = new CmpKeyObj();
  k->cmp = args[0];
  k->obj = args[1];
  return Value::steal(k);
}

Value cmp_key_richcompare(const Value& self, const Value& other, int op) {
  if (!other.is_obj() || other.obj()->type != cmp_key_type) raise(E::TypeError, "other argument must be K instance");
  auto* a = self.as<CmpKeyObj>();
  Value r = call(a->cmp, {a->obj, other.as<CmpKeyObj>()->obj});
  return compare_slow(r, Value::from_int(0), op);
}

Value fn_cmp_to_key(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"cmp_to_key", {"mycmp"}, 1, 1};
  Value p[1];
  bind(sig, args, nargs, kw, p);
  Value maker = make_builtin("K", cmp_key_make);
  maker.as<BuiltinFuncObj>()->self = p[0];
  return maker;
}

// ---- cached_property(func): a non-data descriptor that computes once and
// stores the value in the instance's __dict__ under its attribute name
// (which wins over the descriptor from then on), as functools.py's.
TypeObj* cached_property_type = nullptr;

struct CachedPropertyObj : Object {
  Value func, attrname = Value::none(), doc = Value::none();
  CachedPropertyObj() : Object(cached_property_type) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(func), visit(attrname), visit(doc); }
  void gc_clear() override { func.clear(), attrname.clear(), doc.clear(); }
};

CachedPropertyObj* as_cached(const Value& v) { return static_cast<CachedPropertyObj*>(v.obj()); }

Value cached_property_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kw) {
  Value out[1];
  bind(Signature{"cached_property.__init__", {"func"}, 1, 1, true}, args, nargs, kw, out);
  auto* c = new CachedPropertyObj();
  Value result = Value::steal(c);
  c->func = out[0];
  try {
    c->doc = getattr(out[0], name("__doc__"));
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::AttributeError)) throw;
  }
  return result;
}

Value cached_property_set_name(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("__set_name__", nargs - 1, kw, 2);
  CachedPropertyObj* c = as_cached(args[0]);
  const Value& attr = args[2];
  if (c->attrname.is_none()) {
    c->attrname = attr;
  } else if (!eq_bool(attr, c->attrname)) {
    raise(E::TypeError, fmt::format("Cannot assign the same cached_property to two different names ({} and {}).",
                                    repr_string(c->attrname), repr_string(attr)));
  }
  return Value::none();
}

Value cached_property_descr_get(const Value& self, const Value& instance, TypeObj*) {
  CachedPropertyObj* c = as_cached(self);
  if (instance.is_unbound() || instance.is_none()) return self;
  if (c->attrname.is_none()) raise(E::TypeError, "Cannot use cached_property instance without calling __set_name__ on it.");
  Value cache;
  try {
    cache = getattr(instance, name("__dict__"));
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::AttributeError)) throw;
    raise(E::TypeError, fmt::format("No '__dict__' attribute on {} instance to cache {} property.",
                                    repr_string(make_str(type_name(instance))), repr_string(c->attrname)));
  }
  Value found = call_method(cache, name("get"), {c->attrname, self});
  if (!found.same(self)) return found;
  Value value = call(c->func, {instance});
  setitem(cache, c->attrname, value);
  return value;
}

Value cached_property_get(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs < 2 || nargs > 3 || (kw && !kw->items.empty()))
    raise(E::TypeError, fmt::format("__get__ expected 1 or 2 arguments, got {}", nargs - 1));
  return cached_property_descr_get(args[0], args[1], nullptr);
}

void make_types() {
  cached_property_type = new_builtin_type("cached_property", nullptr);
  cached_property_type->module = "functools";
  cached_property_type->tp_new = cached_property_new;
  cached_property_type->descr_get = cached_property_descr_get;
  add_method(cached_property_type, "__set_name__", cached_property_set_name);
  add_method(cached_property_type, "__get__", cached_property_get);
  add_getter(cached_property_type, "func", [](const Value& v) { return as_cached(v)->func; });
  add_getter(cached_property_type, "attrname", [](const Value& v) { return as_cached(v)->attrname; });
  add_getter(cached_property_type, "__doc__", [](const Value& v) { return as_cached(v)->doc; });

  partial_type = new_builtin_type("partial", nullptr);
  partial_type->module = "functools";
  partial_type->tp_new = partial_new;
  partial_type->call = partial_call;
  partial_type->repr = partial_repr;
  add_getter(partial_type, "func", partial_func);
  add_getter(partial_type, "args", partial_args);
  add_getter(partial_type, "keywords", partial_keywords);

  lru_type = new_builtin_type("_lru_cache_wrapper", nullptr);
  lru_type->module = "functools";
  lru_type->call = lru_call;
  lru_type->getattr = lru_getattr;
  lru_type->setattr = lru_setattr;
  lru_type->repr = lru_repr;
  lru_type->descr_get = lru_descr_get;
  add_method(lru_type, "__get__", lru_get);

  cache_info_type = new_builtin_type("CacheInfo", T::tuple);
  cache_info_type->module = "functools";
  inherit_slots(cache_info_type, T::tuple);
  cache_info_type->tp_new = nullptr;
  cache_info_type->repr = cache_info_repr;
  add_getter(cache_info_type, "hits", cache_info_field<0>);
  add_getter(cache_info_type, "misses", cache_info_field<1>);
  add_getter(cache_info_type, "maxsize", cache_info_field<2>);
  add_getter(cache_info_type, "currsize", cache_info_field<3>);

  cmp_key_type = new_builtin_type("KeyWrapper", nullptr);
  cmp_key_type->module = "functools";
  cmp_key_type->richcompare = cmp_key_richcompare;
  cmp_key_type->hash = nullptr;
}

}  // namespace

Value modutil::wraps(const Value& wrapper, const Value& wrapped) {
  return update_wrapper(wrapper, wrapped, Value(), Value());
}

// ---- total_ordering(cls): the comparisons a class lacks, derived from the
// one it defines (its "root": the greatest name among those it defines), as
// functools.py derives them, returning what its expressions return:
//     from __lt__:  __gt__ = not r and self != other, __le__ = r or self == other, __ge__ = not r
//     from __le__:  __ge__ = not r or self == other,  __lt__ = r and self != other, __gt__ = not r
//     from __gt__:  __lt__ = not r and self != other, __ge__ = r or self == other,  __le__ = not r
//     from __ge__:  __le__ = not r or self == other,  __gt__ = r and self != other, __lt__ = not r
// where r = type(self).<root>(self, other), NotImplemented passed on.
enum Derived { NotAndNe, OrEq, Not, NotOrEq, AndNe };
constexpr const char* kOrderOps[] = {"__lt__", "__le__", "__gt__", "__ge__"};

template <int Root, Derived D>
Value derived_comparison(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args(kOrderOps[Root], nargs - 1, kw, 1);
  const Value& self = args[0];
  const Value& other = args[1];
  Value r = call(getattr(Value::borrow(type_of(self)), name(kOrderOps[Root])), {self, other});
  if (r.same(not_implemented())) return r;
  bool t = truthy(r);
  switch (D) {
    case NotAndNe: return t ? Value::from_bool(false) : ne(self, other);
    case OrEq: return t ? r : eq(self, other);
    case Not: return Value::from_bool(!t);
    case NotOrEq: return !t ? Value::from_bool(true) : eq(self, other);
    case AndNe: return !t ? r : ne(self, other);
  }
  return r;
}

struct DerivedOp {
  int op;  // index in kOrderOps
  BuiltinFn fn;
};
// For each root (index in kOrderOps), the three it derives.
const DerivedOp kDerivations[4][3] = {
    {{2, derived_comparison<0, NotAndNe>}, {1, derived_comparison<0, OrEq>}, {3, derived_comparison<0, Not>}},
    {{3, derived_comparison<1, NotOrEq>}, {0, derived_comparison<1, AndNe>}, {2, derived_comparison<1, Not>}},
    {{0, derived_comparison<2, NotAndNe>}, {3, derived_comparison<2, OrEq>}, {1, derived_comparison<2, Not>}},
    {{1, derived_comparison<3, NotOrEq>}, {2, derived_comparison<3, AndNe>}, {0, derived_comparison<3, Not>}},
};

Value fn_total_ordering(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("total_ordering", nargs, kw, 1);
  const Value& cls = args[0];
  Value object = Value::borrow(T::object);
  bool defined[4];
  int root = -1;
  // getattr(x, op, None), as functools.py asks it.
  auto lookup = [](const Value& x, const char* op) {
    try {
      return getattr(x, name(op));
    } catch (PyError& e) {
      if (!isinstance_of(e.exc, E::AttributeError)) throw;
      return Value::none();
    }
  };
  for (int i = 0; i < 4; ++i) defined[i] = !lookup(cls, kOrderOps[i]).same(lookup(object, kOrderOps[i]));
  // The root is the greatest name defined: __lt__ > __le__ > __gt__ > __ge__.
  for (int i : {0, 1, 2, 3})
    if (defined[i]) {
      root = i;
      break;
    }
  if (root < 0) raise(E::ValueError, "must define at least one ordering operation: < > <= >=");
  for (const DerivedOp& d : kDerivations[root]) {
    if (defined[d.op]) continue;
    Value fn = make_builtin(kOrderOps[d.op], d.fn);
    fn.as<BuiltinFuncObj>()->owner = T::object;  // (a method: bound to the instance it is read from)
    setattr(cls, name(kOrderOps[d.op]), fn);
  }
  return cls;
}

void init_functools_module(ModuleObj* m) {
  if (!partial_type) make_types();
  module_add(m, "partial", Value::borrow(partial_type));
  module_add_fn(m, "reduce", fn_reduce);
  module_add_fn(m, "update_wrapper", fn_update_wrapper);
  update_wrapper_fn = getattr(Value::borrow(m), name("update_wrapper"));
  module_add_fn(m, "wraps", fn_wraps);
  module_add_fn(m, "lru_cache", fn_lru_cache);
  module_add_fn(m, "cache", fn_cache);
  module_add_fn(m, "cmp_to_key", fn_cmp_to_key);
  module_add_fn(m, "total_ordering", fn_total_ordering);
  module_add(m, "cached_property", Value::borrow(cached_property_type));
  std::vector<Value> assigned;
  for (const char* a : kAssigned) assigned.push_back(make_str(a));
  module_add(m, "WRAPPER_ASSIGNMENTS", make_tuple(std::move(assigned)));
  module_add(m, "WRAPPER_UPDATES", make_tuple({make_str("__dict__")}));
}

}  // namespace py
