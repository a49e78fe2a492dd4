// The itertools module: lazy iterators with CPython's element order and
// argument errors. Every itertools type shares one C++ object shape: a step
// function producing the next item.
//
// A StopIteration raised below an iterator (by its source's callee, or a
// function it calls itself) is handled as CPython's version handles it:
// the ones that step their source with tp_iternext pass it on (iter_step),
// the ones that use PyIter_Next take it as the source's end (next).
#include <fmt/format.h>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

using Step = std::function<bool(Value&)>;

// What finishes an iterator for good: afterwards it returns false without
// running its step, having dropped what it holds (CPython clears its source).
enum class End : uint8_t {
  Exhausted,         // its step's first false
  ExhaustedOrError,  // that, or any exception out of its step (CPython clears the source on any failure)
  Never,             // nothing: each call runs the step again, as CPython's version asks its source again
};

struct NativeIter : Object {
  Step step;
  std::function<std::string()> describe;  // repr, where CPython has a custom one
  End end = End::Exhausted;
  bool done = false;
  std::shared_ptr<void> state;  // what another call may need of it (a tee iterator's source and position)
  explicit NativeIter(TypeObj* t) : Object(t) {}
  void finish() {
    done = true;
    step = nullptr;
  }
};

Value iter_self(const Value& self) { return self; }

bool native_next(const Value& self, Value& out) {
  auto* it = self.as<NativeIter>();
  if (it->done) return false;
  Value keep = self;
  if (it->end == End::Never) return it->step(out);
  bool more;
  if (it->end == End::ExhaustedOrError) {
    try {
      more = it->step(out);
    } catch (...) {
      it->finish();
      throw;
    }
  } else {
    more = it->step(out);
  }
  if (!more) it->finish();
  return more;
}

Value native_repr(const Value& self) {
  auto* it = self.as<NativeIter>();
  if (it->describe) return make_str(it->describe());
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.obj()));
  return make_str("<itertools." + type_of(self)->name + buf);
}

TypeObj* make_iter_type(const char* name, Value (*tp_new)(TypeObj*, const Value*, size_t, TupleObj*)) {
  TypeObj* t = new_builtin_type(name, nullptr);
  t->module = "itertools";
  t->iter = iter_self;
  t->next = native_next;
  t->repr = native_repr;
  t->tp_new = tp_new;
  return t;
}

Value make_iter(TypeObj* type, End end, Step step, std::function<std::string()> describe = nullptr) {
  auto* it = new NativeIter(type);
  it->step = std::move(step);
  it->describe = std::move(describe);
  it->end = end;
  return Value::steal(it);
}

std::vector<Value> collect(const Value& iterable) {
  std::vector<Value> out;
  Value it = iter(iterable), item;
  while (next(it, item)) out.push_back(item);
  return out;
}

void positional_only(const char* fname, TupleObj* kw) {
  if (kw && !kw->items.empty()) raise(E::TypeError, std::string(fname) + "() takes no keyword arguments");
}

TypeObj *count_type, *islice_type, *chain_type, *cycle_type, *repeat_type, *takewhile_type, *dropwhile_type,
    *filterfalse_type, *starmap_type, *compress_type, *product_type, *permutations_type, *combinations_type,
    *cwr_type, *accumulate_type, *zip_longest_type, *groupby_type, *grouper_type, *pairwise_type;

// CPython's PyNumber_Check: an int, float or complex, or a class with
// __index__, __int__ or __float__ (an int or float subclass has them).
bool is_number(const Value& v) {
  if (is_int_value(v) || v.is_float() || isinstance_of(v, T::complex_)) return true;
  TypeObj* t = type_of(v);
  if (t->is_builtin) return false;
  for (const char* name : {"__index__", "__int__", "__float__"})
    if (type_lookup(t, intern(name)).is_bound()) return true;
  return false;
}

// ---- count(start=0, step=1)
Value count_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("count", {"start", "step"}, 0, args, nargs, kw, p);
  Value start = p[0].is_bound() ? p[0] : Value::from_int(0);
  Value step = p[1].is_bound() ? p[1] : Value::from_int(1);
  if (!is_number(start) || !is_number(step)) raise(E::TypeError, "a number is required");
  auto current = std::make_shared<Value>(start);
  return make_iter(
      type, End::Exhausted,
      [current, step](Value& out) {
        out = *current;
        *current = add(*current, step);
        return true;
      },
      [current, step]() {
        bool unit = step.is_int() && step.i() == 1;
        return "count(" + repr_string(*current) + (unit ? "" : ", " + repr_string(step)) + ")";
      });
}

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step])
int64_t islice_index(const Value& v, const char* message) {
  if (v.is_none()) return -1;
  int64_t n;
  if (!is_int_value(v) || !to_int64(v, n) || n < 0) raise(E::ValueError, message);
  return n;
}

Value islice_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  positional_only("islice", kw);
  if (nargs < 2) raise(E::TypeError, "islice expected at least 2 arguments, got " + std::to_string(nargs));
  if (nargs > 4) raise(E::TypeError, "islice expected at most 4 arguments, got " + std::to_string(nargs));
  static const char* kStopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  static const char* kIndexMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    stop = islice_index(args[1], kStopMsg);
  } else {
    start = args[1].is_none() ? 0 : islice_index(args[1], kIndexMsg);
    stop = islice_index(args[2], kStopMsg);
    if (nargs == 4 && !args[3].is_none()) {
      int64_t s;
      if (!is_int_value(args[3]) || !to_int64(args[3], s) || s < 1)
        raise(E::ValueError, "Step for islice() must be a positive integer or None.");
      step = s;
    }
  }
  struct State {
    Value it;
    int64_t next, stop, step, count = 0;
  };
  auto st = std::make_shared<State>(State{iter(args[0]), start, stop, step});
  return make_iter(type, End::ExhaustedOrError, [st](Value& out) {
    Value item;
    while (st->count < st->next) {
      if (!iter_step(st->it, item)) return false;
      ++st->count;
    }
    if (st->stop != -1 && st->count >= st->stop) return false;
    if (!iter_step(st->it, out)) return false;
    ++st->count;
    int64_t old = st->next;
    st->next += st->step;
    if (st->next < old || (st->stop != -1 && st->next > st->stop)) st->next = st->stop;
    return true;
  });
}

// ---- chain(*iterables), chain.from_iterable(iterable)
Value chain_over(TypeObj* type, Value sources) {
  struct State {
    Value sources, current;
  };
  auto st = std::make_shared<State>(State{std::move(sources), Value()});
  return make_iter(type, End::Exhausted, [st](Value& out) {
    while (true) {
      if (st->current.is_bound()) {
        if (next(st->current, out)) return true;
        st->current = Value();
      }
      if (st->sources.is_unbound()) return false;
      Value source;
      try {
        if (!next(st->sources, source)) return false;
        st->current = iter(source);
      } catch (PyError&) {
        st->sources = Value();  // CPython's chain gives up on sources that failed
        throw;
      }
    }
  });
}

Value chain_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  positional_only("chain", kw);
  return chain_over(type, iter(make_tuple(std::vector<Value>(args, args + nargs))));
}

Value chain_from_iterable(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("chain.from_iterable", nargs - 1, kw, 1);
  return chain_over(chain_type, iter(args[1]));
}

// ---- cycle(iterable)
Value cycle_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  positional_only("cycle", kw);
  if (nargs != 1) raise(E::TypeError, "cycle expected 1 argument, got " + std::to_string(nargs));
  struct State {
    Value it;
    std::vector<Value> saved;
    size_t index = 0;
    bool first_pass = true;
  };
  auto st = std::make_shared<State>();
  st->it = iter(args[0]);
  return make_iter(type, End::Exhausted, [st](Value& out) {
    if (st->first_pass) {
      if (next(st->it, out)) {
        st->saved.push_back(out);
        return true;
      }
      st->first_pass = false;
      st->it = Value();
    }
    if (st->saved.empty()) return false;
    out = st->saved[st->index];
    st->index = (st->index + 1) % st->saved.size();
    return true;
  });
}

// ---- repeat(object[, times])
Value repeat_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("repeat", {"object", "times"}, 1, args, nargs, kw, p);
  Value element = p[0];
  auto remaining = std::make_shared<int64_t>(-1);
  if (p[1].is_bound()) {
    if (p[1].is_float()) raise(E::TypeError, "'float' object cannot be interpreted as an integer");
    *remaining = std::max<int64_t>(0, index_value(p[1]));
  }
  return make_iter(
      type, End::Exhausted,
      [element, remaining](Value& out) {
        if (*remaining == 0) return false;
        if (*remaining > 0) --*remaining;
        out = element;
        return true;
      },
      [element, remaining]() {
        return "repeat(" + repr_string(element) + (*remaining >= 0 ? ", " + std::to_string(*remaining) : "") + ")";
      });
}

// ---- takewhile / dropwhile / filterfalse / starmap / compress
void two(const char* fname, size_t nargs, TupleObj* kw) {
  positional_only(fname, kw);
  if (nargs != 2) raise(E::TypeError, std::string(fname) + " expected 2 arguments, got " + std::to_string(nargs));
}

Value takewhile_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  two("takewhile", nargs, kw);
  Value pred = args[0], it = iter(args[1]);
  // Only a false predicate ends it for good; its source running out does not.
  auto stopped = std::make_shared<bool>(false);
  return make_iter(type, End::Never, [pred, it, stopped](Value& out) {
    if (*stopped || !iter_step(it, out)) return false;
    if (truthy(call(pred, {out}))) return true;
    *stopped = true;
    return false;
  });
}

Value dropwhile_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  two("dropwhile", nargs, kw);
  Value pred = args[0], it = iter(args[1]);
  auto dropping = std::make_shared<bool>(true);
  return make_iter(type, End::Never, [pred, it, dropping](Value& out) {
    while (iter_step(it, out)) {
      if (!*dropping || !truthy(call(pred, {out}))) {
        *dropping = false;
        return true;
      }
    }
    return false;
  });
}

Value filterfalse_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  two("filterfalse", nargs, kw);
  Value pred = args[0], it = iter(args[1]);
  return make_iter(type, End::Never, [pred, it](Value& out) {
    while (iter_step(it, out))
      if (!truthy(pred.is_none() ? out : call(pred, {out}))) return true;
    return false;
  });
}

Value starmap_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  two("starmap", nargs, kw);
  Value func = args[0], it = iter(args[1]);
  return make_iter(type, End::Never, [func, it](Value& out) {
    Value item;
    if (!iter_step(it, item)) return false;
    out = call_ex(func, item, Value());
    return true;
  });
}

Value compress_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("compress", {"data", "selectors"}, 2, args, nargs, kw, p);
  Value data = iter(p[0]), selectors = iter(p[1]);
  return make_iter(type, End::Never, [data, selectors](Value& out) {
    Value selector;
    while (iter_step(data, out)) {
      if (!iter_step(selectors, selector)) return false;
      if (truthy(selector)) return true;
    }
    return false;
  });
}

// ---- product(*iterables, repeat=1)
Value product_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  int64_t repeat = 1;
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t i = 0; i < nkw; ++i) {
    if (sv(kw->items[i]) != "repeat")
      raise(E::TypeError, "'" + std::string(sv(kw->items[i])) + "' is an invalid keyword argument for product()");
    repeat = index_value(args[nargs + i]);
    if (repeat < 0) raise(E::ValueError, "repeat argument cannot be negative");
  }
  std::vector<std::vector<Value>> pools;
  for (size_t i = 0; i < nargs; ++i) pools.push_back(collect(args[i]));
  std::vector<std::vector<Value>> all;
  for (int64_t r = 0; r < repeat; ++r) all.insert(all.end(), pools.begin(), pools.end());
  struct State {
    std::vector<std::vector<Value>> pools;
    std::vector<size_t> indices;
    bool started = false, finished = false;
  };
  auto st = std::make_shared<State>();
  st->pools = std::move(all);
  st->indices.assign(st->pools.size(), 0);
  for (auto& pool : st->pools)
    if (pool.empty()) st->finished = true;
  return make_iter(type, End::Exhausted, [st](Value& out) {
    if (st->finished) return false;
    if (st->started) {
      // Advance the odometer: the rightmost wheel turns fastest.
      size_t i = st->pools.size();
      while (i > 0) {
        --i;
        if (++st->indices[i] < st->pools[i].size()) break;
        st->indices[i] = 0;
        if (i == 0) {
          st->finished = true;
          return false;
        }
      }
      if (st->pools.empty()) {
        st->finished = true;
        return false;
      }
    }
    st->started = true;
    std::vector<Value> items;
    for (size_t i = 0; i < st->pools.size(); ++i) items.push_back(st->pools[i][st->indices[i]]);
    out = make_tuple(std::move(items));
    return true;
  });
}

// ---- permutations(iterable, r=None): CPython's cycles algorithm
Value permutations_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("permutations", {"iterable", "r"}, 1, args, nargs, kw, p);
  std::vector<Value> pool = collect(p[0]);
  int64_t n = int64_t(pool.size());
  int64_t r = n;
  if (p[1].is_bound() && !p[1].is_none()) {
    if (!is_int_value(p[1])) raise(E::TypeError, "Expected int as r");
    r = index_value(p[1]);
    if (r < 0) raise(E::ValueError, "r must be non-negative");
  }
  struct State {
    std::vector<Value> pool;
    std::vector<int64_t> indices, cycles;
    int64_t n, r;
    bool first = true, finished = false;
  };
  auto st = std::make_shared<State>();
  st->pool = std::move(pool);
  st->n = n;
  st->r = r;
  if (r > n) st->finished = true;
  for (int64_t i = 0; i < n; ++i) st->indices.push_back(i);
  for (int64_t i = 0; i < r && i < n; ++i) st->cycles.push_back(n - i);
  return make_iter(type, End::Exhausted, [st](Value& out) {
    if (st->finished) return false;
    if (!st->first) {
      if (st->n == 0 || st->r == 0) {
        st->finished = true;
        return false;
      }
      int64_t i = st->r - 1;
      for (; i >= 0; --i) {
        if (--st->cycles[size_t(i)] == 0) {
          // Move index i to the end, shifting the rest left.
          std::rotate(st->indices.begin() + i, st->indices.begin() + i + 1, st->indices.end());
          st->cycles[size_t(i)] = st->n - i;
        } else {
          int64_t j = st->cycles[size_t(i)];
          std::swap(st->indices[size_t(i)], st->indices[size_t(st->n - j)]);
          break;
        }
      }
      if (i < 0) {
        st->finished = true;
        return false;
      }
    }
    st->first = false;
    std::vector<Value> items;
    for (int64_t i = 0; i < st->r; ++i) items.push_back(st->pool[size_t(st->indices[size_t(i)])]);
    out = make_tuple(std::move(items));
    return true;
  });
}

// ---- combinations / combinations_with_replacement
Value combinations_impl(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw, bool replacement) {
  Value p[2];
  parse_c_args(replacement ? "combinations_with_replacement" : "combinations", {"iterable", "r"}, 2, args, nargs,
               kw, p);
  std::vector<Value> pool = collect(p[0]);
  if (p[1].is_float()) raise(E::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t r = index_value(p[1]);
  if (r < 0) raise(E::ValueError, "r must be non-negative");
  struct State {
    std::vector<Value> pool;
    std::vector<int64_t> indices;
    int64_t n, r;
    bool replacement, first = true, finished = false;
  };
  auto st = std::make_shared<State>();
  st->n = int64_t(pool.size());
  st->pool = std::move(pool);
  st->r = r;
  st->replacement = replacement;
  if (replacement ? (st->n == 0 && r > 0) : r > st->n) st->finished = true;
  for (int64_t i = 0; i < r; ++i) st->indices.push_back(replacement ? 0 : i);
  return make_iter(type, End::Exhausted, [st](Value& out) {
    if (st->finished) return false;
    if (!st->first) {
      int64_t i = st->r - 1;
      if (st->replacement) {
        while (i >= 0 && st->indices[size_t(i)] == st->n - 1) --i;
        if (i < 0) {
          st->finished = true;
          return false;
        }
        int64_t v = st->indices[size_t(i)] + 1;
        for (int64_t j = i; j < st->r; ++j) st->indices[size_t(j)] = v;
      } else {
        while (i >= 0 && st->indices[size_t(i)] == i + st->n - st->r) --i;
        if (i < 0) {
          st->finished = true;
          return false;
        }
        ++st->indices[size_t(i)];
        for (int64_t j = i + 1; j < st->r; ++j) st->indices[size_t(j)] = st->indices[size_t(j - 1)] + 1;
      }
    }
    st->first = false;
    std::vector<Value> items;
    for (int64_t idx : st->indices) items.push_back(st->pool[size_t(idx)]);
    out = make_tuple(std::move(items));
    return true;
  });
}

Value combinations_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  return combinations_impl(type, args, nargs, kw, false);
}
Value cwr_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  return combinations_impl(type, args, nargs, kw, true);
}

// ---- accumulate(iterable, func=None, *, initial=None)
Value accumulate_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[3];
  parse_c_args("accumulate", {"iterable", "func", "initial"}, 1, args, nargs, kw, p);
  struct State {
    Value it, func, total, initial;
  };
  auto st = std::make_shared<State>();
  st->it = iter(p[0]);
  st->func = p[1].is_bound() ? p[1] : Value::none();
  if (p[2].is_bound() && !p[2].is_none()) st->initial = p[2];
  return make_iter(type, End::Never, [st](Value& out) {
    if (st->initial.is_bound()) {
      st->total = st->initial;
      st->initial = Value();
      out = st->total;
      return true;
    }
    Value item;
    if (!iter_step(st->it, item)) return false;
    if (st->total.is_unbound())
      st->total = item;
    else
      st->total = st->func.is_none() ? add(st->total, item) : call(st->func, {st->total, item});
    out = st->total;
    return true;
  });
}

// ---- zip_longest(*iterables, fillvalue=None)
Value zip_longest_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value fill = Value::none();
  size_t nkw = kw ? kw->items.size() : 0;
  for (size_t i = 0; i < nkw; ++i) {
    if (sv(kw->items[i]) != "fillvalue") raise(E::TypeError, "zip_longest() got an unexpected keyword argument '" + std::string(sv(kw->items[i])) + "'");
    fill = args[nargs + i];
  }
  struct State {
    std::vector<Value> its;
    std::vector<bool> active;
    size_t nactive;
    Value fill;
  };
  auto st = std::make_shared<State>();
  for (size_t i = 0; i < nargs; ++i) st->its.push_back(iter(args[i]));
  st->active.assign(nargs, true);
  st->nactive = nargs;
  st->fill = fill;
  return make_iter(type, End::ExhaustedOrError, [st](Value& out) {
    if (st->its.empty() || st->nactive == 0) return false;
    std::vector<Value> items;
    for (size_t i = 0; i < st->its.size(); ++i) {
      Value item;
      if (st->active[i] && next(st->its[i], item)) {
        items.push_back(item);
        continue;
      }
      if (st->active[i]) {
        st->active[i] = false;
        if (--st->nactive == 0) return false;
      }
      items.push_back(st->fill);
    }
    out = make_tuple(std::move(items));
    return true;
  });
}

// ---- groupby(iterable, key=None)
struct GroupState {
  Value it, keyfunc, tgtkey, currkey, currvalue;
  uint64_t current_group = 0;
  bool step() {
    Value value;
    if (!next(it, value)) return false;
    Value key = keyfunc.is_none() ? value : call(keyfunc, {value});
    currvalue = value;
    currkey = key;
    return true;
  }
};

Value groupby_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value p[2];
  parse_c_args("groupby", {"iterable", "key"}, 1, args, nargs, kw, p);
  auto st = std::make_shared<GroupState>();
  st->it = iter(p[0]);
  st->keyfunc = p[1].is_bound() ? p[1] : Value::none();
  return make_iter(type, End::Never, [st](Value& out) {
    ++st->current_group;
    while (true) {
      if (st->currkey.is_unbound()) {
      } else if (st->tgtkey.is_unbound()) {
        break;
      } else if (!eq_bool(st->tgtkey, st->currkey)) {
        break;
      }
      if (!st->step()) return false;
    }
    st->tgtkey = st->currkey;
    uint64_t group = st->current_group;
    Value target = st->tgtkey;
    Value grouper = make_iter(grouper_type, End::Never, [st, group, target](Value& item) {
      if (st->current_group != group) return false;
      if (st->currvalue.is_unbound() && !st->step()) return false;
      if (!eq_bool(target, st->currkey)) return false;
      item = st->currvalue;
      st->currvalue = Value();
      return true;
    });
    out = make_tuple({st->currkey, grouper});
    return true;
  });
}

// ---- pairwise(iterable)
Value pairwise_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  positional_only("pairwise", kw);
  if (nargs != 1) raise(E::TypeError, "pairwise expected 1 argument, got " + std::to_string(nargs));
  struct State {
    Value it, old;
  };
  auto st = std::make_shared<State>();
  st->it = iter(args[0]);
  return make_iter(type, End::ExhaustedOrError, [st](Value& out) {
    if (st->old.is_unbound() && !iter_step(st->it, st->old)) return false;
    Value item;
    if (!iter_step(st->it, item)) return false;
    out = make_tuple({st->old, item});
    st->old = item;
    return true;
  });
}

Value no_new(TypeObj* type, const Value*, size_t, TupleObj*) {
  raise(E::TypeError, "cannot create 'itertools." + type->name + "' instances");
}

// ---- tee(iterable, n=2): n iterators over one source, sharing what they
// read: an item stays buffered until the last of them has passed it.
struct TeeSource {
  Value source;                    // an iterator; Unbound once exhausted
  std::deque<Value> buffer;        // items base, base+1, ...
  uint64_t base = 0;
  std::vector<std::weak_ptr<uint64_t>> readers;  // each tee iterator's next position
  void trim() {
    uint64_t lowest = base + buffer.size();
    for (auto& r : readers)
      if (auto pos = r.lock()) lowest = std::min(lowest, *pos);
    while (base < lowest) buffer.pop_front(), ++base;
  }
};

TypeObj* tee_type = nullptr;

struct TeeReader {
  std::shared_ptr<TeeSource> shared;
  std::shared_ptr<uint64_t> pos;
};

Value make_tee(const std::shared_ptr<TeeSource>& shared, uint64_t start) {
  auto pos = std::make_shared<uint64_t>(start);
  shared->readers.push_back(pos);
  Value tee = make_iter(tee_type, End::Exhausted, [shared, pos](Value& out) {
    TeeSource& t = *shared;
    if (*pos - t.base < t.buffer.size()) {
      out = t.buffer[*pos - t.base];
    } else {
      if (t.source.is_unbound() || !next(t.source, out)) {
        t.source.clear();
        return false;
      }
      t.buffer.push_back(out);
    }
    ++*pos;
    t.trim();
    return true;
  });
  tee.as<NativeIter>()->state = std::make_shared<TeeReader>(TeeReader{shared, pos});
  return tee;
}

Value fn_tee(const Value* args, size_t nargs, TupleObj* kw) {
  positional_only("tee", kw);
  if (nargs < 1 || nargs > 2)
    raise(E::TypeError, fmt::format("tee expected {} arguments, got {}", nargs < 1 ? "at least 1" : "at most 2", nargs));
  int64_t n = nargs > 1 ? index_value(args[1]) : 2;
  if (n < 0) raise(E::ValueError, "n must be >= 0");
  std::shared_ptr<TeeSource> shared;
  uint64_t start = 0;
  std::vector<Value> out;
  // tee() of a tee iterator returns it first and copies of it, which share
  // its source and start where it is (CPython copies it with __copy__).
  if (args[0].is_obj() && args[0].obj()->type == tee_type) {
    auto* reader = static_cast<TeeReader*>(args[0].as<NativeIter>()->state.get());
    shared = reader->shared;
    start = *reader->pos;
    if (n > 0) out.push_back(args[0]);
  }
  if (!shared) {
    shared = std::make_shared<TeeSource>();
    shared->source = iter(args[0]);
  }
  while (static_cast<int64_t>(out.size()) < n) {
    out.push_back(make_tee(shared, start));
  }
  return make_tuple(std::move(out));
}

void make_types() {
  count_type = make_iter_type("count", count_new);
  tee_type = make_iter_type("_tee", nullptr);
  islice_type = make_iter_type("islice", islice_new);
  chain_type = make_iter_type("chain", chain_new);
  add_classmethod(chain_type, "from_iterable", chain_from_iterable);
  cycle_type = make_iter_type("cycle", cycle_new);
  repeat_type = make_iter_type("repeat", repeat_new);
  takewhile_type = make_iter_type("takewhile", takewhile_new);
  dropwhile_type = make_iter_type("dropwhile", dropwhile_new);
  filterfalse_type = make_iter_type("filterfalse", filterfalse_new);
  starmap_type = make_iter_type("starmap", starmap_new);
  compress_type = make_iter_type("compress", compress_new);
  product_type = make_iter_type("product", product_new);
  permutations_type = make_iter_type("permutations", permutations_new);
  combinations_type = make_iter_type("combinations", combinations_new);
  cwr_type = make_iter_type("combinations_with_replacement", cwr_new);
  accumulate_type = make_iter_type("accumulate", accumulate_new);
  zip_longest_type = make_iter_type("zip_longest", zip_longest_new);
  groupby_type = make_iter_type("groupby", groupby_new);
  grouper_type = make_iter_type("_grouper", no_new);
  pairwise_type = make_iter_type("pairwise", pairwise_new);
}

}  // namespace

void init_itertools_module(ModuleObj* m) {
  if (!count_type) make_types();
  for (TypeObj* t : {count_type, islice_type, chain_type, cycle_type, repeat_type, takewhile_type, dropwhile_type,
                     filterfalse_type, starmap_type, compress_type, product_type, permutations_type,
                     combinations_type, cwr_type, accumulate_type, zip_longest_type, groupby_type, pairwise_type})
    module_add(m, t->name.c_str(), Value::borrow(t));
  module_add_fn(m, "tee", fn_tee);
}

}  // namespace py
