// Builtin functions about data: sorted, min/max, sum, abs, round, divmod,
// pow, any/all, chr/ord, hex/oct/bin, format, open.
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "data/bigint.h"
#include "data/data_util.h"
#include "data/str_impl.h"

namespace py {

namespace {

const Value* kw_only(const char* fname, const Value* args, size_t nargs, TupleObj* kw, const char* name,
                     std::initializer_list<const char*> allowed) {
  if (kw)
    for (const Value& k : kw->items) {
      bool ok = false;
      for (const char* a : allowed) ok = ok || sv(k) == a;
      if (!ok) raisef(E::TypeError, "{}() got an unexpected keyword argument '{}'", fname, sv(k));
    }
  return find_kwarg(args, nargs, kw, name);
}

Value b_sorted(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* key = kw_only("sorted", args, nargs, kw, "key", {"key", "reverse"});
  const Value* rev = find_kwarg(args, nargs, kw, "reverse");
  if (nargs != 1) {
    if (nargs == 0) raise(E::TypeError, "sorted expected 1 argument, got 0");
    raisef(E::TypeError, "sorted expected 1 argument, got {}", nargs);
  }
  return sorted_list(args[0], key ? *key : Value::none(), rev && truthy(*rev));
}

Value minmax(const Value* args, size_t nargs, TupleObj* kw, bool is_max) {
  const char* name = is_max ? "max" : "min";
  const Value* key = kw_only(name, args, nargs, kw, "key", {"key", "default"});
  const Value* dflt = find_kwarg(args, nargs, kw, "default");
  if (nargs == 0) raisef(E::TypeError, "{} expected at least 1 argument, got 0", name);
  if (nargs > 1 && dflt)
    raisef(E::TypeError, "Cannot specify a default for {}() with multiple positional arguments", name);
  bool use_key = key && !key->is_none();
  Value best, best_key;
  auto consider = [&](const Value& item) {
    Value k = use_key ? call(*key, {item}) : item;
    if (best.is_unbound()) {
      best = item;
      best_key = k;
      return;
    }
    bool better = is_max ? truthy(gt(k, best_key)) : truthy(lt(k, best_key));
    if (better) {
      best = item;
      best_key = k;
    }
  };
  if (nargs == 1) {
    TypeObj* t = type_of(args[0]);
    if (!t->iter && t->is_builtin) raisef(E::TypeError, "'{}' object is not iterable", type_name(args[0]));
    if (t == T::list || t == T::tuple) {
      std::vector<Value> items;
      collect(args[0], items);
      for (const Value& v : items) consider(v);
    } else {
      Value it = iter(args[0]);
      Value x;
      while (next(it, x)) consider(x);
    }
    if (best.is_unbound()) {
      if (dflt) return *dflt;
      raisef(E::ValueError, "{}() arg is an empty sequence", name);
    }
    return best;
  }
  for (size_t i = 0; i < nargs; ++i) consider(args[i]);
  return best;
}
Value b_max(const Value* a, size_t n, TupleObj* k) { return minmax(a, n, k, true); }
Value b_min(const Value* a, size_t n, TupleObj* k) { return minmax(a, n, k, false); }

Value b_sum(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* start_kw = kw_only("sum", args, nargs, kw, "start", {"start"});
  if (nargs == 0) raise(E::TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (nargs > 2) raisef(E::TypeError, "sum() takes at most 2 arguments ({} given)", nargs);
  Value acc = nargs > 1 ? args[1] : start_kw ? *start_kw : Value::from_int(0);
  if (is_str(acc)) raise(E::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(acc)) raise(E::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  Value it = iter(args[0]);
  TypeObj* t = type_of(it);
  Value x;
  // int fast path, then float (CPython also keeps an unboxed float sum; plain addition gives the same result)
  while (t->next ? next_by_slot(t->next, it, x) : next(it, x)) acc = add(acc, x);
  return acc;
}

Value b_abs(const Value* a, size_t n, TupleObj* k) {
  check_args("abs", n, k, 1, 1);
  Value r = number_unary(UNARY_ABS, a[0]);
  if (!(r.is_obj() && r.obj() == not_implemented().obj())) return r;
  static StrObj* name = intern("__abs__");
  Value d = call_dunder(a[0], name, nullptr, 0);
  if (d.is_bound()) return d;
  raisef(E::TypeError, "bad operand type for abs(): '{}'", type_name(a[0]));
}

Value b_round(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* nd_kw = find_kwarg(args, nargs, kw, "ndigits");
  const Value* num = nargs > 0 ? &args[0] : find_kwarg(args, nargs, kw, "number");
  if (!num) raise(E::TypeError, "round() missing required argument 'number' (pos 1)");
  if (nargs > 2) raisef(E::TypeError, "round() takes at most 2 arguments ({} given)", nargs);
  Value nd = nargs > 1 ? args[1] : nd_kw ? *nd_kw : Value();
  if (num->is_float()) return float_round(num->f(), nd);
  if (is_int_value(*num)) return int_round(*num, nd);
  static StrObj* name = intern("__round__");
  Value r = nd.is_bound() && !nd.is_none() ? call_dunder(*num, name, &nd, 1) : call_dunder(*num, name, nullptr, 0);
  if (r.is_bound()) return r;
  raisef(E::TypeError, "type {} doesn't define __round__ method", type_name(*num));
}

Value b_divmod(const Value* a, size_t n, TupleObj* k) {
  check_args("divmod", n, k, 2, 2);
  Value r = number_binop(BINOP_DIVMOD, a[0], a[1]);
  if (!(r.is_obj() && r.obj() == not_implemented().obj())) return r;
  static StrObj* dm = intern("__divmod__");
  static StrObj* rdm = intern("__rdivmod__");
  Value x = call_dunder(a[0], dm, &a[1], 1);
  if (x.is_bound() && !(x.is_obj() && x.obj() == not_implemented().obj())) return x;
  x = call_dunder(a[1], rdm, &a[0], 1);
  if (x.is_bound() && !(x.is_obj() && x.obj() == not_implemented().obj())) return x;
  raisef(E::TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(a[0]), type_name(a[1]));
}

Value b_pow(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* base = nargs > 0 ? &args[0] : find_kwarg(args, nargs, kw, "base");
  const Value* exp = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "exp");
  const Value* mod = nargs > 2 ? &args[2] : find_kwarg(args, nargs, kw, "mod");
  if (!base || !exp) raisef(E::TypeError, "pow() missing required argument '{}' (pos {})", base ? "exp" : "base", base ? 2 : 1);
  if (mod && !mod->is_none()) {
    // Three-argument pow calls only the base's __pow__(exp, mod): CPython's
    // slot for a class's power declines for any other operand, so there is
    // no __rpow__ with a modulus.
    if (!type_of(*base)->is_builtin) {
      static StrObj* pow_name = intern("__pow__");
      Value exp_mod[2] = {*exp, *mod};
      Value r = call_dunder(*base, pow_name, exp_mod, 2);
      if (r.is_bound() && !(r.is_obj() && r.obj() == not_implemented().obj())) return r;
    }
    return pow3(*base, *exp, *mod);
  }
  return pow(*base, *exp);
}

Value b_any(const Value* a, size_t n, TupleObj* k) {
  check_args("any", n, k, 1, 1);
  Value it = iter(a[0]);
  Value x;
  while (next(it, x))
    if (truthy(x)) return Value::from_bool(true);
  return Value::from_bool(false);
}
Value b_all(const Value* a, size_t n, TupleObj* k) {
  check_args("all", n, k, 1, 1);
  Value it = iter(a[0]);
  Value x;
  while (next(it, x))
    if (!truthy(x)) return Value::from_bool(false);
  return Value::from_bool(true);
}

Value b_chr(const Value* a, size_t n, TupleObj* k) {
  check_args("chr", n, k, 1, 1);
  if (a[0].is_float()) raise(E::TypeError, "'float' object cannot be interpreted as an integer");
  if (is_bigint(a[0])) raise(E::OverflowError, "Python int too large to convert to C int");
  int64_t cp = index_value(a[0]);
  if (cp < 0 || cp > 0x10ffff) raise(E::ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(uint32_t(cp));
}

Value b_ord(const Value* a, size_t n, TupleObj* k) {
  check_args("ord", n, k, 1, 1);
  if (is_str(a[0])) {
    StrObj* s = a[0].as<StrObj>();
    if (s->length != 1)
      raisef(E::TypeError, "ord() expected a character, but string of length {} found", s->length);
    int w;
    return Value::from_int(utf8_decode(s->s.data(), w));
  }
  if (is_bytes(a[0])) {
    std::string_view s = sv(a[0]);
    if (s.size() != 1) raisef(E::TypeError, "ord() expected a character, but string of length {} found", s.size());
    return Value::from_int((unsigned char)s[0]);
  }
  raisef(E::TypeError, "ord() expected string of length 1, but {} found", type_name(a[0]));
}

Value radix(const Value* a, size_t n, TupleObj* k, const char* name, int base, const char* prefix) {
  check_args(name, n, k, 1, 1);
  Value v = a[0];
  if (!is_int_value(v)) v = Value::from_int(index_value(v));
  std::string digits = int_to_string(v.is_bool() ? Value::from_int(v.i()) : v, base);
  bool neg = digits[0] == '-';
  if (neg) digits.erase(0, 1);
  return make_str((neg ? "-" : "") + std::string(prefix) + digits);
}
Value b_hex(const Value* a, size_t n, TupleObj* k) { return radix(a, n, k, "hex", 16, "0x"); }
Value b_oct(const Value* a, size_t n, TupleObj* k) { return radix(a, n, k, "oct", 8, "0o"); }
Value b_bin(const Value* a, size_t n, TupleObj* k) { return radix(a, n, k, "bin", 2, "0b"); }

Value b_format(const Value* a, size_t n, TupleObj* k) {
  check_args("format", n, k, 1, 2);
  if (n > 1 && !is_str(a[1])) raisef(E::TypeError, "format() argument 2 must be str, not {}", type_name(a[1]));
  return format(a[0], n > 1 ? a[1] : str_const("", 0));
}

// ------------------------------------------------------------ open()

struct FileObj : Object {
  FILE* fp = nullptr;
  std::string name, mode;
  bool binary = false, readable = false, writable = false;
  explicit FileObj(TypeObj* t) : Object(t) {}
  ~FileObj() override {
    if (fp) fclose(fp);
  }
};
TypeObj* file_type;

FileObj* F(const Value& v) { return v.as<FileObj>(); }

FileObj* open_file(const Value& self, const char* op) {
  FileObj* f = F(self);
  (void)op;
  if (!f->fp) raise(E::ValueError, "I/O operation on closed file.");
  return f;
}

Value text_of(FileObj* f, std::string data) {
  if (f->binary) return make_bytes(data);
  // universal newlines
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    if (data[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < data.size() && data[i + 1] == '\n') ++i;
    } else {
      out.push_back(data[i]);
    }
  }
  return make_str_moved(std::move(out));
}

std::string read_line_raw(FileObj* f) {
  std::string line;
  int c;
  while ((c = fgetc(f->fp)) != EOF) {
    line.push_back(char(c));
    if (c == '\n') break;
    if (c == '\r' && !f->binary) {
      int d = fgetc(f->fp);
      if (d != '\n' && d != EOF) ungetc(d, f->fp);
      else if (d == '\n') line.push_back('\n');
      break;
    }
  }
  return line;
}

Value f_read(const Value* a, size_t n, TupleObj* k) {
  check_args("read", n - 1, k, 0, 1);
  FileObj* f = open_file(a[0], "read");
  if (!f->readable) raise(E::OSError, "not readable");
  int64_t size = n > 1 && !a[1].is_none() ? index_value(a[1]) : -1;
  std::string data;
  if (size < 0) {
    char buf[65536];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, f->fp)) > 0) data.append(buf, got);
  } else {
    data.resize(size_t(size));
    data.resize(fread(data.data(), 1, size_t(size), f->fp));
  }
  return text_of(f, std::move(data));
}
Value f_readline(const Value* a, size_t n, TupleObj* k) {
  check_args("readline", n - 1, k, 0, 1);
  FileObj* f = open_file(a[0], "readline");
  return text_of(f, read_line_raw(f));
}
Value f_readlines(const Value* a, size_t n, TupleObj* k) {
  check_args("readlines", n - 1, k, 0, 1);
  FileObj* f = open_file(a[0], "readlines");
  std::vector<Value> lines;
  while (true) {
    std::string line = read_line_raw(f);
    if (line.empty()) break;
    lines.push_back(text_of(f, std::move(line)));
  }
  return make_list(std::move(lines));
}
Value f_write(const Value* a, size_t n, TupleObj* k) {
  check_args("write", n - 1, k, 1, 1);
  FileObj* f = open_file(a[0], "write");
  if (!f->writable) raise(E::OSError, "not writable");
  if (f->binary) {
    if (!is_bytes(a[1])) raisef(E::TypeError, "a bytes-like object is required, not '{}'", type_name(a[1]));
  } else if (!is_str(a[1])) {
    raisef(E::TypeError, "write() argument must be str, not {}", type_name(a[1]));
  }
  std::string_view s = sv(a[1]);
  fwrite(s.data(), 1, s.size(), f->fp);
  return Value::from_int(f->binary ? int64_t(s.size()) : a[1].as<StrObj>()->length);
}
Value f_writelines(const Value* a, size_t n, TupleObj* k) {
  check_args("writelines", n - 1, k, 1, 1);
  std::vector<Value> items;
  collect(a[1], items);
  for (const Value& v : items) {
    Value args2[2] = {a[0], v};
    f_write(args2, 2, nullptr);
  }
  return Value::none();
}
Value f_close(const Value* a, size_t, TupleObj*) {
  FileObj* f = F(a[0]);
  if (f->fp) fclose(f->fp);
  f->fp = nullptr;
  return Value::none();
}
Value f_flush(const Value* a, size_t, TupleObj*) {
  FileObj* f = open_file(a[0], "flush");
  fflush(f->fp);
  return Value::none();
}
Value f_enter(const Value* a, size_t, TupleObj*) {
  open_file(a[0], "enter");
  return a[0];
}
Value f_exit(const Value* a, size_t n, TupleObj* k) { return f_close(a, n, k), Value::none(); }
Value f_iter(const Value& self) {
  open_file(self, "iter");
  return self;
}
bool f_next(const Value& self, Value& out) {
  FileObj* f = open_file(self, "next");
  std::string line = read_line_raw(f);
  if (line.empty()) return false;
  out = text_of(f, std::move(line));
  return true;
}
Value f_repr(const Value& self) {
  FileObj* f = F(self);
  return make_str(fmt::format("<_io.TextIOWrapper name={} mode={} encoding='UTF-8'>", str_repr_string(f->name),
                              str_repr_string(f->mode)));
}
Value get_closed(const Value& self) { return Value::from_bool(F(self)->fp == nullptr); }
Value get_name(const Value& self) { return make_str(F(self)->name); }
Value get_mode(const Value& self) { return make_str(F(self)->mode); }

Value b_open(const Value* args, size_t nargs, TupleObj* kw) {
  const Value* file = nargs > 0 ? &args[0] : find_kwarg(args, nargs, kw, "file");
  const Value* mode_v = nargs > 1 ? &args[1] : find_kwarg(args, nargs, kw, "mode");
  if (!file) raise(E::TypeError, "open() missing required argument 'file' (pos 1)");
  if (!is_str(*file)) raisef(E::TypeError, "expected str, bytes or os.PathLike object, not {}", type_name(*file));
  std::string mode = mode_v ? std::string(sv(*mode_v)) : "r";
  auto* f = new FileObj(file_type);
  Value v = Value::steal(f);
  f->name = std::string(sv(*file));
  f->mode = mode;
  f->binary = mode.find('b') != std::string::npos;
  bool plus = mode.find('+') != std::string::npos;
  std::string cmode;
  if (mode.find('r') != std::string::npos) {
    cmode = plus ? "r+" : "r";
    f->readable = true;
    f->writable = plus;
  } else if (mode.find('w') != std::string::npos) {
    cmode = plus ? "w+" : "w";
    f->writable = true;
    f->readable = plus;
  } else if (mode.find('a') != std::string::npos) {
    cmode = plus ? "a+" : "a";
    f->writable = true;
    f->readable = plus;
  } else if (mode.find('x') != std::string::npos) {
    cmode = plus ? "wx+" : "wx";
    f->writable = true;
  } else {
    raisef(E::ValueError, "invalid mode: '{}'", mode);
  }
  f->fp = fopen(f->name.c_str(), (cmode + "b").c_str());
  if (!f->fp) {
    int err = errno;
    TypeObj* et = err == ENOENT ? E::FileNotFoundError : err == EACCES ? E::PermissionError
                : err == EISDIR ? E::IsADirectoryError : err == EEXIST ? E::OSError : E::OSError;
    raise(call(Value::borrow(et), {Value::from_int(err), make_str(strerror(err)), *file}));
  }
  return v;
}

// input([prompt]): the prompt, then a line of stdin without its newline;
// EOFError at end of input.
Value b_input(const Value* args, size_t nargs, TupleObj* kw) {
  check_args("input", nargs, kw, 0, 1);
  if (nargs == 1) write_stdout(sv(str(args[0])));
  flush_stdout();
  std::string line;
  if (!read_stdin_line(line)) raise(E::EOFError, "EOF when reading a line");
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return make_str(line);
}

Value b_register(const char* name, BuiltinFn fn) {
  Value f = make_builtin(name, fn);
  register_builtin(name, f);
  return f;
}

}  // namespace

void init_data_builtins() {
  b_register("sorted", b_sorted);
  b_register("max", b_max);
  b_register("min", b_min);
  b_register("sum", b_sum);
  b_register("abs", b_abs);
  b_register("round", b_round);
  b_register("divmod", b_divmod);
  b_register("pow", b_pow);
  b_register("any", b_any);
  b_register("all", b_all);
  b_register("chr", b_chr);
  b_register("ord", b_ord);
  b_register("hex", b_hex);
  b_register("input", b_input);
  b_register("oct", b_oct);
  b_register("bin", b_bin);
  b_register("format", b_format);
  b_register("open", b_open);
  for (TypeObj* t : {T::int_, T::float_, T::complex_, T::bool_, T::str, T::bytes, T::tuple, T::list, T::dict, T::set,
                     T::frozenset, T::range, T::slice})
    register_builtin(t->name.c_str(), Value::borrow(t));
  file_type = new_builtin_type("TextIOWrapper", nullptr);
  file_type->module = "_io";
  file_type->repr = f_repr;
  file_type->iter = f_iter;
  file_type->next = f_next;
  file_type->allows_subclassing = false;
  add_method(file_type, "read", f_read);
  add_method(file_type, "readline", f_readline);
  add_method(file_type, "readlines", f_readlines);
  add_method(file_type, "write", f_write);
  add_method(file_type, "writelines", f_writelines);
  add_method(file_type, "close", f_close);
  add_method(file_type, "flush", f_flush);
  add_method(file_type, "__enter__", f_enter);
  add_method(file_type, "__exit__", f_exit);
  add_getter(file_type, "closed", get_closed);
  add_getter(file_type, "name", get_name);
  add_getter(file_type, "mode", get_mode);
}

}  // namespace py
