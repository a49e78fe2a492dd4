// The collections module: deque, and the dict subclasses defaultdict,
// Counter and OrderedDict (real subtypes of dict, so isinstance(d, dict)
// holds and dict's methods apply).
#include <algorithm>
#include <deque>
#include <vector>

#include "stdlib/mod_util.h"
#include "data/repr_guard.h"

namespace py {

namespace {

using namespace modutil;

TypeObj* deque_type = nullptr;
TypeObj* deque_iter_type = nullptr;
TypeObj* defaultdict_type = nullptr;
TypeObj* counter_type = nullptr;
TypeObj* ordereddict_type = nullptr;

// ------------------------------------------------------------ deque

struct DequeObj : Object {
  std::deque<Value> items;
  int64_t maxlen = -1;  // -1: unbounded
  uint64_t state = 0;   // bumped by every mutation (iterators check it)
  explicit DequeObj(TypeObj* t) : Object(t) {}
};

struct DequeIterObj : Object {
  Value deque;
  size_t index = 0;
  uint64_t state = 0;
  DequeIterObj() : Object(deque_iter_type) {}
};

DequeObj* dq(const Value& v) { return v.as<DequeObj>(); }
bool is_deque(const Value& v) { return v.is_obj() && isinstance_of(v, deque_type); }

void push_right(DequeObj* d, const Value& v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && int64_t(d->items.size()) >= d->maxlen) d->items.pop_front();
  d->items.push_back(v);
  ++d->state;
}

void push_left(DequeObj* d, const Value& v) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && int64_t(d->items.size()) >= d->maxlen) d->items.pop_back();
  d->items.push_front(v);
  ++d->state;
}

std::vector<Value> collect(const Value& iterable) {
  std::vector<Value> out;
  Value it = iter(iterable), item;
  while (next(it, item)) out.push_back(item);
  return out;
}

int64_t maxlen_arg(const Value& v) {
  if (v.is_unbound() || v.is_none()) return -1;
  if (!is_int_value(v)) raise(E::TypeError, "an integer is required");
  int64_t n = index_value(v);
  if (n < 0) raise(E::ValueError, "maxlen must be non-negative");
  return n;
}

Value make_deque(TypeObj* type, const std::vector<Value>& items, int64_t maxlen) {
  auto* d = new DequeObj(type);
  Value self = Value::steal(d);
  d->maxlen = maxlen;
  for (const Value& v : items) push_right(d, v);
  return self;
}

Value deque_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("deque", {"iterable", "maxlen"}, 0, args, nargs, kw, p);
  int64_t maxlen = maxlen_arg(p[1]);
  std::vector<Value> items;
  if (p[0].is_bound()) items = collect(p[0]);
  return make_deque(type, items, maxlen);
}

Value deque_repr(const Value& self) {
  ReprGuard guard(self.obj());  // a deque inside itself shows as [...]
  if (guard.recursive) return make_str("[...]");
  DequeObj* d = dq(self);
  std::vector<Value> snapshot(d->items.begin(), d->items.end());
  std::string out = type_of(self)->name + "([";
  for (size_t i = 0; i < snapshot.size(); ++i) {
    if (i) out += ", ";
    out += repr_string(snapshot[i]);
  }
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  return make_str(out + ")");
}

int64_t deque_len(const Value& self) { return int64_t(dq(self)->items.size()); }

Value deque_iter(const Value& self) {
  auto* it = new DequeIterObj();
  it->deque = self;
  it->state = dq(self)->state;
  return Value::steal(it);
}

bool deque_iter_next(const Value& self, Value& out) {
  auto* it = self.as<DequeIterObj>();
  if (it->deque.is_unbound()) return false;
  DequeObj* d = dq(it->deque);
  if (d->state != it->state) raise(E::RuntimeError, "deque mutated during iteration");
  if (it->index >= d->items.size()) {
    it->deque = Value();
    return false;
  }
  out = d->items[it->index++];
  return true;
}

Value iter_self(const Value& self) { return self; }

size_t deque_index(DequeObj* d, const Value& key) {
  if (!is_int_value(key)) raise(E::TypeError, "sequence index must be integer, not '" + type_name(key) + "'");
  int64_t i = index_value(key);
  int64_t n = int64_t(d->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(E::IndexError, "deque index out of range");
  return size_t(i);
}

Value deque_getitem(const Value& self, const Value& key) {
  DequeObj* d = dq(self);
  return d->items[deque_index(d, key)];
}

void deque_setitem(const Value& self, const Value& key, const Value& value) {
  DequeObj* d = dq(self);
  d->items[deque_index(d, key)] = value;
}

void deque_delitem(const Value& self, const Value& key) {
  DequeObj* d = dq(self);
  size_t i = deque_index(d, key);
  d->items.erase(d->items.begin() + std::ptrdiff_t(i));
  ++d->state;
}

bool deque_contains(const Value& self, const Value& item) {
  DequeObj* d = dq(self);
  uint64_t state = d->state;
  for (size_t i = 0; i < d->items.size(); ++i) {
    Value v = d->items[i];
    bool equal = v.same(item) || eq_bool(v, item);
    if (d->state != state) raise(E::RuntimeError, "deque mutated during iteration");
    if (equal) return true;
  }
  return false;
}

Value as_list(const Value& v) {
  DequeObj* d = dq(v);
  return make_list(std::vector<Value>(d->items.begin(), d->items.end()));
}

Value deque_richcompare(const Value& self, const Value& other, int op) {
  if (!is_deque(self) || !is_deque(other)) return not_implemented();
  Value a = as_list(self), b = as_list(other);
  return compare_slow(a, b, op);
}

Value deque_binop(const Value& a, const Value& b, int op) {
  bool inplace = op & BINOP_INPLACE;
  int base = op & ~(BINOP_INPLACE | BINOP_SEQUENCE);
  if (base == BINOP_ADD && is_deque(a)) {
    if (inplace) {
      for (const Value& v : collect(b)) push_right(dq(a), v);
      return a;
    }
    if (!is_deque(b)) {
      if (op & BINOP_SEQUENCE)
        raise(E::TypeError, "can only concatenate deque (not \"" + type_name(b) + "\") to deque");
      return not_implemented();
    }
    std::vector<Value> items(dq(a)->items.begin(), dq(a)->items.end());
    items.insert(items.end(), dq(b)->items.begin(), dq(b)->items.end());
    return make_deque(type_of(a), items, dq(a)->maxlen);
  }
  if (base == BINOP_MUL) {
    const Value& d = is_deque(a) ? a : b;
    const Value& n = is_deque(a) ? b : a;
    if (!is_deque(d) || !is_int_value(n)) return not_implemented();
    int64_t times = index_value(n);
    std::vector<Value> once(dq(d)->items.begin(), dq(d)->items.end()), items;
    for (int64_t i = 0; i < times; ++i) items.insert(items.end(), once.begin(), once.end());
    if (inplace && is_deque(a)) {
      dq(a)->items.clear();
      for (const Value& v : items) push_right(dq(a), v);
      return a;
    }
    return make_deque(type_of(d), items, dq(d)->maxlen);
  }
  return not_implemented();
}

DequeObj* self_deque(const Value* args, size_t nargs) {
  if (nargs == 0 || !is_deque(args[0])) raise(E::TypeError, "descriptor requires a 'collections.deque' object");
  return dq(args[0]);
}

Value d_append(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.append", nargs - 1, kw, 1);
  push_right(self_deque(args, nargs), args[1]);
  return Value::none();
}
Value d_appendleft(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.appendleft", nargs - 1, kw, 1);
  push_left(self_deque(args, nargs), args[1]);
  return Value::none();
}
Value d_pop(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.pop", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  if (d->items.empty()) raise(E::IndexError, "pop from an empty deque");
  Value v = std::move(d->items.back());
  d->items.pop_back();
  ++d->state;
  return v;
}
Value d_popleft(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.popleft", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  if (d->items.empty()) raise(E::IndexError, "pop from an empty deque");
  Value v = std::move(d->items.front());
  d->items.pop_front();
  ++d->state;
  return v;
}
Value d_extend(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.extend", nargs - 1, kw, 1);
  DequeObj* d = self_deque(args, nargs);
  for (const Value& v : collect(args[1])) push_right(d, v);
  return Value::none();
}
Value d_extendleft(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.extendleft", nargs - 1, kw, 1);
  DequeObj* d = self_deque(args, nargs);
  for (const Value& v : collect(args[1])) push_left(d, v);
  return Value::none();
}
Value d_rotate(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("deque.rotate", kw);
  if (nargs > 2) raise(E::TypeError, "rotate expected at most 1 argument, got " + std::to_string(nargs - 1));
  DequeObj* d = self_deque(args, nargs);
  int64_t n = nargs == 2 ? index_value(args[1]) : 1;
  int64_t len = int64_t(d->items.size());
  if (len <= 1) return Value::none();
  int64_t shift = ((n % len) + len) % len;  // rotate right by shift
  std::rotate(d->items.begin(), d->items.begin() + std::ptrdiff_t(len - shift), d->items.end());
  ++d->state;
  return Value::none();
}
Value d_clear(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.clear", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  std::deque<Value> old;
  old.swap(d->items);
  ++d->state;
  return Value::none();
}
Value d_copy(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.copy", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  return make_deque(type_of(args[0]), std::vector<Value>(d->items.begin(), d->items.end()), d->maxlen);
}
Value d_count(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.count", nargs - 1, kw, 1);
  DequeObj* d = self_deque(args, nargs);
  std::vector<Value> snapshot(d->items.begin(), d->items.end());
  int64_t count = 0;
  for (const Value& v : snapshot)
    if (v.same(args[1]) || eq_bool(v, args[1])) ++count;
  return Value::from_int(count);
}
Value d_index(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("deque.index", kw);
  if (nargs < 2 || nargs > 4)
    raise(E::TypeError, std::string("index expected ") + (nargs < 2 ? "at least 1 argument, got " : "at most 3 arguments, got ") +
                            std::to_string(nargs - 1));
  DequeObj* d = self_deque(args, nargs);
  int64_t n = int64_t(d->items.size());
  int64_t start = nargs > 2 ? index_value(args[2]) : 0, stop = nargs > 3 ? index_value(args[3]) : n;
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  stop = std::min(stop, n);
  uint64_t state = d->state;
  for (int64_t i = start; i < stop; ++i) {
    Value v = d->items[size_t(i)];
    bool equal = v.same(args[1]) || eq_bool(v, args[1]);
    if (d->state != state) raise(E::RuntimeError, "deque mutated during iteration");
    if (equal) return Value::from_int(i);
  }
  raise(E::ValueError, repr_string(args[1]) + " is not in deque");
}
Value d_remove(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.remove", nargs - 1, kw, 1);
  DequeObj* d = self_deque(args, nargs);
  uint64_t state = d->state;
  for (size_t i = 0; i < d->items.size(); ++i) {
    Value v = d->items[i];
    bool equal = v.same(args[1]) || eq_bool(v, args[1]);
    if (d->state != state) raise(E::IndexError, "deque mutated during remove().");
    if (equal) {
      d->items.erase(d->items.begin() + std::ptrdiff_t(i));
      ++d->state;
      return Value::none();
    }
  }
  raise(E::ValueError, repr_string(args[1]) + " is not in deque");
}
Value d_reverse(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.reverse", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  std::reverse(d->items.begin(), d->items.end());
  ++d->state;
  return Value::none();
}
Value d_insert(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("deque.insert", kw);
  if (nargs != 3) raise(E::TypeError, "insert expected 2 arguments, got " + std::to_string(nargs - 1));
  DequeObj* d = self_deque(args, nargs);
  int64_t n = int64_t(d->items.size());
  if (d->maxlen >= 0 && n >= d->maxlen) raise(E::IndexError, "deque already at its maximum size");
  int64_t i = index_value(args[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  i = std::min(i, n);
  d->items.insert(d->items.begin() + std::ptrdiff_t(i), args[2]);
  ++d->state;
  return Value::none();
}
Value d_reversed(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("deque.__reversed__", nargs - 1, kw, 0);
  DequeObj* d = self_deque(args, nargs);
  return iter(make_list(std::vector<Value>(d->items.rbegin(), d->items.rend())));
}
Value d_maxlen(const Value& self) {
  int64_t m = dq(self)->maxlen;
  return m < 0 ? Value::none() : Value::from_int(m);
}

// ------------------------------------------------------------ dict subtypes

struct DefaultDictObj : DictObj {
  Value factory = Value::none();
};

TypeObj* new_dict_subtype(const char* name) {
  TypeObj* t = new_builtin_type(name, T::dict);
  t->module = "collections";
  inherit_slots(t, T::dict);
  add_noop_init(t);
  return t;
}

template <class Obj>
Obj* new_dict_like(TypeObj* type) {
  auto* d = new Obj();
  d->type = type;
  return d;
}

std::string dict_body_repr(const Value& self) { return std::string(sv(T::dict->repr(self))); }

Value update_from(const Value& self, const Value* args, size_t nargs, TupleObj* kw) {
  return call_method(self, name("update"), args, nargs, kw);
}

Value defaultdict_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  auto* d = new_dict_like<DefaultDictObj>(type);
  Value self = Value::steal(d);
  if (nargs >= 1) {
    if (!args[0].is_none() && !is_callable(args[0]))
      raise(E::TypeError, "first argument must be callable or None");
    d->factory = args[0];
  }
  if (nargs > 1 || (kw && !kw->items.empty())) update_from(self, args + (nargs ? 1 : 0), nargs ? nargs - 1 : 0, kw);
  return self;
}

Value defaultdict_getitem(const Value& self, const Value& key) {
  auto* d = static_cast<DefaultDictObj*>(self.obj());
  if (Value* found = dict_find(d, key)) return *found;
  if (d->factory.is_none()) raise_value(call(Value::borrow(E::KeyError), {key}));
  Value value = call(d->factory, {});
  dict_set(d, key, value);
  return value;
}

Value defaultdict_repr(const Value& self) {
  auto* d = static_cast<DefaultDictObj*>(self.obj());
  return make_str(type_of(self)->name + "(" + repr_string(d->factory) + ", " + dict_body_repr(self) + ")");
}

Value defaultdict_factory(const Value& self) { return static_cast<DefaultDictObj*>(self.obj())->factory; }

Value defaultdict_missing(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("defaultdict.__missing__", nargs - 1, kw, 1);
  return defaultdict_getitem(args[0], args[1]);
}

Value defaultdict_copy(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("defaultdict.copy", nargs - 1, kw, 0);
  auto* src = static_cast<DefaultDictObj*>(args[0].obj());
  auto* d = new_dict_like<DefaultDictObj>(type_of(args[0]));
  Value self = Value::steal(d);
  d->factory = src->factory;
  dict_update(self, args[0]);
  return self;
}

// ---- Counter

Value counter_getitem(const Value& self, const Value& key) {
  if (Value* found = dict_find(self.as<DictObj>(), key)) return *found;
  return Value::from_int(0);
}

Value count_of(const Value& counter, const Value& key) {
  Value* found = dict_find(counter.as<DictObj>(), key);
  return found ? *found : Value::from_int(0);
}

std::vector<std::pair<Value, Value>> live_items(const Value& dict) {
  std::vector<std::pair<Value, Value>> out;
  for (const DictObj::Entry& e : dict.as<DictObj>()->entries)
    if (e.key.is_bound()) out.emplace_back(e.key, e.value);
  return out;
}

void counter_update_impl(const Value& self, const Value& source, bool subtract) {
  if (isinstance_of(source, T::dict)) {
    for (auto& [key, count] : live_items(source))
      dict_set(self.as<DictObj>(), key, subtract ? sub(count_of(self, key), count) : add(count, count_of(self, key)));
    return;
  }
  Value it = iter(source), elem;
  while (next(it, elem))
    dict_set(self.as<DictObj>(), elem, subtract ? sub(count_of(self, elem), Value::from_int(1))
                                                : add(count_of(self, elem), Value::from_int(1)));
}

void counter_update_kwargs(const Value& self, const Value* args, size_t nargs, TupleObj* kw, bool subtract) {
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t i = 0; i < nkw; ++i) {
    Value key = kw->items[i];
    const Value& count = args[nargs + i];
    dict_set(self.as<DictObj>(), key, subtract ? sub(count_of(self, key), count) : add(count, count_of(self, key)));
  }
}

Value counter_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 1) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs));
  auto* d = new_dict_like<DictObj>(type);
  Value self = Value::steal(d);
  if (nargs == 1 && !args[0].is_none()) counter_update_impl(self, args[0], false);
  counter_update_kwargs(self, args, nargs, kw, false);
  return self;
}

Value counter_m_update(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 2) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs - 1));
  if (nargs == 2 && !args[1].is_none()) counter_update_impl(args[0], args[1], false);
  counter_update_kwargs(args[0], args + 1, nargs - 1, kw, false);
  return Value::none();
}

Value counter_m_subtract(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 2) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs - 1));
  if (nargs == 2 && !args[1].is_none()) counter_update_impl(args[0], args[1], true);
  counter_update_kwargs(args[0], args + 1, nargs - 1, kw, true);
  return Value::none();
}

Value item_count(const Value* args, size_t nargs, TupleObj*) {
  if (nargs != 1) raise(E::TypeError, "itemgetter expected 1 argument");
  return getitem(args[0], Value::from_int(1));
}

// sorted(self.items(), key=itemgetter(1), reverse=True)[:n]; nlargest gives
// the same order for ties (both are stable).
Value most_common(const Value& self, int64_t n) {
  std::vector<Value> pairs;
  for (auto& [key, count] : live_items(self)) pairs.push_back(make_tuple({key, count}));
  Value list = make_list(std::move(pairs));
  static Value key_fn = make_builtin("itemgetter", item_count);
  list_sort_inplace(list, key_fn, true);
  auto& items = list.as<ListObj>()->items;
  if (n >= 0 && size_t(n) < items.size()) items.resize(size_t(n));
  return list;
}

Value counter_m_most_common(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Counter.most_common", {"n"}, 1, 0, true};
  Value p[1];
  bind(sig, args + 1, nargs - 1, kw, p);
  int64_t n = -1;
  if (p[0].is_bound() && !p[0].is_none()) n = std::max<int64_t>(0, index_value(p[0]));
  return most_common(args[0], n);
}

Value counter_m_elements(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Counter.elements", nargs - 1, kw, 0);
  std::vector<Value> out;
  for (auto& [key, count] : live_items(args[0])) {
    int64_t c = index_value(count);
    for (int64_t i = 0; i < c; ++i) out.push_back(key);
  }
  return iter(make_list(std::move(out)));
}

Value counter_m_total(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Counter.total", nargs - 1, kw, 0);
  Value total = Value::from_int(0);
  for (auto& [key, count] : live_items(args[0])) total = add(total, count);
  return total;
}

Value counter_m_missing(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Counter.__missing__", nargs - 1, kw, 1);
  return Value::from_int(0);
}

Value counter_repr(const Value& self) {
  const std::string& cls = type_of(self)->name;
  if (self.as<DictObj>()->used == 0) return make_str(cls + "()");
  Value ordered = make_dict();
  Value pairs = most_common(self, -1);  // keep the list alive while iterating it
  for (const Value& pair : pairs.as<ListObj>()->items) {
    auto& kv = pair.as<TupleObj>()->items;
    dict_set(ordered.as<DictObj>(), kv[0], kv[1]);
  }
  return make_str(cls + "(" + repr_string(ordered) + ")");
}

bool is_counter(const Value& v) { return v.is_obj() && isinstance_of(v, counter_type); }

Value counter_binop(const Value& a, const Value& b, int op) {
  int base = op & ~(BINOP_INPLACE | BINOP_SEQUENCE);
  if (!is_counter(a) || !is_counter(b) || (base != BINOP_ADD && base != BINOP_SUB && base != BINOP_OR && base != BINOP_AND)) {
    if (op & BINOP_INPLACE) return not_implemented();
    return T::dict->binop ? T::dict->binop(a, b, op) : not_implemented();
  }
  Value result = Value::steal(new_dict_like<DictObj>(counter_type));
  DictObj* r = result.as<DictObj>();
  Value zero = Value::from_int(0);
  for (auto& [key, count] : live_items(a)) {
    Value other = count_of(b, key);
    Value v;
    switch (base) {
      case BINOP_ADD: v = add(count, other); break;
      case BINOP_SUB: v = sub(count, other); break;
      case BINOP_OR: v = truthy(lt(count, other)) ? other : count; break;
      default: v = truthy(lt(count, other)) ? count : other; break;
    }
    if (truthy(gt(v, zero))) dict_set(r, key, v);
  }
  if (base != BINOP_AND) {
    for (auto& [key, count] : live_items(b)) {
      if (dict_find(a.as<DictObj>(), key)) continue;
      if (base == BINOP_SUB) {
        if (truthy(lt(count, zero))) dict_set(r, key, sub(zero, count));
      } else if (truthy(gt(count, zero))) {
        dict_set(r, key, count);
      }
    }
  }
  return result;
}

// ---- OrderedDict

Value ordereddict_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs > 1) raise(E::TypeError, "expected at most 1 arguments, got " + std::to_string(nargs));
  Value self = Value::steal(new_dict_like<DictObj>(type));
  if (nargs || (kw && !kw->items.empty())) update_from(self, args, nargs, kw);
  return self;
}

Value ordereddict_repr(const Value& self) {
  ReprGuard guard(self.obj());  // reprlib.recursive_repr: "..." inside itself
  if (guard.recursive) return make_str("...");
  const std::string& cls = type_of(self)->name;
  if (self.as<DictObj>()->used == 0) return make_str(cls + "()");
  std::vector<Value> pairs;
  for (auto& [key, value] : live_items(self)) pairs.push_back(make_tuple({key, value}));
  return make_str(cls + "(" + repr_string(make_list(std::move(pairs))) + ")");
}

Value od_m_move_to_end(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"OrderedDict.move_to_end", {"key", "last"}, 2, 1, true};
  Value p[2];
  bind(sig, args + 1, nargs - 1, kw, p);
  DictObj* d = args[0].as<DictObj>();
  Value* found = dict_find(d, p[0]);
  if (!found) raise_value(call(Value::borrow(E::KeyError), {p[0]}));
  Value value = *found;
  bool last = p[1].is_unbound() || truthy(p[1]);
  dict_del(d, p[0]);
  if (last) {
    dict_set(d, p[0], value);
    return Value::none();
  }
  auto rest = live_items(args[0]);
  call_method(args[0], name("clear"), {});
  dict_set(d, p[0], value);
  for (auto& [k, v] : rest) dict_set(d, k, v);
  return Value::none();
}

Value od_m_popitem(const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"OrderedDict.popitem", {"last"}, 1, 0, true};
  Value p[1];
  bind(sig, args + 1, nargs - 1, kw, p);
  bool last = p[0].is_unbound() || truthy(p[0]);
  auto items = live_items(args[0]);
  if (items.empty()) raise(E::KeyError, "dictionary is empty");
  auto& [key, value] = last ? items.back() : items.front();
  Value result = make_tuple({key, value});
  dict_del(args[0].as<DictObj>(), key);
  return result;
}

void make_types() {
  deque_type = new_builtin_type("deque", nullptr);
  deque_type->module = "collections";
  deque_type->tp_new = deque_new;
  deque_type->repr = deque_repr;
  deque_type->len = deque_len;
  deque_type->iter = deque_iter;
  deque_type->getitem = deque_getitem;
  deque_type->setitem = deque_setitem;
  deque_type->delitem = deque_delitem;
  deque_type->contains = deque_contains;
  deque_type->richcompare = deque_richcompare;
  deque_type->binop = deque_binop;
  deque_type->hash = nullptr;
  add_attr(deque_type, "__hash__", Value::none());
  add_method(deque_type, "append", d_append);
  add_method(deque_type, "appendleft", d_appendleft);
  add_method(deque_type, "pop", d_pop);
  add_method(deque_type, "popleft", d_popleft);
  add_method(deque_type, "extend", d_extend);
  add_method(deque_type, "extendleft", d_extendleft);
  add_method(deque_type, "rotate", d_rotate);
  add_method(deque_type, "clear", d_clear);
  add_method(deque_type, "copy", d_copy);
  add_method(deque_type, "__copy__", d_copy);
  add_method(deque_type, "count", d_count);
  add_method(deque_type, "index", d_index);
  add_method(deque_type, "remove", d_remove);
  add_method(deque_type, "reverse", d_reverse);
  add_method(deque_type, "insert", d_insert);
  add_method(deque_type, "__reversed__", d_reversed);
  add_getter(deque_type, "maxlen", d_maxlen);

  deque_iter_type = new_builtin_type("_deque_iterator", nullptr);
  deque_iter_type->module = "collections";
  deque_iter_type->iter = iter_self;
  deque_iter_type->next = deque_iter_next;

  defaultdict_type = new_dict_subtype("defaultdict");
  defaultdict_type->tp_new = defaultdict_new;
  defaultdict_type->getitem = defaultdict_getitem;
  defaultdict_type->repr = defaultdict_repr;
  add_getter(defaultdict_type, "default_factory", defaultdict_factory);
  add_method(defaultdict_type, "__missing__", defaultdict_missing);
  add_method(defaultdict_type, "copy", defaultdict_copy);

  counter_type = new_dict_subtype("Counter");
  counter_type->tp_new = counter_new;
  counter_type->getitem = counter_getitem;
  counter_type->repr = counter_repr;
  counter_type->binop = counter_binop;
  add_method(counter_type, "update", counter_m_update);
  add_method(counter_type, "subtract", counter_m_subtract);
  add_method(counter_type, "most_common", counter_m_most_common);
  add_method(counter_type, "elements", counter_m_elements);
  add_method(counter_type, "total", counter_m_total);
  add_method(counter_type, "__missing__", counter_m_missing);

  ordereddict_type = new_dict_subtype("OrderedDict");
  ordereddict_type->tp_new = ordereddict_new;
  ordereddict_type->repr = ordereddict_repr;
  add_method(ordereddict_type, "move_to_end", od_m_move_to_end);
  add_method(ordereddict_type, "popitem", od_m_popitem);
}

}  // namespace

void init_collections_module(ModuleObj* m) {
  if (!deque_type) make_types();
  module_add(m, "deque", Value::borrow(deque_type));
  module_add(m, "defaultdict", Value::borrow(defaultdict_type));
  module_add(m, "Counter", Value::borrow(counter_type));
  module_add(m, "OrderedDict", Value::borrow(ordereddict_type));
}

}  // namespace py
