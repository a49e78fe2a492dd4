// The built-in codecs: CPython's encoding-name lookup, its error handlers
// (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// surrogateescape, surrogatepass) and its UnicodeError messages. A str holds
// UTF-8 where lone surrogates are encoded like any other code point, so
// surrogateescape and surrogatepass round-trip as in CPython.
#include "data/codecs.h"

#include <vector>

#include "data/data_util.h"
#include "data/str_impl.h"

namespace py {

namespace {

// Cp1252 is a charmap codec (encodings/cp1252.py): Latin-1 but for 0x80..0x9F.
enum class Family { Utf8, Utf16, Utf32, Latin1, Ascii, Cp1252 };
// Byte order of UTF-16/32; WithBom reads a BOM (little-endian without one, as
// CPython does on little-endian machines) and writes one.
enum class Order { WithBom, Little, Big };

struct Codec {
  Family family;
  Order order;
  const char* name;  // as CPython's messages and exceptions name it
};

const Codec kUtf8{Family::Utf8, Order::Little, "utf-8"};
const Codec kUtf16{Family::Utf16, Order::WithBom, "utf-16"};
const Codec kUtf16Le{Family::Utf16, Order::Little, "utf-16-le"};
const Codec kUtf16Be{Family::Utf16, Order::Big, "utf-16-be"};
const Codec kUtf32{Family::Utf32, Order::WithBom, "utf-32"};
const Codec kUtf32Le{Family::Utf32, Order::Little, "utf-32-le"};
const Codec kUtf32Be{Family::Utf32, Order::Big, "utf-32-be"};
const Codec kLatin1{Family::Latin1, Order::Little, "latin-1"};
const Codec kAscii{Family::Ascii, Order::Little, "ascii"};
const Codec kCp1252{Family::Cp1252, Order::Little, "charmap"};  // CPython's messages name the charmap codec

// cp1252's bytes 0x80..0x9F; 0 where the byte maps to <undefined>.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x0000, 0x017D, 0x0000, 0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178};

// The byte cp1252 encodes c as, or -1.
int cp1252_byte(uint32_t c) {
  if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return int(c);
  if (c == 0) return -1;
  for (int k = 0; k < 32; ++k)
    if (kCp1252High[k] == c) return 0x80 + k;
  return -1;
}

// CPython's _Py_normalize_encoding: ASCII letters lowered, every run of other
// characters (but '.') one '_', none at either end.
std::string normalize_encoding_name(std::string_view name) {
  std::string out;
  bool punct = false;
  for (char ch : name) {
    bool upper = ch >= 'A' && ch <= 'Z';
    if (upper || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.') {
      if (punct && !out.empty()) out.push_back('_');
      punct = false;
      out.push_back(upper ? char(ch + 32) : ch);
    } else {
      punct = true;
    }
  }
  return out;
}

struct NamedCodec {
  const char* name;
  const Codec* codec;
};

// The modules of the encodings package built in here.
const NamedCodec kModules[] = {
    {"utf_8", &kUtf8},   {"utf_16", &kUtf16},   {"utf_16_le", &kUtf16Le}, {"utf_16_be", &kUtf16Be},
    {"utf_32", &kUtf32}, {"utf_32_le", &kUtf32Le}, {"utf_32_be", &kUtf32Be}, {"latin_1", &kLatin1},
    {"ascii", &kAscii},  {"cp1252", &kCp1252},
};

// The aliases encodings/aliases.py gives those modules.
const NamedCodec kAliases[] = {
    {"646", &kAscii},          {"ansi_x3.4_1968", &kAscii},   {"ansi_x3_4_1968", &kAscii},
    {"ansi_x3.4_1986", &kAscii}, {"cp367", &kAscii},          {"csascii", &kAscii},
    {"ibm367", &kAscii},       {"iso646_us", &kAscii},        {"iso_646.irv_1991", &kAscii},
    {"iso_ir_6", &kAscii},     {"us", &kAscii},               {"us_ascii", &kAscii},
    {"8859", &kLatin1},        {"cp819", &kLatin1},           {"csisolatin1", &kLatin1},
    {"ibm819", &kLatin1},      {"iso8859", &kLatin1},         {"iso8859_1", &kLatin1},
    {"iso_8859_1", &kLatin1},  {"iso_8859_1_1987", &kLatin1}, {"iso_ir_100", &kLatin1},
    {"l1", &kLatin1},          {"latin", &kLatin1},           {"latin1", &kLatin1},
    {"u16", &kUtf16},          {"utf16", &kUtf16},            {"unicodebigunmarked", &kUtf16Be},
    {"utf_16be", &kUtf16Be},   {"unicodelittleunmarked", &kUtf16Le}, {"utf_16le", &kUtf16Le},
    {"u32", &kUtf32},          {"utf32", &kUtf32},            {"utf_32be", &kUtf32Be},
    {"utf_32le", &kUtf32Le},   {"u8", &kUtf8},                {"utf", &kUtf8},
    {"utf8", &kUtf8},          {"utf8_ucs2", &kUtf8},         {"utf8_ucs4", &kUtf8},
    {"cp65001", &kUtf8},       {"1252", &kCp1252},            {"windows_1252", &kCp1252},
};

template <size_t N>
const Codec* find_named(const NamedCodec (&table)[N], std::string_view name) {
  for (const NamedCodec& entry : table)
    if (name == entry.name) return entry.codec;
  return nullptr;
}

const Codec& lookup_codec(std::string_view encoding) {
  if (encoding.find('\0') != std::string_view::npos) raise(E::ValueError, "embedded null character");
  std::string norm = normalize_encoding_name(encoding);
  // encodings.search_function: the alias of the name, or of the name with
  // '.' as '_', else the name itself as a module.
  std::string dotless = norm;
  for (char& ch : dotless)
    if (ch == '.') ch = '_';
  const Codec* c = find_named(kAliases, norm);
  if (!c) c = find_named(kAliases, dotless);
  if (!c) c = find_named(kModules, norm);
  if (!c) raisef(E::LookupError, "unknown encoding: {}", encoding);
  return *c;
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, NameReplace, SurrogateEscape,
                     SurrogatePass, Unknown };

struct ErrorHandler {
  Handler kind;
  std::string_view name;
};

// Looked up only when an error needs it, as CPython does: an unknown name
// with nothing to handle is no error.
ErrorHandler error_handler(std::string_view name) {
  static const struct {
    const char* name;
    Handler kind;
  } table[] = {{"strict", Handler::Strict},
               {"ignore", Handler::Ignore},
               {"replace", Handler::Replace},
               {"backslashreplace", Handler::BackslashReplace},
               {"xmlcharrefreplace", Handler::XmlCharRefReplace},
               {"namereplace", Handler::NameReplace},
               {"surrogateescape", Handler::SurrogateEscape},
               {"surrogatepass", Handler::SurrogatePass}};
  for (const auto& entry : table)
    if (name == entry.name) return {entry.kind, name};
  return {Handler::Unknown, name};
}

[[noreturn]] void raise_unknown_handler(std::string_view name) {
  raisef(E::LookupError, "unknown error handler name '{}'", name);
}

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

[[noreturn]] void raise_unicode_error(TypeObj* type, const char* encoding, const Value& object, size_t start,
                                      size_t end, const char* reason) {
  Value args[5] = {make_str(encoding), object, Value::from_int(int64_t(start)), Value::from_int(int64_t(end)),
                   make_str(reason)};
  raise(call(Value::borrow(type), args, 5));
}

std::string_view arg_string(const Value* v, const char* who, const char* what, std::string_view dflt) {
  if (!v) return dflt;
  if (!is_str(*v))
    raisef(E::TypeError, "{} argument '{}' must be str, not {}", who, what, v->is_none() ? "None" : type_name(*v));
  return sv(*v);
}

// ---------------------------------------------------------------- encoding

void put_unit(std::string& out, uint32_t unit, int size, bool big) {
  for (int k = 0; k < size; ++k) {
    int shift = big ? 8 * (size - 1 - k) : 8 * k;
    out.push_back(char((unit >> shift) & 0xFF));
  }
}

struct Encoder {
  const Codec& codec;
  const Value& object;
  ErrorHandler handler;
  std::string out;

  int unit_size() const { return codec.family == Family::Utf16 ? 2 : 4; }
  bool big() const { return codec.order == Order::Big; }

  bool encodable(uint32_t c) const {
    switch (codec.family) {
      case Family::Ascii: return c < 0x80;
      case Family::Latin1: return c < 0x100;
      case Family::Cp1252: return cp1252_byte(c) >= 0;
      default: return !is_surrogate(c);
    }
  }

  void put(uint32_t c) {
    switch (codec.family) {
      case Family::Ascii:
      case Family::Latin1: out.push_back(char(c)); break;
      case Family::Cp1252: out.push_back(char(cp1252_byte(c))); break;
      case Family::Utf8: utf8_append(out, c); break;
      case Family::Utf16:
        if (c >= 0x10000) {
          put_unit(out, 0xD800 + ((c - 0x10000) >> 10), 2, big());
          put_unit(out, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, big());
        } else {
          put_unit(out, c, 2, big());
        }
        break;
      case Family::Utf32: put_unit(out, c, 4, big()); break;
    }
  }

  void put_text(std::string_view ascii) {
    for (char c : ascii) put((unsigned char)c);
  }

  [[noreturn]] void fail(size_t start, size_t end) const {
    const char* reason = codec.family == Family::Ascii    ? "ordinal not in range(128)"
                         : codec.family == Family::Latin1 ? "ordinal not in range(256)"
                         : codec.family == Family::Cp1252 ? "character maps to <undefined>"
                                                           : "surrogates not allowed";
    raise_unicode_error(E::UnicodeEncodeError, codec.name, object, start, end, reason);
  }

  // The code points [start, end) can't be encoded: what the handler puts
  // in their place.
  void handle(const std::u32string& cps, size_t start, size_t end) {
    switch (handler.kind) {
      case Handler::Strict: fail(start, end);
      case Handler::Ignore: return;
      case Handler::Replace:
        for (size_t i = start; i < end; ++i) put('?');
        return;
      case Handler::BackslashReplace:
        for (size_t i = start; i < end; ++i) {
          uint32_t c = cps[i];
          put_text(c <= 0xFF ? fmt::format("\\x{:02x}", c)
                   : c <= 0xFFFF ? fmt::format("\\u{:04x}", c)
                                 : fmt::format("\\U{:08x}", c));
        }
        return;
      case Handler::XmlCharRefReplace:
        for (size_t i = start; i < end; ++i) put_text(fmt::format("&#{};", uint32_t(cps[i])));
        return;
      case Handler::SurrogateEscape:
        // UTF-16/32 can't take the single bytes it gives back: CPython refuses them.
        if (codec.family == Family::Utf16 || codec.family == Family::Utf32) fail(start, end);
        // The bytes escaped as U+DC80..U+DCFF go back out; from the first
        // other code point on, the error stands.
        for (size_t i = start; i < end; ++i) {
          if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) fail(i, end);
          out.push_back(char(cps[i] - 0xDC00));
        }
        return;
      case Handler::SurrogatePass:
        if (codec.family == Family::Ascii || codec.family == Family::Latin1 || codec.family == Family::Cp1252)
          fail(start, end);
        for (size_t i = start; i < end; ++i)
          if (!is_surrogate(cps[i])) fail(start, end);
        for (size_t i = start; i < end; ++i) {
          if (codec.family == Family::Utf8) utf8_append(out, cps[i]);
          else put_unit(out, cps[i], unit_size(), big());
        }
        return;
      case Handler::NameReplace:
        // \N{NAME}, or backslashreplace's escape for a code point without one
        for (size_t i = start; i < end; ++i) {
          uint32_t c = cps[i];
          std::string name;
          if (unicode_char_name(c, name))
            put_text("\\N{" + name + "}");
          else
            put_text(c <= 0xFF ? fmt::format("\\x{:02x}", c)
                     : c <= 0xFFFF ? fmt::format("\\u{:04x}", c)
                                   : fmt::format("\\U{:08x}", c));
        }
        return;
      case Handler::Unknown: raise_unknown_handler(handler.name);
    }
  }

  void run() {
    const std::string& s = object.as<StrObj>()->s;
    if (codec.order == Order::WithBom) put(0xFEFF);
    std::u32string cps = utf8_to_u32(s);
    // One call of the handler takes a whole run of unencodable code points,
    // except in UTF-16/32, whose encoders call it for each.
    bool runs = codec.family != Family::Utf16 && codec.family != Family::Utf32;
    for (size_t i = 0; i < cps.size();) {
      if (encodable(cps[i])) {
        put(cps[i++]);
        continue;
      }
      size_t end = i + 1;
      if (runs)
        while (end < cps.size() && !encodable(cps[end])) ++end;
      handle(cps, i, end);
      i = end;
    }
  }
};

bool utf8_has_surrogates(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if ((unsigned char)s[i] == 0xED && (unsigned char)s[i + 1] >= 0xA0) return true;
  return false;
}

// ---------------------------------------------------------------- decoding

struct Decoder {
  const Codec& codec;  // UTF-16/32 with a BOM: the order found, as CPython names it
  const Value& object;
  std::string_view data;
  ErrorHandler handler;
  size_t begin;  // past a BOM; positions still count from the input's start
  std::string out;

  bool big() const { return codec.order == Order::Big; }
  int unit_size() const { return codec.family == Family::Utf16 ? 2 : 4; }

  uint32_t unit_at(size_t i, int size) const {
    uint32_t v = 0;
    for (int k = 0; k < size; ++k) {
      uint32_t byte = (unsigned char)data[i + size_t(k)];
      v |= byte << (big() ? 8 * (size - 1 - k) : 8 * k);
    }
    return v;
  }

  // The bytes [start, end) can't be decoded: puts the handler's replacement
  // and returns where decoding goes on.
  size_t handle(size_t start, size_t end, const char* reason) {
    auto fail = [&]() { raise_unicode_error(E::UnicodeDecodeError, codec.name, object, start, end, reason); };
    switch (handler.kind) {
      case Handler::Strict: fail();
      case Handler::Ignore: return end;
      case Handler::Replace: utf8_append(out, 0xFFFD); return end;
      case Handler::BackslashReplace:
        for (size_t i = start; i < end; ++i) out += fmt::format("\\x{:02x}", (unsigned char)data[i]);
        return end;
      case Handler::SurrogateEscape: {
        // Up to four bytes from start, stopping at an ASCII byte: CPython
        // refuses to escape those.
        size_t n = 0;
        while (n < 4 && n < end - start && (unsigned char)data[start + n] >= 0x80) {
          utf8_append(out, 0xDC00 + (unsigned char)data[start + n]);
          ++n;
        }
        if (n == 0) fail();
        return start + n;
      }
      case Handler::SurrogatePass: {
        // One surrogate encoded in this codec's own form at start, read past
        // `end` if need be.
        if (codec.family == Family::Utf8) {
          if (start + 3 <= data.size()) {
            int w;
            unsigned char b0 = data[start], b1 = data[start + 1], b2 = data[start + 2];
            if ((b0 & 0xF0) == 0xE0 && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
              uint32_t c = utf8_decode(data.data() + start, w);
              if (is_surrogate(c)) {
                utf8_append(out, c);
                return start + 3;
              }
            }
          }
        } else if (codec.family == Family::Utf16 || codec.family == Family::Utf32) {
          size_t size = size_t(unit_size());
          if (start + size <= data.size()) {
            uint32_t c = unit_at(start, int(size));
            if (is_surrogate(c)) {
              utf8_append(out, c);
              return start + size;
            }
          }
        }
        fail();
      }
      case Handler::XmlCharRefReplace:
      case Handler::NameReplace:
        raise(E::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
      case Handler::Unknown: raise_unknown_handler(handler.name);
    }
    return end;
  }

  void run_ascii_or_latin1() {
    for (size_t i = 0; i < data.size();) {
      unsigned char c = data[i];
      if (c < 0x80 || codec.family == Family::Latin1) {
        utf8_append(out, c);
        ++i;
      } else {
        i = handle(i, i + 1, "ordinal not in range(128)");
      }
    }
  }

  void run_cp1252() {
    for (size_t i = 0; i < data.size();) {
      unsigned char c = data[i];
      uint32_t cp = c >= 0x80 && c < 0xA0 ? kCp1252High[c - 0x80] : c;
      if (cp || c == 0) {
        utf8_append(out, cp);
        ++i;
      } else {
        i = handle(i, i + 1, "character maps to <undefined>");
      }
    }
  }

  // How many bytes from i form a valid UTF-8 sequence (its length), or why
  // not: the error's end and reason, as CPython's decoder reports them.
  size_t utf8_sequence(size_t i, size_t& err_end, const char*& reason) const {
    unsigned char c = data[i];
    size_t n = data.size();
    if (c < 0x80) return 1;
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0) {
      err_end = i + 1;
      reason = "invalid start byte";
      return 0;
    }
    // The second byte's range excludes overlong forms, surrogates and code
    // points past U+10FFFF.
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    for (size_t k = 1; k < len; ++k) {
      if (i + k >= n) {
        err_end = n;
        reason = "unexpected end of data";
        return 0;
      }
      unsigned char b = data[i + k];
      bool ok = k == 1 ? (b >= lo && b <= hi) : (b & 0xC0) == 0x80;
      if (!ok) {
        err_end = i + k;
        reason = "invalid continuation byte";
        return 0;
      }
    }
    return len;
  }

  void run_utf8() {
    for (size_t i = 0; i < data.size();) {
      size_t err_end;
      const char* reason;
      size_t len = utf8_sequence(i, err_end, reason);
      if (len) {
        out.append(data, i, len);
        i += len;
      } else {
        i = handle(i, err_end, reason);
      }
    }
  }

  void run_utf16() {
    size_t n = data.size();
    for (size_t q = begin; q < n;) {
      if (n - q < 2) {
        q = handle(q, n, "truncated data");
        continue;
      }
      uint32_t c = unit_at(q, 2);
      if (!is_surrogate(c)) {
        utf8_append(out, c);
        q += 2;
        continue;
      }
      if (c >= 0xDC00) {
        q = handle(q, q + 2, "illegal encoding");
        continue;
      }
      if (n - q < 4) {
        q = handle(q, n, "unexpected end of data");
        continue;
      }
      uint32_t c2 = unit_at(q + 2, 2);
      if (c2 < 0xDC00 || c2 > 0xDFFF) {
        q = handle(q, q + 2, "illegal UTF-16 surrogate");
        continue;
      }
      utf8_append(out, 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00));
      q += 4;
    }
  }

  void run_utf32() {
    size_t n = data.size();
    for (size_t q = begin; q < n;) {
      if (n - q < 4) {
        q = handle(q, n, "truncated data");
        continue;
      }
      uint32_t c = unit_at(q, 4);
      if (c > 0x10FFFF) q = handle(q, q + 4, "code point not in range(0x110000)");
      else if (is_surrogate(c)) q = handle(q, q + 4, "code point in surrogate code point range(0xd800, 0xe000)");
      else {
        utf8_append(out, c);
        q += 4;
      }
    }
  }

  void run() {
    switch (codec.family) {
      case Family::Ascii:
      case Family::Latin1: run_ascii_or_latin1(); break;
      case Family::Cp1252: run_cp1252(); break;
      case Family::Utf8: run_utf8(); break;
      case Family::Utf16: run_utf16(); break;
      case Family::Utf32: run_utf32(); break;
    }
  }
};

// ---------------------------------------------------------------- UnicodeError

// The five fields: those __init__ stored in args, or their copy in `extra`
// once one was assigned (assigning leaves args as it was, as in CPython).
const std::vector<Value>* unicode_error_args(const Value& self) {
  auto* e = self.as<ExceptionObj>();
  const Value& fields = e->extra.is_bound() && !e->extra.is_none() ? e->extra : e->args;
  const auto& items = fields.as<TupleObj>()->items;
  if (items.size() != 5 || !is_str(items[0]) || !items[2].is_int() || !items[3].is_int() || !is_str(items[4]))
    return nullptr;
  return &items;
}

// UnicodeEncodeError(encoding, object, start, end, reason) and
// UnicodeDecodeError(...): exactly these, of these types.
Value unicode_error_init(const Value* args, size_t nargs, TupleObj* kw, bool encode) {
  if (kw && !kw->items.empty()) raisef(E::TypeError, "{}() takes no keyword arguments", type_name(args[0]));
  if (nargs - 1 != 5) raisef(E::TypeError, "function takes exactly 5 arguments ({} given)", nargs - 1);
  auto require_str = [&](size_t i) {
    if (!is_str(args[i])) raisef(E::TypeError, "argument {} must be str, not {}", i, type_name(args[i]));
  };
  require_str(1);
  if (encode) require_str(2);
  else if (!is_bytes(args[2])) raisef(E::TypeError, "a bytes-like object is required, not '{}'", type_name(args[2]));
  Value start = Value::from_int(index_value(args[3])), end = Value::from_int(index_value(args[4]));
  require_str(5);
  auto* e = args[0].as<ExceptionObj>();
  e->args = make_tuple({args[1], args[2], start, end, args[5]});
  e->extra = Value::none();
  return Value::none();
}
Value encode_error_init(const Value* a, size_t n, TupleObj* k) { return unicode_error_init(a, n, k, true); }
Value decode_error_init(const Value* a, size_t n, TupleObj* k) { return unicode_error_init(a, n, k, false); }

Value unicode_error_str(const Value* args, size_t nargs, TupleObj* kw, bool encode) {
  check_args("__str__", nargs - 1, kw, 0, 0);
  const std::vector<Value>* a = unicode_error_args(args[0]);
  if (!a) {
    const auto& items = args[0].as<ExceptionObj>()->args.as<TupleObj>()->items;
    if (items.empty()) return make_str("");
    if (items.size() == 1) return str(items[0]);
    return str(args[0].as<ExceptionObj>()->args);
  }
  std::string_view encoding = sv((*a)[0]), reason = sv((*a)[4]);
  int64_t start = (*a)[2].i(), end = (*a)[3].i();
  const Value& object = (*a)[1];
  if (encode && is_str(object) && end == start + 1 && start >= 0 && start < str_of(object)->length) {
    StrObj* so = str_of(object);
    int w;
    uint32_t c = utf8_decode(so->s.data() + cp_to_byte(so, start), w);
    std::string ch = c <= 0xFF ? fmt::format("\\x{:02x}", c)
                     : c <= 0xFFFF ? fmt::format("\\u{:04x}", c)
                                   : fmt::format("\\U{:08x}", c);
    return make_str(fmt::format("'{}' codec can't encode character '{}' in position {}: {}", encoding, ch, start, reason));
  }
  if (!encode && is_bytes(object) && end == start + 1 && start >= 0 && size_t(start) < str_of(object)->s.size())
    return make_str(fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}", encoding,
                                (unsigned char)str_of(object)->s[size_t(start)], start, reason));
  return make_str(fmt::format("'{}' codec can't {} in position {}-{}: {}", encoding,
                              encode ? "encode characters" : "decode bytes", start, end - 1, reason));
}
Value encode_error_str(const Value* a, size_t n, TupleObj* k) { return unicode_error_str(a, n, k, true); }
Value decode_error_str(const Value* a, size_t n, TupleObj* k) { return unicode_error_str(a, n, k, false); }

Value unicode_error_field(const Value& self, size_t i) {
  const std::vector<Value>* a = unicode_error_args(self);
  if (!a) raise(E::AttributeError, "the exception was not made with (encoding, object, start, end, reason)");
  return (*a)[i];
}
void set_field(const Value& self, size_t i, const Value& v) {
  if (v.is_unbound()) raise(E::TypeError, "can't delete the attribute");
  if ((i == 2 || i == 3) && !v.is_int()) raise(E::TypeError, "an integer is required");
  const std::vector<Value>* a = unicode_error_args(self);
  if (!a) raise(E::AttributeError, "the exception was not made with (encoding, object, start, end, reason)");
  std::vector<Value> fields = *a;
  fields[i] = v;
  self.as<ExceptionObj>()->extra = make_tuple(std::move(fields));
}
Value get_encoding(const Value& s) { return unicode_error_field(s, 0); }
Value get_object(const Value& s) { return unicode_error_field(s, 1); }
Value get_start(const Value& s) { return unicode_error_field(s, 2); }
Value get_end(const Value& s) { return unicode_error_field(s, 3); }
Value get_reason(const Value& s) { return unicode_error_field(s, 4); }
void set_encoding(const Value& s, const Value& v) { set_field(s, 0, v); }
void set_object(const Value& s, const Value& v) { set_field(s, 1, v); }
void set_start(const Value& s, const Value& v) { set_field(s, 2, v); }
void set_end(const Value& s, const Value& v) { set_field(s, 3, v); }
void set_reason(const Value& s, const Value& v) { set_field(s, 4, v); }

}  // namespace

Value encode_str(const Value& str, const Value* encoding, const Value* errors, const char* who) {
  std::string_view enc = arg_string(encoding, who, "encoding", "utf-8");
  std::string_view err = arg_string(errors, who, "errors", "strict");
  const Codec& codec = lookup_codec(enc);
  const std::string& s = str_of(str)->s;
  if (codec.family == Family::Utf8 && !utf8_has_surrogates(s)) return make_bytes(s);
  if (codec.family == Family::Ascii && str_of(str)->ascii) return make_bytes(s);
  Encoder encoder{codec, str, error_handler(err), {}};
  encoder.run();
  return new_bytes(std::move(encoder.out));
}

Value decode_bytes(const Value& bytes, const Value* encoding, const Value* errors, const char* who) {
  std::string_view enc = arg_string(encoding, who, "encoding", "utf-8");
  std::string_view err = arg_string(errors, who, "errors", "strict");
  const Codec* codec = &lookup_codec(enc);
  std::string_view data = str_of(bytes)->s;
  size_t skip = 0;
  if (codec->order == Order::WithBom) {
    bool utf16 = codec->family == Family::Utf16;
    std::string_view le = utf16 ? std::string_view("\xFF\xFE", 2) : std::string_view("\xFF\xFE\0\0", 4);
    std::string_view be = utf16 ? std::string_view("\xFE\xFF", 2) : std::string_view("\0\0\xFE\xFF", 4);
    bool big = data.substr(0, be.size()) == be;
    if (big || data.substr(0, le.size()) == le) skip = le.size();
    codec = utf16 ? (big ? &kUtf16Be : &kUtf16Le) : (big ? &kUtf32Be : &kUtf32Le);
  }
  Decoder decoder{*codec, bytes, data, error_handler(err), skip, {}};
  if (codec->family == Family::Utf8 || codec->family == Family::Ascii) {
    bool ascii = true;
    for (unsigned char c : data)
      if (c >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii) return make_str_known(std::string(data), int64_t(data.size()), true);
  }
  decoder.run();
  return make_str_moved(std::move(decoder.out));
}

void init_unicode_error_types() {
  add_method(E::UnicodeEncodeError, "__init__", encode_error_init);
  add_method(E::UnicodeDecodeError, "__init__", decode_error_init);
  add_method(E::UnicodeEncodeError, "__str__", encode_error_str);
  add_method(E::UnicodeDecodeError, "__str__", decode_error_str);
  for (TypeObj* t : {E::UnicodeEncodeError, E::UnicodeDecodeError}) {
    add_getset(t, "encoding", get_encoding, set_encoding);
    add_getset(t, "object", get_object, set_object);
    add_getset(t, "start", get_start, set_start);
    add_getset(t, "end", get_end, set_end);
    add_getset(t, "reason", get_reason, set_reason);
  }
}

}  // namespace py
