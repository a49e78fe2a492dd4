// bytes: immutable byte strings (literals, repr, indexing, +, ==, iteration); the
// methods are in bytes_methods.cpp.
#include <unordered_map>

#include "data/bigint.h"
#include "data/codecs.h"
#include "data/data_util.h"
#include "data/str_impl.h"

namespace py {

Value new_bytes(std::string data) {
  auto* o = new StrObj();
  o->type = T::bytes;
  o->length = int64_t(data.size());
  o->s = std::move(data);
  o->ascii = false;
  return Value::steal(o);
}

namespace {

// bytes reuse StrObj's layout (s holds the raw bytes; length = byte count).
inline StrObj* B(const Value& v) { return v.as<StrObj>(); }

std::string bytes_repr_string(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out = "b";
  out.push_back(quote);
  static const char hex[] = "0123456789abcdef";
  for (unsigned char c : s) {
    if (c == (unsigned char)quote || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    } else out.push_back(char(c));
  }
  out.push_back(quote);
  return out;
}

Value bytes_repr(const Value& self) { return make_str(bytes_repr_string(B(self)->s)); }

int64_t bytes_hash(const Value& self) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : B(self)->s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  int64_t r = int64_t(h);
  return r == -1 ? -2 : r;
}

int64_t bytes_len(const Value& self) { return int64_t(B(self)->s.size()); }

Value bytes_getitem(const Value& self, const Value& key) {
  const std::string& s = B(self)->s;
  if (is_slice(key)) {
    SliceIdx ix = slice_indices(key, int64_t(s.size()));
    std::string out;
    for (int64_t k = 0, i = ix.start; k < ix.count; ++k, i += ix.step) out.push_back(s[size_t(i)]);
    return new_bytes(std::move(out));
  }
  if (!is_int_value(key) && !(key.is_obj() && !type_of(key)->is_builtin))
    raisef(E::TypeError, "byte indices must be integers or slices, not {}", type_name(key));
  int64_t i = wrap_index(key, int64_t(s.size()), "index out of range");
  return Value::from_int((unsigned char)s[size_t(i)]);
}

bool bytes_contains(const Value& self, const Value& item) {
  if (is_int_value(item)) {
    int64_t v;
    if (!to_int64(item, v) || v < 0 || v > 255) raise(E::ValueError, "byte must be in range(0, 256)");
    return B(self)->s.find(char(v)) != std::string::npos;
  }
  if (!is_bytes(item)) raisef(E::TypeError, "a bytes-like object is required, not '{}'", type_name(item));
  return B(self)->s.find(B(item)->s) != std::string::npos;
}

Value bytes_richcompare(const Value& a, const Value& b, int op) {
  if (!is_bytes(b)) return not_implemented();
  int c = B(a)->s.compare(B(b)->s);
  switch (op) {
    case CMP_LT: return Value::from_bool(c < 0);
    case CMP_LE: return Value::from_bool(c <= 0);
    case CMP_EQ: return Value::from_bool(c == 0);
    case CMP_NE: return Value::from_bool(c != 0);
    case CMP_GT: return Value::from_bool(c > 0);
    default: return Value::from_bool(c >= 0);
  }
}

Value bytes_binop(const Value& a, const Value& b, int op) {
  int base = op & 15;
  if (base == BINOP_ADD) {
    if (is_bytes(a) && is_bytes(b)) return new_bytes(B(a)->s + B(b)->s);
    if ((op & BINOP_SEQUENCE) && is_bytes(a))
      raisef(E::TypeError, "can't concat {} to bytes", type_name(b));
    return not_implemented();
  }
  if (base == BINOP_MUL) {
    const Value& s = is_bytes(a) ? a : b;
    const Value& n_in = is_bytes(a) ? b : a;
    Value n = seq_repeat_arg(n_in, op);
    if (!(n.is_int() || n.is_bool())) {
      if (n.is_bound()) {
        if (n.as<IntObj>()->v.neg) return new_bytes("");
        raise(E::OverflowError, "cannot fit 'int' into an index-sized integer");
      }
      if ((op & BINOP_SEQUENCE) && is_bytes(a))
        raisef(E::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(n_in));
      return not_implemented();
    }
    std::string out;
    for (int64_t i = 0; i < n.i(); ++i) out += B(s)->s;
    return new_bytes(std::move(out));
  }
  if (base == BINOP_MOD && is_bytes(a)) return bytes_mod(a, b);
  return not_implemented();
}

struct BytesIterObj : Object {
  Value bytes;
  size_t pos = 0;
  explicit BytesIterObj(TypeObj* t) : Object(t) {}
};
TypeObj* bytes_iterator_type;
Value iter_self(const Value& self) { return self; }
Value bytes_iter(const Value& self) {
  auto* it = new BytesIterObj(bytes_iterator_type);
  it->bytes = self;
  return Value::steal(it);
}
bool bytes_iter_next(const Value& self, Value& out) {
  auto* it = self.as<BytesIterObj>();
  if (it->bytes.is_unbound()) return false;
  const std::string& s = B(it->bytes)->s;
  if (it->pos >= s.size()) {
    it->bytes.clear();
    return false;
  }
  out = Value::from_int((unsigned char)s[it->pos++]);
  return true;
}

Value bytes_new_exact(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* src = nargs > 0 ? &args[0] : find_kwarg(args, nargs, kw, "source");
  const Value* enc = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "encoding");
  const Value* errors = nargs > 2 ? &args[2] : find_kwarg(args, nargs, kw, "errors");
  if (!src) return new_bytes("");
  if (is_str(*src)) {
    if (!enc) raise(E::TypeError, "string argument without an encoding");
    return encode_str(*src, enc, errors, "bytes()");
  }
  if (enc) raise(E::TypeError, "encoding without a string argument");
  if (errors) raise(E::TypeError, "errors without a string argument");
  if (num_value(*src).is_int() || src->is_bool()) {
    if (num_value(*src).i() < 0) raise(E::ValueError, "negative count");
    return new_bytes(std::string(size_t(num_value(*src).i()), '\0'));
  }
  if (is_bytes(*src)) return new_bytes(B(*src)->s);
  std::vector<Value> items;
  if (!type_of(*src)->iter && type_of(*src)->is_builtin)
    raisef(E::TypeError, "cannot convert '{}' object to bytes", type_name(*src));
  collect_sized(*src, items);
  std::string out;
  for (const Value& v : items) {
    if (!is_int_value(v)) raisef(E::TypeError, "'{}' object cannot be interpreted as an integer", type_name(v));
    int64_t x;
    if (!to_int64(v, x) || x < 0 || x > 255) raise(E::ValueError, "bytes must be in range(0, 256)");
    out.push_back(char(x));
  }
  return new_bytes(std::move(out));
}

Value bytes_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kw) {
  Value b = bytes_new_exact(args, nargs, kw);
  if (type == T::bytes) return b;
  auto* o = new_data_object<StrObj>(type);
  o->s = B(b)->s;
  o->length = B(b)->length;
  o->ascii = false;
  return Value::steal(o);
}

}  // namespace

Value make_bytes(std::string_view data) { return new_bytes(std::string(data)); }

Value bytes_const(const char* data, size_t nbytes) {
  static auto* table = new std::unordered_map<std::string, Object*>();
  std::string key(data, nbytes);
  auto it = table->find(key);
  if (it != table->end()) return Value::borrow(it->second);
  Value v = new_bytes(key);
  v.obj()->refcnt = kImmortal;
  table->emplace(std::move(key), v.obj());
  return v;
}

void init_bytes_type() {
  TypeObj* t = T::bytes;
  t->repr = bytes_repr;
  t->str = bytes_repr;
  t->hash = bytes_hash;
  t->len = bytes_len;
  t->getitem = bytes_getitem;
  t->contains = bytes_contains;
  t->richcompare = bytes_richcompare;
  t->binop = bytes_binop;
  t->iter = bytes_iter;
  t->tp_new = bytes_new;
  bytes_iterator_type = new_builtin_type("bytes_iterator", nullptr);
  bytes_iterator_type->iter = iter_self;
  bytes_iterator_type->next = bytes_iter_next;
  bytes_iterator_type->allows_subclassing = false;
}

}  // namespace py
