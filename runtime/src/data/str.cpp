// str: UTF-8 text indexed by code point, its methods, repr and hashing.
#include <locale.h>
#include <wctype.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

#include "data/bigint.h"
#include "data/data_util.h"
#include "data/codecs.h"
#include "data/str_impl.h"

namespace py {

// ------------------------------------------------------------ UTF-8

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

std::u32string utf8_to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int n;
    out.push_back(utf8_decode(s.data() + i, n));
    i += size_t(n);
  }
  return out;
}

std::string u32_to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) utf8_append(out, c);
  return out;
}

int64_t utf8_count(std::string_view s, bool& ascii) {
  int64_t n = 0;
  ascii = true;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
    if (c >= 0x80) ascii = false;
  }
  return n;
}

// ------------------------------------------------------------ objects

Value make_str_known(std::string s, int64_t length, bool ascii) {
  auto* o = new StrObj();
  o->s = std::move(s);
  o->length = length;
  o->ascii = ascii;
  return Value::steal(o);
}

Value make_str_moved(std::string s) {
  bool ascii;
  int64_t n = utf8_count(s, ascii);
  return make_str_known(std::move(s), n, ascii);
}

Value make_str(std::string_view utf8) { return make_str_moved(std::string(utf8)); }

StrObj* intern(std::string_view utf8) {
  static auto* table = new std::unordered_map<std::string_view, StrObj*>();
  auto it = table->find(utf8);
  if (it != table->end()) return it->second;
  Value v = make_str(utf8);
  auto* o = static_cast<StrObj*>(v.release());
  o->refcnt = kImmortal;
  table->emplace(std::string_view(o->s), o);
  return o;
}

Value str_const(const char* utf8, size_t nbytes) { return Value::borrow(intern(std::string_view(utf8, nbytes))); }

int64_t str_hash(StrObj* s) {
  if (s->hash_ != -1) return s->hash_;
  // FNV-1a: deterministic (CPython randomises str hashes, so no output may depend on them).
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s->s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  int64_t r = int64_t(h);
  if (r == -1) r = -2;
  s->hash_ = r;
  return r;
}

Value str_from_codepoint(uint32_t cp) {
  static StrObj* ascii_chars[128];
  if (cp < 128) {
    if (!ascii_chars[cp]) {
      char c = char(cp);
      ascii_chars[cp] = intern(std::string_view(&c, 1));
    }
    return Value::borrow(ascii_chars[cp]);
  }
  std::string s;
  utf8_append(s, cp);
  return make_str_known(std::move(s), 1, false);
}

// ------------------------------------------------------------ Unicode classes

namespace {
locale_t utf8_locale() {
  static locale_t loc = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
  return loc;
}
}  // namespace

bool uni_isspace(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
         c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}
bool uni_isupper(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  return uni_has_property(UNI_UPPER, c);
}
bool uni_islower(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  return uni_has_property(UNI_LOWER, c);
}
bool uni_isalpha(uint32_t c) {
  if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return uni_has_property(UNI_ALPHA, c);
}
bool uni_isdecimal(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return uni_has_property(UNI_DECIMAL, c);
}
bool uni_isdigit(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return uni_has_property(UNI_DIGIT, c);
}
bool uni_isnumeric(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return uni_has_property(UNI_NUMERIC, c);
}
bool uni_isalnum(uint32_t c) { return uni_isalpha(c) || uni_isdecimal(c) || uni_isdigit(c) || uni_isnumeric(c); }
// Cased = Uppercase, Lowercase or titlecase letter (Lt).
bool uni_iscased(uint32_t c) {
  return uni_isupper(c) || uni_islower(c) || (c >= 128 && uni_has_property(UNI_TITLE, c));
}
uint32_t uni_toupper(uint32_t c) {
  if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  return towupper_l(c, utf8_locale());
}
uint32_t uni_tolower(uint32_t c) {
  if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return towlower_l(c, utf8_locale());
}
bool uni_isprintable(uint32_t c) {
  if (c < 128) return c >= 0x20 && c < 0x7f;
  return uni_has_property(UNI_PRINTABLE, c);
}

// ------------------------------------------------------------ repr

namespace {
void append_escape(std::string& out, uint32_t c) {
  static const char hex[] = "0123456789abcdef";
  if (c < 0x100) {
    out += "\\x";
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  } else if (c < 0x10000) {
    out += "\\u";
    for (int s = 12; s >= 0; s -= 4) out.push_back(hex[(c >> s) & 15]);
  } else {
    out += "\\U";
    for (int s = 28; s >= 0; s -= 4) out.push_back(hex[(c >> s) & 15]);
  }
}
}  // namespace

std::string str_repr_impl(std::string_view s, bool ascii_only) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back(quote);
  for (size_t i = 0; i < s.size();) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
      ++i;
      if (b == (unsigned char)quote || b == '\\') {
        out.push_back('\\');
        out.push_back(char(b));
      } else if (b == '\n') {
        out += "\\n";
      } else if (b == '\t') {
        out += "\\t";
      } else if (b == '\r') {
        out += "\\r";
      } else if (b < 0x20 || b == 0x7f) {
        append_escape(out, b);
      } else {
        out.push_back(char(b));
      }
      continue;
    }
    int n;
    uint32_t c = utf8_decode(s.data() + i, n);
    if (!ascii_only && uni_isprintable(c)) out.append(s.data() + i, size_t(n));
    else append_escape(out, c);
    i += size_t(n);
  }
  out.push_back(quote);
  return out;
}

std::string str_repr_string(std::string_view utf8) { return str_repr_impl(utf8, false); }

// ------------------------------------------------------------ indexing

size_t cp_to_byte(const StrObj* s, int64_t cp) {
  if (s->ascii) return size_t(cp);
  if (cp >= s->length) return s->s.size();
  size_t pos = 0;
  const std::string& t = s->s;
  int64_t n = 0;
  while (pos < t.size() && n < cp) {
    pos += size_t(utf8_len_of_lead((unsigned char)t[pos]));
    ++n;
  }
  return pos;
}

int64_t byte_to_cp(const StrObj* s, size_t byte) {
  if (s->ascii) return int64_t(byte);
  int64_t n = 0;
  for (size_t i = 0; i < byte && i < s->s.size(); ++i)
    if (((unsigned char)s->s[i] & 0xC0) != 0x80) ++n;
  return n;
}

Value str_getitem(const Value& sv, const Value& key) {
  StrObj* s = str_of(sv);
  if (key.is_int() || key.is_bool()) {
    int64_t i = key.i();
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) raise(E::IndexError, "string index out of range");
    if (s->ascii) return str_from_codepoint((unsigned char)s->s[size_t(i)]);
    size_t b = cp_to_byte(s, i);
    int n;
    return str_from_codepoint(utf8_decode(s->s.data() + b, n));
  }
  if (is_slice(key)) {
    SliceIdx ix = slice_indices(key, s->length);
    if (ix.step == 1) {
      if (ix.count == s->length) return exact_str(sv);
      size_t b0 = cp_to_byte(s, ix.start);
      size_t b1 = s->ascii ? size_t(ix.stop) : b0;
      if (!s->ascii) {
        for (int64_t k = 0; k < ix.count; ++k) b1 += size_t(utf8_len_of_lead((unsigned char)s->s[b1]));
      }
      return make_str_known(s->s.substr(b0, b1 - b0), ix.count, s->ascii);
    }
    std::string out;
    if (s->ascii) {
      for (int64_t k = 0, i = ix.start; k < ix.count; ++k, i += ix.step) out.push_back(s->s[size_t(i)]);
      return make_str_known(std::move(out), ix.count, true);
    }
    std::u32string cps = utf8_to_u32(s->s);
    for (int64_t k = 0, i = ix.start; k < ix.count; ++k, i += ix.step) utf8_append(out, cps[size_t(i)]);
    return make_str_moved(std::move(out));
  }
  if (key.is_obj() && is_int_value(key)) raise(E::IndexError, "cannot fit 'int' into an index-sized integer");
  if (key.is_obj() && !type_of(key)->is_builtin) {
    static StrObj* name = intern("__index__");
    if (type_lookup(type_of(key), name).is_bound()) return str_getitem(sv, Value::from_int(index_value(key)));
  }
  raisef(E::TypeError, "string indices must be integers, not '{}'", type_name(key));
}

// ------------------------------------------------------------ concatenation

Value str_concat(const Value& a, const Value& b) {
  StrObj* x = str_of(a);
  StrObj* y = str_of(b);
  if (y->s.empty()) return exact_str(a);
  if (x->s.empty()) return exact_str(b);
  std::string s;
  s.reserve(x->s.size() + y->s.size());
  s += x->s;
  s += y->s;
  return make_str_known(std::move(s), x->length + y->length, x->ascii && y->ascii);
}

// Appends y to x, a str nothing else references (so nobody sees it change).
static void str_append_in_place(StrObj* x, const StrObj* y) {
  x->s += y->s;
  x->length += y->length;
  x->ascii = x->ascii && y->ascii;
  x->hash_ = -1;
}

// `a += b` where the caller's variable holds the only reference: append in place.
Value str_inplace_concat(const Value& a, const Value& b) {
  StrObj* x = str_of(a);
  if (x->refcnt != 1 || x->type != T::str) return str_concat(a, b);
  str_append_in_place(x, str_of(b));
  return a;
}

void iadd_into_slow(Value& var, const Value& b) {
  if (var.is_obj() && b.is_obj() && var.obj()->type == T::str && b.obj()->type == T::str &&
      var.obj()->refcnt == 1) {
    str_append_in_place(str_of(var), str_of(b));
    return;
  }
  var = iadd(var, b);
}

void iadd_int_into_slow(Value& var, int64_t k) { iadd_into_slow(var, Value::from_int(k)); }

Value str_repeat(const Value& a, int64_t n) {
  StrObj* x = str_of(a);
  if (n <= 0 || x->s.empty()) return str_const("", 0);
  if (n == 1) return exact_str(a);
  std::string s;
  s.reserve(x->s.size() * size_t(n));
  for (int64_t i = 0; i < n; ++i) s += x->s;
  return make_str_known(std::move(s), x->length * n, x->ascii);
}

Value join_strs(const Value* parts, size_t n) {
  size_t total = 0;
  int64_t len = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; ++i) {
    StrObj* p = str_of(parts[i]);
    total += p->s.size();
    len += p->length;
    ascii = ascii && p->ascii;
  }
  std::string s;
  s.reserve(total);
  for (size_t i = 0; i < n; ++i) s += str_of(parts[i])->s;
  return make_str_known(std::move(s), len, ascii);
}

// ------------------------------------------------------------ slots

namespace {

Value str_repr_slot(const Value& self) { return make_str(str_repr_string(sv(self))); }
Value str_str_slot(const Value& self) { return exact_str(self); }
int64_t str_hash_slot(const Value& self) { return str_hash(str_of(self)); }
int64_t str_len_slot(const Value& self) { return str_of(self)->length; }

bool str_contains_slot(const Value& self, const Value& item) {
  if (!is_str(item))
    raisef(E::TypeError, "'in <string>' requires string as left operand, not {}", type_name(item));
  return sv(self).find(sv(item)) != std::string_view::npos;
}

Value str_richcompare(const Value& a, const Value& b, int op) {
  if (!is_str(b)) return not_implemented();
  if (op == CMP_EQ || op == CMP_NE) {
    StrObj* x = str_of(a);
    StrObj* y = str_of(b);
    bool eq = x == y || (x->s.size() == y->s.size() && (x->hash_ == -1 || y->hash_ == -1 || x->hash_ == y->hash_) &&
                         x->s == y->s);
    return Value::from_bool(op == CMP_EQ ? eq : !eq);
  }
  int c = sv(a).compare(sv(b));  // UTF-8 byte order is code point order
  switch (op) {
    case CMP_LT: return Value::from_bool(c < 0);
    case CMP_LE: return Value::from_bool(c <= 0);
    case CMP_GT: return Value::from_bool(c > 0);
    default: return Value::from_bool(c >= 0);
  }
}

struct StrIterObj : Object {
  Value str;
  size_t pos = 0;
  StrIterObj() : Object(str_iterator_type) {}
};

Value str_iter_slot(const Value& self) {
  auto* it = new StrIterObj();
  it->str = self;
  return Value::steal(it);
}

bool str_iter_next(const Value& self, Value& out) {
  auto* it = self.as<StrIterObj>();
  if (it->str.is_unbound()) return false;
  StrObj* s = str_of(it->str);
  if (it->pos >= s->s.size()) {
    it->str.clear();
    return false;
  }
  if (s->ascii) {
    out = str_from_codepoint((unsigned char)s->s[it->pos++]);
  } else {
    int n;
    out = str_from_codepoint(utf8_decode(s->s.data() + it->pos, n));
    it->pos += size_t(n);
  }
  return true;
}

Value iter_self(const Value& self) { return self; }

Value str_binop(const Value& a, const Value& b, int op) {
  int base = op & 15;
  if (base == BINOP_ADD) {
    if (is_str(a) && is_str(b)) return (op & BINOP_INPLACE) ? str_inplace_concat(a, b) : str_concat(a, b);
    if ((op & BINOP_SEQUENCE) && is_str(a))
      raisef(E::TypeError, "can only concatenate str (not \"{}\") to str", type_name(b));
    return not_implemented();
  }
  if (base == BINOP_MUL) {
    const Value& s = is_str(a) ? a : b;
    const Value& n_in = is_str(a) ? b : a;
    Value n = seq_repeat_arg(n_in, op);
    if (n.is_int() || n.is_bool()) return str_repeat(s, n.i());
    if (n.is_bound()) {
      if (n.as<IntObj>()->v.neg) return str_const("", 0);
      raise(E::OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if ((op & BINOP_SEQUENCE) && is_str(a))
      raisef(E::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(n_in));
    return not_implemented();
  }
  if (base == BINOP_MOD && is_str(a)) return str_mod(a, b);
  return not_implemented();
}

Value str_new(TypeObj* type, const Value* args, size_t nargs, TupleObj* kwnames) {
  const Value* obj = nargs > 0 ? &args[0] : find_kwarg(args, nargs, kwnames, "object");
  const Value* enc = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kwnames, "encoding");
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  if (nargs + nkw > 3) raisef(E::TypeError, "str() takes at most 3 arguments ({} given)", nargs + nkw);
  Value result;
  if (!obj) {
    result = str_const("", 0);
  } else if (enc || nargs > 2 || find_kwarg(args, nargs, kwnames, "errors")) {
    const Value* errors = nargs > 2 ? &args[2] : find_kwarg(args, nargs, kwnames, "errors");
    if (enc && !is_str(*enc)) raisef(E::TypeError, "str() argument 'encoding' must be str, not {}", type_name(*enc));
    if (errors && !is_str(*errors))
      raisef(E::TypeError, "str() argument 'errors' must be str, not {}", type_name(*errors));
    if (!is_bytes(*obj)) raisef(E::TypeError, "decoding to str: need a bytes-like object, {} found", type_name(*obj));
    result = decode_bytes(*obj, enc, errors, "str()");
  } else {
    result = str(*obj);
  }
  if (type != T::str) {
    StrObj* s = str_of(result);
    auto* o = new_data_object<StrObj>(type);
    o->s = s->s;
    o->length = s->length;
    o->ascii = s->ascii;
    return Value::steal(o);
  }
  return result;
}

}  // namespace

TypeObj* str_iterator_type = nullptr;

void init_str_type_slots() {
  TypeObj* t = T::str;
  t->repr = str_repr_slot;
  t->str = str_str_slot;
  t->hash = str_hash_slot;
  t->len = str_len_slot;
  t->contains = str_contains_slot;
  t->richcompare = str_richcompare;
  t->getitem = str_getitem;
  t->iter = str_iter_slot;
  t->tp_new = str_new;
  t->binop = str_binop;
  str_iterator_type = new_builtin_type("str_ascii_iterator", nullptr);
  str_iterator_type->iter = iter_self;
  str_iterator_type->next = str_iter_next;
  str_iterator_type->allows_subclassing = false;
}

}  // namespace py
