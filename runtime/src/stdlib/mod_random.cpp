// The random module: CPython's Random class (Mersenne Twister core of
// _random, plus the algorithms of random.py) so that a seeded program draws
// exactly the numbers CPython draws. Module-level functions are the methods
// of one hidden instance, as in CPython.
#include <fcntl.h>
#include <unistd.h>

#include <cmath>
#include <ctime>
#include <unordered_set>
#include <vector>

#include "stdlib/mod_random_mt.h"
#include "data/data_util.h"
#include "stdlib/mod_util.h"
#include "stdlib/sha512.h"

namespace py {

namespace {

using namespace modutil;

TypeObj* random_type = nullptr;

struct RandomObj : Object {
  MersenneTwister mt;
  Value gauss_next = Value::none();
  RandomObj() : Object(random_type) {}
};

RandomObj* default_instance = nullptr;

// ---------------------------------------------------------------- seeding

void seed_from_words(RandomObj* r, std::vector<uint32_t> words) {
  if (words.empty()) words.push_back(0);
  r->mt.init_by_array(words.data(), words.size());
}

// The 32-bit words of |n|, least significant first (CPython's random_seed).
std::vector<uint32_t> magnitude_words(const Value& n) {
  std::vector<uint32_t> words;
  int64_t small;
  if (to_int64(n, small)) {
    uint64_t mag = small < 0 ? uint64_t(0) - uint64_t(small) : uint64_t(small);
    words.push_back(uint32_t(mag));
    if (mag >> 32) words.push_back(uint32_t(mag >> 32));
    return words;
  }
  Value x = truthy(lt(n, Value::from_int(0))) ? neg(n) : n;
  Value mask = Value::from_int(0xffffffff), shift = Value::from_int(32);
  while (truthy(x)) {
    int64_t w = 0;
    to_int64(bitand_(x, mask), w);
    words.push_back(uint32_t(w));
    x = rshift(x, shift);
  }
  return words;
}

void seed_from_os(RandomObj* r) {
  std::vector<uint32_t> key(MersenneTwister::kN);
  bool ok = false;
  int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    size_t want = key.size() * sizeof(uint32_t), got = 0;
    auto* bytes = reinterpret_cast<char*>(key.data());
    while (got < want) {
      ssize_t n = ::read(fd, bytes + got, want - got);
      if (n <= 0) break;
      got += size_t(n);
    }
    ::close(fd);
    ok = got == want;
  }
  if (!ok) {  // CPython's fallback: time and pid
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    key = {uint32_t(ts.tv_sec), uint32_t(ts.tv_nsec), uint32_t(getpid())};
  }
  r->mt.init_by_array(key.data(), key.size());
}

// Version 2 (the default) of a str/bytes seed:
// int.from_bytes(a + sha512(a).digest(), 'big'); str is UTF-8 encoded first.
std::vector<uint32_t> text_seed_words_v2(std::string_view data) {
  Sha512Digest digest = sha512(data);
  std::string big_endian(data);
  big_endian.append(reinterpret_cast<const char*>(digest.data()), digest.size());
  std::vector<uint32_t> words;  // least significant first, as magnitude_words
  size_t n = big_endian.size();
  for (size_t end = n; end > 0; end = end >= 4 ? end - 4 : 0) {
    uint32_t w = 0;
    for (size_t i = end >= 4 ? end - 4 : 0; i < end; ++i) w = (w << 8) | uint8_t(big_endian[i]);
    words.push_back(w);
  }
  while (!words.empty() && words.back() == 0) words.pop_back();  // int.from_bytes drops leading zeros
  return words;
}

// Version 1: the old str hash of random.py (bytes are decoded as latin-1).
uint64_t text_seed_v1(const Value& a, bool is_bytes) {
  std::vector<uint32_t> code_points;
  std::string_view data = a.as<StrObj>()->s;
  if (is_bytes) {
    for (unsigned char c : data) code_points.push_back(c);
  } else {
    for (size_t i = 0; i < data.size();) {
      int n;
      code_points.push_back(utf8_decode(data.data() + i, n));
      i += size_t(n);
    }
  }
  uint64_t x = code_points.empty() ? 0 : uint64_t(code_points[0]) << 7;
  for (uint32_t c : code_points) x = (1000003u * x) ^ c;  // mod 2**64 as the & 0xFFFFFFFFFFFFFFFF
  return x ^ code_points.size();
}

void do_seed(RandomObj* r, const Value& a, const Value& version = Value()) {
  bool text = isinstance_of(a, T::str) || isinstance_of(a, T::bytes);
  if (text && version.is_bound() && eq_bool(version, Value::from_int(1))) {
    seed_from_words(r, magnitude_words(int_from_u64(text_seed_v1(a, isinstance_of(a, T::bytes)))));
  } else if (text && (version.is_unbound() || eq_bool(version, Value::from_int(2)))) {
    seed_from_words(r, text_seed_words_v2(a.as<StrObj>()->s));
  } else if (a.is_unbound() || a.is_none()) {
    seed_from_os(r);
  } else if (is_int_value(a)) {
    seed_from_words(r, magnitude_words(a));
  } else if (a.is_float()) {
    uint64_t h = uint64_t(hash(a));  // CPython: PyLong_FromSize_t((size_t)hash)
    seed_from_words(r, magnitude_words(int_from_u64(h)));
  } else if (text) {
    // Other versions hand the object itself to _random's seed, which uses
    // hash(): salted per process in CPython, so no program can rely on it.
    raise(E::NotImplementedError,
          "random.seed() of a str or bytes with a version other than 1 or 2 is not supported by pyco2cpp");
  } else {
    raise(E::TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  r->gauss_next = Value::none();
}

// ---------------------------------------------------------------- bits

// k <= 64 random bits, as CPython's getrandbits fills its words.
uint64_t bits_u64(RandomObj* r, int k) {
  if (k == 0) return 0;
  if (k <= 32) return r->mt.next_u32() >> (32 - k);
  uint64_t low = r->mt.next_u32();
  uint64_t high = r->mt.next_u32() >> (64 - k);
  return low | (high << 32);
}

Value bits_value(RandomObj* r, int64_t k) {
  if (k <= 63) return Value::from_int(int64_t(bits_u64(r, int(k))));
  std::vector<uint32_t> words;
  for (int64_t left = k; left > 0; left -= 32) {
    uint32_t w = r->mt.next_u32();
    if (left < 32) w >>= (32 - left);
    words.push_back(w);
  }
  Value result = Value::from_int(0), shift = Value::from_int(32);
  for (size_t i = words.size(); i-- > 0;)
    result = bitor_(lshift(result, shift), Value::from_int(words[i]));
  return result;
}

int bit_length_u64(uint64_t n) { return n == 0 ? 0 : 64 - __builtin_clzll(n); }

uint64_t randbelow_u64(RandomObj* r, uint64_t n) {
  int k = bit_length_u64(n);
  uint64_t x = bits_u64(r, k);
  while (x >= n) x = bits_u64(r, k);
  return x;
}

// _randbelow_with_getrandbits: n > 0, any size.
Value randbelow(RandomObj* r, const Value& n) {
  int64_t small;
  if (to_int64(n, small) && small > 0) return Value::from_int(int64_t(randbelow_u64(r, uint64_t(small))));
  int64_t k = 0;
  to_int64(call_method(n, name("bit_length"), {}), k);
  Value x = bits_value(r, k);
  while (truthy(ge(x, n))) x = bits_value(r, k);
  return x;
}

// ---------------------------------------------------------------- methods

using Impl = Value (*)(RandomObj*, const Value*, size_t, TupleObj*);

Value m_seed(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.seed", {"a", "version"}, 2, 0, true};
  Value p[2];
  bind(sig, args, nargs, kw, p);
  do_seed(r, p[0], p[1]);
  return Value::none();
}

Value m_random(RandomObj* r, const Value*, size_t nargs, TupleObj* kw) {
  exact_args("Random.random", nargs, kw, 0);
  return Value::from_float(r->mt.next_double());
}

Value m_getrandbits(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("Random.getrandbits", nargs, kw, 1);
  if (args[0].is_float()) raise(E::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t k = index_value(args[0]);
  if (k < 0) raise(E::ValueError, "number of bits must be non-negative");
  return bits_value(r, k);
}

// randrange's argument conversion: an int, or (deprecated) an integral value.
Value integer_arg(const Value& v, const char* what) {
  if (is_int_value(v)) return v;
  Value as_int = call(builtin("int"), {v});
  if (!eq_bool(as_int, v)) raise(E::ValueError, std::string("non-integer ") + what + " for randrange()");
  return as_int;
}

Value randrange(RandomObj* r, const Value& start, const Value& stop, const Value& step) {
  Value istart = integer_arg(start, "arg 1");
  if (stop.is_unbound() || stop.is_none()) {
    if (step.is_bound()) raise(E::TypeError, "Missing a non-None stop argument");
    if (truthy(gt(istart, Value::from_int(0)))) return randbelow(r, istart);
    raise(E::ValueError, "empty range for randrange()");
  }
  Value istop = integer_arg(stop, "stop");
  Value width = sub(istop, istart);
  Value istep = step.is_bound() ? integer_arg(step, "step") : Value::from_int(1);
  if (eq_bool(istep, Value::from_int(1))) {
    if (truthy(gt(width, Value::from_int(0)))) return add(istart, randbelow(r, width));
    raise(E::ValueError, "empty range for randrange() (" + int_to_string(istart) + ", " +
                             int_to_string(istop) + ", " + int_to_string(width) + ")");
  }
  Value n;
  if (truthy(gt(istep, Value::from_int(0))))
    n = floordiv(sub(add(width, istep), Value::from_int(1)), istep);
  else if (truthy(lt(istep, Value::from_int(0))))
    n = floordiv(add(add(width, istep), Value::from_int(1)), istep);
  else
    raise(E::ValueError, "zero step for randrange()");
  if (truthy(le(n, Value::from_int(0)))) raise(E::ValueError, "empty range for randrange()");
  return add(istart, mul(istep, randbelow(r, n)));
}

Value m_randrange(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.randrange", {"start", "stop", "step"}, 3, 1, true};
  Value p[3];
  bind(sig, args, nargs, kw, p);
  return randrange(r, p[0], p[1], p[2]);
}

Value m_randint(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.randint", {"a", "b"}, 2, 2, true};
  Value p[2];
  bind(sig, args, nargs, kw, p);
  return randrange(r, p[0], add(p[1], Value::from_int(1)), Value());
}

Value m_choice(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.choice", {"seq"}, 1, 1, true};
  Value p[1];
  bind(sig, args, nargs, kw, p);
  int64_t n = length(p[0]);
  if (n == 0) raise(E::IndexError, "Cannot choose from an empty sequence");
  return getitem(p[0], Value::from_int(int64_t(randbelow_u64(r, uint64_t(n)))));
}

Value m_shuffle(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.shuffle", {"x"}, 1, 1, true};
  Value p[1];
  bind(sig, args, nargs, kw, p);
  const Value& x = p[0];
  int64_t n = length(x);
  if (x.is_obj() && x.obj()->type == T::list) {
    auto& items = x.as<ListObj>()->items;
    for (int64_t i = n - 1; i >= 1; --i) {
      uint64_t j = randbelow_u64(r, uint64_t(i + 1));
      if (size_t(i) < items.size() && j < items.size()) std::swap(items[size_t(i)], items[j]);
    }
    return Value::none();
  }
  for (int64_t i = n - 1; i >= 1; --i) {
    Value vi = Value::from_int(i), vj = Value::from_int(int64_t(randbelow_u64(r, uint64_t(i + 1))));
    Value at_j = getitem(x, vj), at_i = getitem(x, vi);
    setitem(x, vi, at_j);
    setitem(x, vj, at_i);
  }
  return Value::none();
}

bool is_sequence(const Value& v) {
  TypeObj* t = type_of(v);
  if (is_subtype(t, T::list) || is_subtype(t, T::tuple) || is_subtype(t, T::str) ||
      is_subtype(t, T::range) || is_subtype(t, T::bytes))
    return true;
  for (TypeObj* base : t->mro)
    if (base->name == "deque" && base->module == "collections") return true;
  return false;
}

// bisect.bisect_right(a, x, lo, hi) over a list of values.
int64_t bisect_right(const std::vector<Value>& a, const Value& x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    if (truthy(lt(x, a[size_t(mid)])))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

std::vector<Value> accumulate_values(const Value& iterable) {
  std::vector<Value> out;
  Value it = iter(iterable), item;
  while (next(it, item)) out.push_back(out.empty() ? item : add(out.back(), item));
  return out;
}

Value sample(RandomObj* r, const Value& population, const Value& kv, const Value& counts) {
  if (!is_sequence(population))
    raise(E::TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(population);
  if (counts.is_bound() && !counts.is_none()) {
    std::vector<Value> cum = accumulate_values(counts);
    if (int64_t(cum.size()) != n) raise(E::ValueError, "The number of counts does not match the population");
    if (cum.empty()) raise(E::IndexError, "pop from empty list");
    Value total = cum.back();
    cum.pop_back();
    if (!is_int_value(total)) raise(E::TypeError, "Counts must be integers");
    if (truthy(le(total, Value::from_int(0)))) raise(E::ValueError, "Total of counts must be greater than zero");
    Value selections = sample(r, call(builtin("range"), {total}), kv, Value());
    std::vector<Value> out;
    for (const Value& s : selections.as<ListObj>()->items)
      out.push_back(getitem(population, Value::from_int(bisect_right(cum, s, 0, int64_t(cum.size())))));
    return make_list(std::move(out));
  }
  Value zero = Value::from_int(0);
  if (!(truthy(le(zero, kv)) && truthy(le(kv, Value::from_int(n)))))
    raise(E::ValueError, "Sample larger than population or is negative");
  int64_t k = index_value(kv);
  std::vector<Value> result(size_t(k), Value::none());
  int64_t setsize = 21;
  if (k > 5) setsize += int64_t(std::pow(4.0, std::ceil(std::log(double(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    std::vector<Value> pool;
    Value it = iter(population), item;
    while (next(it, item)) pool.push_back(item);
    for (int64_t i = 0; i < k; ++i) {
      uint64_t j = randbelow_u64(r, uint64_t(n - i));
      result[size_t(i)] = pool[j];
      pool[j] = pool[size_t(n - i - 1)];
    }
  } else {
    std::unordered_set<uint64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      uint64_t j = randbelow_u64(r, uint64_t(n));
      while (selected.count(j)) j = randbelow_u64(r, uint64_t(n));
      selected.insert(j);
      result[size_t(i)] = getitem(population, Value::from_int(int64_t(j)));
    }
  }
  return make_list(std::move(result));
}

Value m_sample(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.sample", {"population", "k", "counts"}, 2, 2, true};
  Value p[3];
  bind(sig, args, nargs, kw, p);
  return sample(r, p[0], p[1], p[2]);
}

Value m_choices(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.choices", {"population", "weights", "cum_weights", "k"}, 2, 1, true};
  Value p[4];
  bind(sig, args, nargs, kw, p);
  const Value& population = p[0];
  Value weights = p[1].is_bound() ? p[1] : Value::none();
  Value cum_weights = p[2].is_bound() ? p[2] : Value::none();
  int64_t k = p[3].is_bound() ? (p[3].is_float() ? (raise(E::TypeError, "'float' object cannot be interpreted as an integer"), 0)
                                                 : index_value(p[3]))
                              : 1;
  int64_t n = length(population);
  std::vector<Value> out;
  if (cum_weights.is_none()) {
    if (weights.is_none()) {
      double nf = double(n);
      for (int64_t i = 0; i < k; ++i)
        out.push_back(getitem(population, Value::from_int(int64_t(std::floor(r->mt.next_double() * nf)))));
      return make_list(std::move(out));
    }
    if (is_int_value(weights))
      raise(E::TypeError, "The number of choices must be a keyword argument: k=" + int_to_string(weights));
    cum_weights = make_list(accumulate_values(weights));
  } else if (!weights.is_none()) {
    raise(E::TypeError, "Cannot specify both weights and cumulative weights");
  }
  if (length(cum_weights) != n) raise(E::ValueError, "The number of weights does not match the population");
  std::vector<Value> cum;
  {
    Value it = iter(cum_weights), item;
    while (next(it, item)) cum.push_back(item);
  }
  if (cum.empty()) raise(E::IndexError, "list index out of range");
  double total = to_double(add(cum.back(), Value::from_float(0.0)));
  if (total <= 0.0) raise(E::ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(total)) raise(E::ValueError, "Total of weights must be finite");
  for (int64_t i = 0; i < k; ++i) {
    Value x = Value::from_float(r->mt.next_double() * total);
    out.push_back(getitem(population, Value::from_int(bisect_right(cum, x, 0, n - 1))));
  }
  return make_list(std::move(out));
}

Value m_uniform(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.uniform", {"a", "b"}, 2, 2, true};
  Value p[2];
  bind(sig, args, nargs, kw, p);
  return add(p[0], mul(sub(p[1], p[0]), Value::from_float(r->mt.next_double())));
}

Value m_gauss(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.gauss", {"mu", "sigma"}, 2, 0, true};
  Value p[2];
  bind(sig, args, nargs, kw, p);
  Value mu = p[0].is_bound() ? p[0] : Value::from_float(0.0);
  Value sigma = p[1].is_bound() ? p[1] : Value::from_float(1.0);
  Value z = r->gauss_next;
  r->gauss_next = Value::none();
  if (z.is_none()) {
    double x2pi = r->mt.next_double() * (2 * M_PI);
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - r->mt.next_double()));
    z = Value::from_float(std::cos(x2pi) * g2rad);
    r->gauss_next = Value::from_float(std::sin(x2pi) * g2rad);
  }
  return add(mu, mul(z, sigma));
}

Value m_expovariate(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.expovariate", {"lambd"}, 1, 1, true};
  Value p[1];
  bind(sig, args, nargs, kw, p);
  return truediv(Value::from_float(-std::log(1.0 - r->mt.next_double())), p[0]);
}

Value m_normalvariate(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.normalvariate", {"mu", "sigma"}, 2, 0, true};
  Value p[2];
  bind(sig, args, nargs, kw, p);
  Value mu = p[0].is_bound() ? p[0] : Value::from_float(0.0);
  Value sigma = p[1].is_bound() ? p[1] : Value::from_float(1.0);
  // Kinderman and Monahan's ratio method, as random.py.
  const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = r->mt.next_double();
    double u2 = 1.0 - r->mt.next_double();
    z = magic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -std::log(u2)) break;
  }
  return add(mu, mul(Value::from_float(z), sigma));
}

Value m_lognormvariate(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.lognormvariate", {"mu", "sigma"}, 2, 2, true};
  Value p[2];
  bind(sig, args, nargs, kw, p);
  Value n = m_normalvariate(r, p, 2, nullptr);
  return Value::from_float(std::exp(to_double(n)));
}

Value m_paretovariate(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.paretovariate", {"alpha"}, 1, 1, true};
  Value p[1];
  bind(sig, args, nargs, kw, p);
  Value u = Value::from_float(1.0 - r->mt.next_double());
  return pow(u, truediv(Value::from_float(-1.0), p[0]));
}

Value m_weibullvariate(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.weibullvariate", {"alpha", "beta"}, 2, 2, true};
  Value p[2];
  bind(sig, args, nargs, kw, p);
  double u = 1.0 - r->mt.next_double();
  return mul(p[0], pow(Value::from_float(-std::log(u)), truediv(Value::from_float(1.0), p[1])));
}

// randbytes(n) = getrandbits(n * 8).to_bytes(n, 'little'): the generator's
// 32-bit words, least significant first, the last one shifted down.
Value m_randbytes(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.randbytes", {"n"}, 1, 1, true};
  Value p[1];
  bind(sig, args, nargs, kw, p);
  if (p[0].is_float()) raise(E::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n = index_value(p[0]);
  if (n < 0) raise(E::ValueError, "number of bits must be non-negative");
  std::string out;
  out.reserve(size_t(n) + 4);
  for (int64_t left = n * 8; left > 0; left -= 32) {
    uint32_t w = r->mt.next_u32();
    if (left < 32) w >>= (32 - left);
    for (int b = 0; b < 4; ++b) out.push_back(char(w >> (8 * b)));
  }
  out.resize(size_t(n));
  return new_bytes(std::move(out));
}

Value m_triangular(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.triangular", {"low", "high", "mode"}, 3, 0, true};
  Value p[3];
  bind(sig, args, nargs, kw, p);
  Value low = p[0].is_bound() ? p[0] : Value::from_float(0.0);
  Value high = p[1].is_bound() ? p[1] : Value::from_float(1.0);
  double u = r->mt.next_double();
  double c;
  if (p[2].is_unbound() || p[2].is_none()) {
    c = 0.5;
  } else {
    Value span = sub(high, low);
    if (!truthy(span)) return low;  // ZeroDivisionError in CPython is caught: return low
    c = to_double(truediv(sub(p[2], low), span));
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return add(low, mul(sub(high, low), Value::from_float(std::sqrt(u * c))));
}

// getstate(): (VERSION, the 624 state words and the index, gauss_next).
Value m_getstate(RandomObj* r, const Value*, size_t nargs, TupleObj* kw) {
  exact_args("Random.getstate", nargs, kw, 0);
  std::vector<Value> internal;
  internal.reserve(MersenneTwister::kN + 1);
  for (int i = 0; i < MersenneTwister::kN; ++i) internal.push_back(Value::from_int(r->mt.state()[i]));
  internal.push_back(Value::from_int(r->mt.index()));
  return make_tuple({Value::from_int(3), make_tuple(std::move(internal)), r->gauss_next});
}

// PyLong_AsUnsignedLong, then truncated to 32 bits as _random's setstate does.
uint32_t state_word(const Value& v) {
  if (!is_int_value(v)) raise(E::TypeError, "an integer is required");
  if (truthy(lt(v, Value::from_int(0)))) raise(E::OverflowError, "can't convert negative value to unsigned int");
  int64_t small;
  if (to_int64(v, small)) return uint32_t(small);
  if (truthy(ge(v, lshift(Value::from_int(1), Value::from_int(64)))))
    raise(E::OverflowError, "Python int too large to convert to C unsigned long");
  int64_t low = 0;
  to_int64(bitand_(v, Value::from_int(0xffffffff)), low);
  return uint32_t(low);
}

void set_internal_state(RandomObj* r, const Value& internal, bool reduce_words) {
  if (!isinstance_of(internal, T::tuple)) raise(E::TypeError, "state vector must be a tuple");
  const auto& items = internal.as<TupleObj>()->items;
  if (items.size() != size_t(MersenneTwister::kN) + 1) raise(E::ValueError, "state vector is the wrong size");
  uint32_t words[MersenneTwister::kN];
  Value modulus = lshift(Value::from_int(1), Value::from_int(32));
  for (int i = 0; i < MersenneTwister::kN; ++i)
    words[i] = state_word(reduce_words ? mod(items[size_t(i)], modulus) : items[size_t(i)]);
  const Value& last = items[size_t(MersenneTwister::kN)];
  if (!is_int_value(last)) raise(E::TypeError, "an integer is required");
  int64_t index = -1;
  if (!to_int64(last, index) || index < INT32_MIN || index > INT32_MAX)
    raise(E::OverflowError, "Python int too large to convert to C int");
  if (index < 0 || index > MersenneTwister::kN) raise(E::ValueError, "invalid state");
  std::copy(words, words + MersenneTwister::kN, r->mt.state());
  r->mt.index() = int(index);
}

Value m_setstate(RandomObj* r, const Value* args, size_t nargs, TupleObj* kw) {
  static const Signature sig{"Random.setstate", {"state"}, 1, 1, true};
  Value p[1];
  bind(sig, args, nargs, kw, p);
  Value version = getitem(p[0], Value::from_int(0));
  bool v3 = eq_bool(version, Value::from_int(3));
  if (!v3 && !eq_bool(version, Value::from_int(2)))
    raise(E::ValueError, "state with version " + modutil::str_string(version) + " passed to Random.setstate() of version 3");
  Value parts[3];
  unpack(p[0], parts, 3);
  r->gauss_next = parts[2];
  Value internal = parts[1];
  if (!v3) internal = call(Value::borrow(T::tuple), {internal});  // elements reduced mod 2**32 below
  set_internal_state(r, internal, !v3);
  return Value::none();
}

RandomObj* default_random() {
  if (!default_instance) {
    default_instance = new RandomObj();
    default_instance->refcnt = kImmortal;
    seed_from_os(default_instance);
  }
  return default_instance;
}

template <Impl F>
Value module_fn(const Value* args, size_t nargs, TupleObj* kw) {
  return F(default_random(), args, nargs, kw);
}

template <Impl F>
Value method_fn(const Value* args, size_t nargs, TupleObj* kw) {
  if (nargs == 0 || !isinstance_of(args[0], random_type))
    raise(E::TypeError, "descriptor requires a 'random.Random' object");
  return F(args[0].as<RandomObj>(), args + 1, nargs - 1, kw);
}

Value random_new(TypeObj*, const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("Random", kw);
  if (nargs > 1) raise(E::TypeError, "Random() takes at most 1 argument (" + std::to_string(nargs) + " given)");
  auto* r = new RandomObj();
  Value self = Value::steal(r);
  do_seed(r, nargs ? args[0] : Value());
  return self;
}

struct MethodEntry {
  const char* name;
  BuiltinFn module_version;
  BuiltinFn method_version;
};

#define PYRT_RANDOM_METHOD(n, impl) {n, module_fn<impl>, method_fn<impl>}
const MethodEntry kMethods[] = {
    PYRT_RANDOM_METHOD("seed", m_seed),           PYRT_RANDOM_METHOD("random", m_random),
    PYRT_RANDOM_METHOD("getrandbits", m_getrandbits), PYRT_RANDOM_METHOD("randrange", m_randrange),
    PYRT_RANDOM_METHOD("randint", m_randint),     PYRT_RANDOM_METHOD("choice", m_choice),
    PYRT_RANDOM_METHOD("shuffle", m_shuffle),     PYRT_RANDOM_METHOD("sample", m_sample),
    PYRT_RANDOM_METHOD("choices", m_choices),     PYRT_RANDOM_METHOD("uniform", m_uniform),
    PYRT_RANDOM_METHOD("gauss", m_gauss),         PYRT_RANDOM_METHOD("expovariate", m_expovariate),
    PYRT_RANDOM_METHOD("triangular", m_triangular), PYRT_RANDOM_METHOD("getstate", m_getstate),
    PYRT_RANDOM_METHOD("setstate", m_setstate),   PYRT_RANDOM_METHOD("normalvariate", m_normalvariate),
    PYRT_RANDOM_METHOD("lognormvariate", m_lognormvariate), PYRT_RANDOM_METHOD("paretovariate", m_paretovariate),
    PYRT_RANDOM_METHOD("weibullvariate", m_weibullvariate), PYRT_RANDOM_METHOD("randbytes", m_randbytes),
};
#undef PYRT_RANDOM_METHOD

}  // namespace

void init_random_module(ModuleObj* m) {
  if (!random_type) {
    random_type = new_builtin_type("Random", nullptr);
    random_type->module = "random";
    random_type->qualname = "Random";
    random_type->tp_new = random_new;
    for (const MethodEntry& e : kMethods) add_method(random_type, e.name, e.method_version);
  }
  module_add(m, "Random", Value::borrow(random_type));
  for (const MethodEntry& e : kMethods) module_add_fn(m, e.name, e.module_version);
}

}  // namespace py
