// The format-spec mini-language (format(), f-strings, str.format) and
// printf-style `%` formatting, with CPython 3.11's output and messages.
#include <cmath>

#include "data/bigint.h"
#include "data/data_util.h"
#include "data/str_impl.h"

namespace py {

namespace {

struct Spec {
  uint32_t fill = ' ';
  char align = 0;
  char sign = 0;
  bool z = false;
  bool alt = false;
  int64_t width = -1;
  char grouping = 0;
  int64_t precision = -1;
  char type = 0;
};

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

Spec parse_spec(std::string_view spec, const Value& v, char default_align) {
  Spec s;
  std::u32string cps = utf8_to_u32(spec);
  size_t pos = 0, n = cps.size();
  bool fill_given = false, align_given = false;
  if (n >= 2 && is_align(cps[1])) {
    s.fill = cps[0];
    s.align = char(cps[1]);
    fill_given = align_given = true;
    pos = 2;
  } else if (n >= 1 && is_align(cps[0])) {
    s.align = char(cps[0]);
    align_given = true;
    pos = 1;
  }
  if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) s.sign = char(cps[pos++]);
  if (pos < n && cps[pos] == 'z') {
    s.z = true;
    ++pos;
  }
  if (pos < n && cps[pos] == '#') {
    s.alt = true;
    ++pos;
  }
  if (!fill_given && pos < n && cps[pos] == '0') {
    s.fill = '0';
    if (!align_given && default_align == '>') s.align = '=';
    ++pos;
  }
  auto digits = [&](int64_t& out) {
    size_t start = pos;
    int64_t val = 0;
    while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
      val = val * 10 + (cps[pos] - '0');
      if (val > (int64_t(1) << 40)) raise(E::ValueError, "Too many decimal digits in format string");
      ++pos;
    }
    if (pos > start) out = val;
    return pos > start;
  };
  digits(s.width);
  if (pos < n && cps[pos] == ',') {
    s.grouping = ',';
    ++pos;
  }
  if (pos < n && cps[pos] == '_') {
    if (s.grouping) raise(E::ValueError, "Cannot specify both ',' and '_'.");
    s.grouping = '_';
    ++pos;
  }
  if (pos < n && cps[pos] == ',') raise(E::ValueError, "Cannot specify both ',' and '_'.");
  if (pos < n && cps[pos] == '.') {
    ++pos;
    if (!digits(s.precision)) raise(E::ValueError, "Format specifier missing precision");
  }
  if (n - pos > 1)
    raisef(E::ValueError, "Invalid format specifier '{}' for object of type '{}'", spec, type_name(v));
  if (pos < n) s.type = char(cps[pos]);
  if (s.grouping) {
    char t = s.type;
    bool ok;
    if (s.grouping == ',')
      ok = t == 0 || t == 'd' || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%';
    else
      ok = t == 0 || t == 'd' || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' ||
           t == '%' || t == 'b' || t == 'o' || t == 'x' || t == 'X';
    if (!ok) {
      if (t < 0x20 || t > 0x7e) raisef(E::ValueError, "Cannot specify '{}' with '\\x{:x}'.", s.grouping, t);
      raisef(E::ValueError, "Cannot specify '{}' with '{}'.", s.grouping, t);
    }
  }
  return s;
}

int64_t cp_len(std::string_view s) {
  bool ascii;
  return utf8_count(s, ascii);
}

// Pads `body` (sign/prefix already split out for '=' alignment).
std::string align_text(const std::string& prefix, const std::string& body, const Spec& s, char default_align) {
  int64_t len = cp_len(prefix) + cp_len(body);
  char align = s.align ? s.align : default_align;
  if (s.width <= len) return prefix + body;
  int64_t pad = s.width - len;
  std::string fill;
  utf8_append(fill, s.fill);
  auto rep = [&](int64_t k) {
    std::string out;
    for (int64_t i = 0; i < k; ++i) out += fill;
    return out;
  };
  switch (align) {
    case '<': return prefix + body + rep(pad);
    case '^': return rep(pad / 2) + prefix + body + rep(pad - pad / 2);
    case '=': return prefix + rep(pad) + body;
    default: return rep(pad) + prefix + body;
  }
}

// Inserts separators into a run of digits; with zero padding the padding
// zeros are grouped too (CPython: format(1234, '09,') == '0,001,234').
std::string group_digits(const std::string& digits, char sep, int every, int64_t min_width) {
  std::string out;
  int64_t count = 0;
  auto push = [&](char c) {
    if (count > 0 && count % every == 0) out.push_back(sep);
    out.push_back(c);
    ++count;
  };
  for (size_t i = digits.size(); i-- > 0;) push(digits[i]);
  while (int64_t(out.size()) < min_width) push('0');
  return std::string(out.rbegin(), out.rend());
}

std::string sign_text(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

[[noreturn]] void unknown_format_code(char t, const Value& v) {
  if (t < 0x20 || t > 0x7e) raisef(E::ValueError, "Unknown format code '\\x{:x}' for object of type '{}'", t, type_name(v));
  raisef(E::ValueError, "Unknown format code '{}' for object of type '{}'", t, type_name(v));
}

Value format_int(const Value& v, const Spec& s) {
  char t = s.type;
  if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') return Value();
  if (s.precision >= 0) raise(E::ValueError, "Precision not allowed in integer format specifier");
  if (s.z) raise(E::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  bool negative = v.is_obj() ? v.as<IntObj>()->v.neg : v.i() < 0;
  std::string body, prefix;
  if (t == 'c') {
    if (s.sign) raise(E::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (s.alt) raise(E::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (!to_int64(v, cp) || cp < 0 || cp > 0x10ffff) raise(E::OverflowError, "%c arg not in range(0x110000)");
    utf8_append(body, uint32_t(cp));
    return make_str(align_text("", body, s, '>'));
  }
  int base = 10;
  switch (t) {
    case 0:
    case 'd':
    case 'n': break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x':
    case 'X': base = 16; break;
    default: unknown_format_code(t, v);
  }
  std::string digits = int_to_string(v.is_bool() ? Value::from_int(v.i()) : v, base);
  if (digits[0] == '-') digits.erase(0, 1);
  if (t == 'X')
    for (auto& c : digits) c = char(std::toupper((unsigned char)c));
  prefix = sign_text(negative, s.sign);
  if (s.alt && base != 10) prefix += t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
  if (s.grouping) {
    int64_t min_width = 0;
    if (s.fill == '0' && s.align == '=') min_width = s.width - int64_t(prefix.size());
    body = group_digits(digits, s.grouping, base == 10 ? 3 : 4, min_width);
  } else {
    body = digits;
  }
  return make_str(align_text(prefix, body, s, '>'));
}

// Whether a formatted float shows a '-': not for a NaN, nor with 'z' for a
// finite value that rounded to zero.
bool shows_minus(double d, const std::string& body, const Spec& s) {
  if (!std::signbit(d) || std::isnan(d)) return false;
  if (!s.z || !std::isfinite(d)) return true;
  for (char c : body)
    if (c >= '1' && c <= '9') return true;
  return false;
}

// Separators in the run of digits that starts a formatted float; with zero
// padding to `min_width` (the whole body's) the padding zeros too. inf and
// nan have no digits to group: their zero padding is plain fill.
std::string group_float_digits(const std::string& body, char sep, int64_t min_width) {
  size_t int_end = 0;
  while (int_end < body.size() && std::isdigit((unsigned char)body[int_end])) ++int_end;
  if (int_end == 0) return body;
  int64_t digits_width = min_width > 0 ? min_width - int64_t(body.size() - int_end) : 0;
  return group_digits(body.substr(0, int_end), sep, 3, digits_width) + body.substr(int_end);
}

Value format_float(double d, const Spec& s, const Value& v) {
  char t = s.type;
  switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: unknown_format_code(t, v);
  }
  double a = std::fabs(d);
  std::string body;
  if (t == '%') {
    body = format_float_body(a * 100, 'f', s.precision < 0 ? 6 : int(s.precision), s.alt) + "%";
  } else if (t == 0) {
    body = s.precision < 0 ? format_float_body(a, 'r', 0, s.alt) : format_float_body(a, 'z', int(s.precision), s.alt);
  } else {
    char bt = t == 'n' ? 'g' : t;
    body = format_float_body(a, bt, s.precision < 0 ? 6 : int(s.precision), s.alt);
  }
  std::string prefix = sign_text(shows_minus(d, body, s), s.sign);
  if (s.grouping) {
    int64_t min_width = s.fill == '0' && s.align == '=' ? s.width - int64_t(prefix.size()) : 0;
    body = group_float_digits(body, s.grouping, min_width);
  }
  return make_str(align_text(prefix, body, s, '>'));
}

// One part of a complex number for format_complex_internal, signed by
// `sign` (the spec's, or '+' for an imaginary part after a real one).
std::string complex_part(double d, char type, int precision, const Spec& s, char sign) {
  std::string body = format_float_body(std::fabs(d), type == 'r' ? 'R' : type, precision, s.alt);
  std::string prefix = sign_text(shows_minus(d, body, s), sign);
  if (s.grouping) body = group_float_digits(body, s.grouping, 0);  // (complex has no zero padding)
  return prefix + body;
}

Value format_str(const Value& v, const Spec& s) {
  if (s.type != 0 && s.type != 's') {
    if (s.type < 0x20 || s.type > 0x7e) raisef(E::ValueError, "Unknown format code '\\x{:x}' for object of type 'str'", s.type);
    raisef(E::ValueError, "Unknown format code '{}' for object of type 'str'", s.type);
  }
  if (s.sign) raise(E::ValueError, "Sign not allowed in string format specifier");
  if (s.alt) raise(E::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (s.z) raise(E::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (s.align == '=') raise(E::ValueError, "'=' alignment not allowed in string format specifier");
  std::string body(sv(v));
  if (s.precision >= 0 && cp_len(body) > s.precision) {
    StrObj* so = v.as<StrObj>();
    body = body.substr(0, cp_to_byte(so, s.precision));
  }
  if (s.width < 0 && s.precision < 0 && v.obj()->type == T::str) return v;
  return make_str(align_text("", body, s, '<'));
}

}  // namespace

// CPython's format_complex_internal: both parts formatted as floats, the
// imaginary one always signed; with no type, like repr (parentheses unless
// the real part, +0, is left out) but taking the spec's sign, width and
// precision (then 'g'). No zero padding, no '=' alignment, right-aligned.
Value format_complex(double re, double im, std::string_view spec, const Value& v) {
  Spec s = parse_spec(spec, v, '>');
  char type = s.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: unknown_format_code(type, v);
  }
  if (s.precision > 2147483647) raise(E::ValueError, "precision too big");
  if (s.fill == '0') raise(E::ValueError, "Zero padding is not allowed in complex format specifier");
  if (s.align == '=') raise(E::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  int default_precision = 6;
  bool skip_re = false, add_parens = false;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && !std::signbit(re)) skip_re = true;
    else add_parens = true;
  }
  if (type == 'n') type = 'g';
  int precision = int(s.precision);
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string body;
  if (!skip_re) body = complex_part(re, type, precision, s, s.sign);
  body += complex_part(im, type, precision, s, skip_re ? s.sign : '+') + "j";
  if (add_parens) body = "(" + body + ")";
  return make_str(align_text("", body, s, '>'));
}

Value format_builtin(const Value& v, std::string_view spec) {
  if (is_complex(v)) {
    auto* c = v.as<ComplexObj>();
    if (spec.empty()) return make_str(complex_repr_string(c->real, c->imag));
    return format_complex(c->real, c->imag, spec, v);
  }
  if (is_str(v)) {
    if (spec.empty()) return v.obj()->type == T::str ? v : make_str(sv(v));
    return format_str(v, parse_spec(spec, v, '<'));
  }
  if (v.is_bool() && spec.empty()) return make_str(v.b() ? "True" : "False");
  if (v.is_int() || v.is_bool() || is_bigint(v)) {
    if (spec.empty()) return make_str(int_to_string(v));
    Spec s = parse_spec(spec, v, '>');
    Value r = format_int(v, s);
    if (r.is_bound()) return r;
    return format_float(to_double(v), s, v);
  }
  if (v.is_float()) {
    if (spec.empty()) return float_repr(v.f());
    return format_float(v.f(), parse_spec(spec, v, '>'), v);
  }
  if (spec.empty()) return str(v);
  raisef(E::TypeError, "unsupported format string passed to {}.__format__", type_name(v));
}

// ------------------------------------------------------------ str.format

namespace {

struct FormatState {
  const Value* args;
  size_t nargs;
  const Value* kwvalues;  // parallel to kwnames
  TupleObj* kwnames;
  const Value* mapping;   // format_map
  int auto_index = 0;
  int mode = 0;  // 0 unknown, 1 auto, 2 manual
};

Value lookup_kw(FormatState& st, std::string_view name) {
  if (st.mapping) return getitem(*st.mapping, make_str(name));
  if (st.kwnames)
    for (size_t i = 0; i < st.kwnames->items.size(); ++i)
      if (sv(st.kwnames->items[i]) == name) return st.kwvalues[i];
  raise(call(Value::borrow(E::KeyError), {make_str(name)}));
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

Value resolve_field(FormatState& st, std::string_view field) {
  size_t end = 0;
  while (end < field.size() && field[end] != '.' && field[end] != '[') ++end;
  std::string_view first = field.substr(0, end);
  Value obj;
  if (first.empty()) {
    if (st.mode == 2) raise(E::ValueError, "cannot switch from manual field specification to automatic field numbering");
    st.mode = 1;
    int idx = st.auto_index++;
    if (st.mapping || size_t(idx) >= st.nargs)
      raisef(E::IndexError, "Replacement index {} out of range for positional args tuple", idx);
    obj = st.args[idx];
  } else if (all_digits(first)) {
    if (st.mode == 1) raise(E::ValueError, "cannot switch from automatic field numbering to manual field specification");
    st.mode = 2;
    size_t idx = std::stoul(std::string(first));
    if (st.mapping || idx >= st.nargs)
      raisef(E::IndexError, "Replacement index {} out of range for positional args tuple", idx);
    obj = st.args[idx];
  } else {
    obj = lookup_kw(st, first);
  }
  size_t pos = end;
  while (pos < field.size()) {
    if (field[pos] == '.') {
      size_t e = pos + 1;
      while (e < field.size() && field[e] != '.' && field[e] != '[') ++e;
      std::string_view attr = field.substr(pos + 1, e - pos - 1);
      if (attr.empty()) raise(E::ValueError, "Empty attribute in format string");
      obj = getattr(obj, Value::borrow(intern(attr)));
      pos = e;
    } else if (field[pos] == '[') {
      size_t e = field.find(']', pos);
      if (e == std::string_view::npos) raise(E::ValueError, "Missing ']' in format string");
      std::string_view key = field.substr(pos + 1, e - pos - 1);
      if (key.empty()) raise(E::ValueError, "Empty attribute in format string");
      Value k = all_digits(key) ? Value::from_int(int64_t(std::stoll(std::string(key)))) : make_str(key);
      obj = getitem(obj, k);
      pos = e + 1;
      if (pos < field.size() && field[pos] != '.' && field[pos] != '[')
        raise(E::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    } else {
      raise(E::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

std::string vformat(FormatState& st, std::string_view f, int depth);

std::string render_field(FormatState& st, std::string_view inner, int depth) {
  // inner: field_name[!conv][:spec]
  size_t i = 0;
  int bracket = 0;
  while (i < inner.size()) {
    char c = inner[i];
    if (c == '[') bracket = 1;
    else if (c == ']') bracket = 0;
    else if (!bracket && (c == '!' || c == ':')) break;
    ++i;
  }
  std::string_view name = inner.substr(0, i);
  char conv = 0;
  std::string_view spec;
  if (i < inner.size() && inner[i] == '!') {
    if (i + 1 >= inner.size()) raise(E::ValueError, "end of string while looking for conversion specifier");
    conv = inner[i + 1];
    i += 2;
    if (i < inner.size() && inner[i] != ':') raise(E::ValueError, "expected ':' after conversion specifier");
  }
  if (i < inner.size() && inner[i] == ':') spec = inner.substr(i + 1);
  Value obj = resolve_field(st, name);
  switch (conv) {
    case 0: break;
    case 'r': obj = repr(obj); break;
    case 's': obj = str(obj); break;
    case 'a': obj = ascii(obj); break;
    default: raisef(E::ValueError, "Unknown conversion specifier {}", conv);
  }
  std::string spec_text(spec);
  if (spec.find('{') != std::string_view::npos) {
    if (depth >= 2) raise(E::ValueError, "Max string recursion exceeded");
    spec_text = vformat(st, spec, depth + 1);
  }
  Value r = format(obj, make_str(spec_text));
  return std::string(sv(r));
}

std::string vformat(FormatState& st, std::string_view f, int depth) {
  std::string out;
  size_t i = 0, n = f.size();
  while (i < n) {
    char c = f[i];
    if (c == '}') {
      if (i + 1 < n && f[i + 1] == '}') {
        out.push_back('}');
        i += 2;
        continue;
      }
      raise(E::ValueError, "Single '}' encountered in format string");
    }
    if (c != '{') {
      out.push_back(c);
      ++i;
      continue;
    }
    if (i + 1 < n && f[i + 1] == '{') {
      out.push_back('{');
      i += 2;
      continue;
    }
    // find the matching '}'
    size_t j = i + 1;
    int level = 1;
    while (j < n) {
      if (f[j] == '{') ++level;
      else if (f[j] == '}' && --level == 0) break;
      ++j;
    }
    if (j >= n) {
      if (i + 1 >= n) raise(E::ValueError, "Single '{' encountered in format string");
      raise(E::ValueError, "expected '}' before end of string");
    }
    out += render_field(st, f.substr(i + 1, j - i - 1), depth);
    i = j + 1;
  }
  return out;
}

}  // namespace

Value str_format_method(const Value* args, size_t nargs, TupleObj* kwnames) {
  FormatState st{args + 1, nargs - 1, args + nargs, kwnames, nullptr};
  return make_str_moved(vformat(st, sv(args[0]), 0));
}

Value str_format_map_method(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("format_map", nargs - 1, kwnames, 1, 1);
  FormatState st{nullptr, 0, nullptr, nullptr, &args[1]};
  return make_str_moved(vformat(st, sv(args[0]), 0));
}

// ------------------------------------------------------------ printf-style %

namespace {

std::string pad_printf(std::string body, int64_t width, bool left, char fill, size_t sign_len, bool bytes) {
  int64_t len = bytes ? int64_t(body.size()) : cp_len(body);
  if (width <= len) return body;
  size_t pad = size_t(width - len);
  if (left) return body + std::string(pad, ' ');
  if (fill == '0') return body.substr(0, sign_len) + std::string(pad, '0') + body.substr(sign_len);
  return std::string(pad, ' ') + body;
}

// What bytes formatting's %s and %b take: a bytes, or what __bytes__ returns.
std::string bytes_operand(const Value& arg) {
  if (is_bytes(arg)) return str_of(arg)->s;
  if (arg.is_obj() && !type_of(arg)->is_builtin) {
    Value method = type_lookup(type_of(arg), intern("__bytes__"));
    if (method.is_bound()) {
      Value b = call(method, {arg});
      if (!is_bytes(b)) raisef(E::TypeError, "__bytes__ returned non-bytes (type {})", type_name(b));
      return str_of(b)->s;
    }
  }
  raisef(E::TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
         type_name(arg));
}

// printf-style formatting of str (PyUnicode_Format) and of bytes
// (_PyBytes_FormatEx): one parser, the conversions differ where CPython's do.
std::string printf_format(std::string_view f, const Value& argsv, bool bytes) {
  std::vector<Value> args;
  bool tuple_args = is_tuple(argsv);
  if (tuple_args) args = argsv.as<TupleObj>()->items;
  else args.push_back(argsv);
  bool is_mapping = !tuple_args && !is_str(argsv) && !is_bytes(argsv) &&
                    (is_dict(argsv) || type_of(argsv)->getitem != nullptr);
  size_t argi = 0;
  bool used_mapping = false;
  auto next_arg = [&]() -> Value {
    if (argi >= args.size()) raise(E::TypeError, "not enough arguments for format string");
    return args[argi++];
  };
  std::string out;
  size_t i = 0, n = f.size();
  while (i < n) {
    char c = f[i];
    if (c != '%') {
      size_t j = f.find('%', i);
      if (j == std::string_view::npos) j = n;
      out.append(f.substr(i, j - i));
      i = j;
      continue;
    }
    size_t start = i;
    ++i;
    if (i >= n) raise(E::ValueError, "incomplete format");
    Value arg;
    bool have_arg = false;
    if (f[i] == '(') {
      if (!is_mapping) raise(E::TypeError, "format requires a mapping");
      int level = 1;
      size_t j = i + 1;
      while (j < n && level > 0) {
        if (f[j] == '(') ++level;
        else if (f[j] == ')') --level;
        ++j;
      }
      if (level > 0) raise(E::ValueError, "incomplete format key");
      std::string_view key = f.substr(i + 1, j - i - 2);
      arg = getitem(argsv, bytes ? new_bytes(std::string(key)) : make_str(key));
      have_arg = true;
      used_mapping = true;
      i = j;
    }
    bool left = false, plus = false, space = false, alt = false, zero = false;
    while (i < n) {
      char fl = f[i];
      if (fl == '-') left = true;
      else if (fl == '+') plus = true;
      else if (fl == ' ') space = true;
      else if (fl == '#') alt = true;
      else if (fl == '0') zero = true;
      else break;
      ++i;
    }
    int64_t width = -1, prec = -1;
    if (i < n && f[i] == '*') {
      Value w = next_arg();
      if (!is_int_value(w)) raise(E::TypeError, "* wants int");
      width = w.i();
      if (width < 0) {
        left = true;
        width = -width;
      }
      ++i;
    } else {
      while (i < n && std::isdigit((unsigned char)f[i])) width = (width < 0 ? 0 : width) * 10 + (f[i++] - '0');
    }
    if (i < n && f[i] == '.') {
      ++i;
      prec = 0;
      if (i < n && f[i] == '*') {
        Value p = next_arg();
        if (!is_int_value(p)) raise(E::TypeError, "* wants int");
        prec = p.i();
        ++i;
      } else {
        while (i < n && std::isdigit((unsigned char)f[i])) prec = prec * 10 + (f[i++] - '0');
      }
    }
    while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;
    if (i >= n) raise(E::ValueError, "incomplete format");
    char t = f[i++];
    if (t == '%') {
      out.push_back('%');
      continue;
    }
    if (!have_arg) arg = next_arg();
    std::string body;
    size_t sign_len = 0;
    char fill = (zero && !left) ? '0' : ' ';
    switch (t) {
      case 'b':
        if (!bytes) raisef(E::ValueError, "unsupported format character '{}' (0x{:x}) at index {}", t, int(t), i - 1);
        [[fallthrough]];
      case 's':
        if (bytes) {
          body = bytes_operand(arg);
          if (prec >= 0 && int64_t(body.size()) > prec) body.resize(size_t(prec));
          fill = ' ';
          break;
        }
        [[fallthrough]];
      case 'r':
      case 'a': {
        // (bytes take ascii() for both: their result must be ASCII)
        Value s = t == 's' ? str(arg) : (t == 'r' && !bytes) ? repr(arg) : ascii(arg);
        body = std::string(sv(s));
        if (prec >= 0 && cp_len(body) > prec) body = body.substr(0, cp_to_byte(s.as<StrObj>(), prec));
        fill = ' ';
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        Value iv;
        if (is_int_value(arg)) {
          iv = arg.is_bool() ? Value::from_int(arg.i()) : arg;
        } else if (is_int_value(num_value(arg))) {  // (an int subclass: its value, no __int__)
          iv = num_value(arg);
        } else if (arg.is_float() && (t == 'd' || t == 'i' || t == 'u')) {
          iv = int_from_double(arg.f());
        } else if (t == 'd' || t == 'i' || t == 'u') {
          if (arg.is_obj() && !type_of(arg)->is_builtin) {
            iv = call(Value::borrow(T::int_), {arg});
          } else {
            raisef(E::TypeError, "%{} format: a real number is required, not {}", t, type_name(arg));
          }
        } else {
          if (arg.is_obj() && !type_of(arg)->is_builtin) iv = Value::from_int(index_value(arg));
          else raisef(E::TypeError, "%{} format: an integer is required, not {}", t, type_name(arg));
        }
        int base = (t == 'o') ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
        std::string digits = int_to_string(iv, base);
        bool neg = digits[0] == '-';
        if (neg) digits.erase(0, 1);
        if (t == 'X')
          for (auto& ch : digits) ch = char(std::toupper((unsigned char)ch));
        if (prec > int64_t(digits.size())) digits.insert(0, size_t(prec - int64_t(digits.size())), '0');
        std::string prefix = neg ? "-" : plus ? "+" : space ? " " : "";
        if (alt && base != 10) prefix += t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
        sign_len = prefix.size();
        body = prefix + digits;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (arg.is_float()) d = arg.f();
        else if (is_int_value(arg)) d = to_double(arg);
        else if (arg.is_obj() && !type_of(arg)->is_builtin) d = to_double(arg);
        else if (bytes) raisef(E::TypeError, "float argument required, not {}", type_name(arg));
        else raisef(E::TypeError, "must be real number, not {}", type_name(arg));
        bool neg = std::signbit(d) && !std::isnan(d);
        std::string digits = format_float_body(std::fabs(d), t, prec < 0 ? 6 : int(prec), alt);
        std::string prefix = neg ? "-" : plus ? "+" : space ? " " : "";
        sign_len = prefix.size();
        body = prefix + digits;
        if (!std::isfinite(d)) fill = ' ';
        break;
      }
      case 'c': {
        if (bytes) {
          int64_t byte;
          if (is_bytes(arg) && str_of(arg)->s.size() == 1) {
            body = str_of(arg)->s;
          } else if (is_int_value(num_value(arg))) {
            if (!to_int64(arg, byte) || byte < 0 || byte > 255) raise(E::OverflowError, "%c arg not in range(256)");
            body = std::string(1, char(byte));
          } else {
            raise(E::TypeError, "%c requires an integer in range(256) or a single byte");
          }
        } else if (is_str(arg)) {
          if (arg.as<StrObj>()->length != 1) raise(E::TypeError, "%c requires int or char");
          body = std::string(sv(arg));
        } else if (is_int_value(num_value(arg))) {
          int64_t cp;
          if (!to_int64(arg, cp) || cp < 0 || cp > 0x10ffff) raise(E::OverflowError, "%c arg not in range(0x110000)");
          utf8_append(body, uint32_t(cp));
        } else {
          raise(E::TypeError, "%c requires int or char");
        }
        fill = ' ';
        break;
      }
      default:
        raisef(E::ValueError, "unsupported format character '{}' (0x{:x}) at index {}", t, int(t), i - 1);
    }
    (void)start;
    out += pad_printf(std::move(body), width, left, fill, sign_len, bytes);
  }
  if (argi < args.size() && !is_mapping && !used_mapping)
    raisef(E::TypeError, "not all arguments converted during {} formatting", bytes ? "bytes" : "string");
  return out;
}

}  // namespace

Value str_mod(const Value& fmtv, const Value& argsv) { return make_str_moved(printf_format(sv(fmtv), argsv, false)); }

Value bytes_mod(const Value& fmtv, const Value& argsv) {
  return new_bytes(printf_format(str_of(fmtv)->s, argsv, true));
}

}  // namespace py
