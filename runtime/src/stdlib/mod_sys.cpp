// The sys module: argv, exit, stdout/stderr writers, recursion limit,
// maxsize, version_info, int_info, float_info, the int string-digit limit,
// platform, exc_info.
#include <fmt/format.h>

#include <unistd.h>

#include <cfloat>

#include "machines/async_generator_internal.h"
#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

TypeObj* stream_type = nullptr;
TypeObj* version_info_type = nullptr;
TypeObj* asyncgen_hooks_type = nullptr;
TypeObj* int_info_type = nullptr;
TypeObj* float_info_type = nullptr;

// sys.stdout / sys.stderr: write() goes through core's buffered writers so
// it interleaves correctly with print().
struct StreamObj : Object {
  bool is_stderr = false;
  explicit StreamObj(bool err) : Object(stream_type), is_stderr(err) {}
};

Value stream_write(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("write", nargs - 1, kw, 1);
  if (!isinstance_of(args[1], T::str))
    raise(E::TypeError, "write() argument must be str, not " + type_name(args[1]));
  auto* s = args[0].as<StreamObj>();
  std::string_view text = sv(args[1]);
  if (s->is_stderr) {
    flush_stdout();
    write_stderr(text);
  } else {
    write_stdout(text);
  }
  return Value::from_int(args[1].as<StrObj>()->length);
}

Value stream_flush(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("flush", nargs - 1, kw, 0);
  if (!args[0].as<StreamObj>()->is_stderr) flush_stdout();
  return Value::none();
}

Value stream_writelines(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("writelines", nargs - 1, kw, 1);
  Value it = iter(args[1]), line;
  while (next(it, line)) {
    Value call_args[2] = {args[0], line};
    stream_write(call_args, 2, nullptr);
  }
  return Value::none();
}

Value stream_repr(const Value& self) {
  return make_str(self.as<StreamObj>()->is_stderr ? "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"
                                                  : "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
}

// sys.stdin: lines read through core's stdin buffer (shared with input()).
TypeObj* stdin_type = nullptr;

Value stdin_repr(const Value&) { return make_str("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"); }

// The size argument of readline()/read(): only "all" (-1 or None) is
// supported; a count is refused rather than read wrongly.
void check_whole(const char* method, const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs(method, kw);
  if (nargs > 2) raise(E::TypeError, fmt::format("{} expected at most 1 argument, got {}", method, nargs - 1));
  if (nargs == 2 && !args[1].is_none() && !(args[1].is_int() && args[1].i() < 0))
    raise(E::NotImplementedError, fmt::format("sys.stdin.{}() with a size is not supported by pyco2cpp", method));
}

Value stdin_readline(const Value* args, size_t nargs, TupleObj* kw) {
  check_whole("readline", args, nargs, kw);
  std::string line;
  read_stdin_line(line);
  return make_str(line);
}

Value stdin_read(const Value* args, size_t nargs, TupleObj* kw) {
  check_whole("read", args, nargs, kw);
  return make_str(read_stdin_all());
}

Value stdin_readlines(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("readlines", nargs - 1, kw, 0);
  std::vector<Value> lines;
  std::string line;
  while (read_stdin_line(line)) lines.push_back(make_str(line));
  return make_list(std::move(lines));
}

bool stdin_next(const Value&, Value& out) {
  std::string line;
  if (!read_stdin_line(line)) return false;
  out = make_str(line);
  return true;
}

Value stdin_isatty(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("isatty", nargs - 1, kw, 0);
  return Value::from_bool(::isatty(0));
}

Value stdin_fileno(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("fileno", nargs - 1, kw, 0);
  return Value::from_int(0);
}

Value stream_isatty(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("isatty", nargs - 1, kw, 0);
  return Value::from_bool(false);
}

Value fn_exit(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("exit", kw);
  if (nargs > 1) raise(E::TypeError, "exit expected at most 1 argument, got " + std::to_string(nargs));
  Value exc = nargs ? call(Value::borrow(E::SystemExit), {args[0]}) : call(Value::borrow(E::SystemExit), {});
  raise_value(exc);
}

Value fn_getrecursionlimit(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("sys.getrecursionlimit", nargs, kw, 0);
  return Value::from_int(recursion_limit);
}

Value fn_setrecursionlimit(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("sys.setrecursionlimit", nargs, kw, 1);
  if (args[0].is_float()) raise(E::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n = index_value(args[0]);
  if (n < 1) raise(E::ValueError, "recursion limit must be greater or equal than 1");
  recursion_limit = int(n);
  return Value::none();
}

Value fn_exc_info(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("sys.exc_info", nargs, kw, 0);
  const Value& exc = current_exception();
  if (exc.is_none() || exc.is_unbound()) return make_tuple({Value::none(), Value::none(), Value::none()});
  return make_tuple({Value::borrow(type_of(exc)), exc, Value::none()});
}

Value fn_getsizeof(const Value* args, size_t nargs, TupleObj* kw) {
  no_kwargs("getsizeof", kw);
  if (nargs < 1 || nargs > 2) raise(E::TypeError, "getsizeof() takes at most 2 arguments");
  (void)args;
  raise(E::NotImplementedError, "sys.getsizeof() is not supported by pyco2cpp (object sizes differ from CPython)");
}

Value fn_intern(const Value* args, size_t nargs, TupleObj* kw) {
  exact_args("sys.intern", nargs, kw, 1);
  if (!isinstance_of(args[0], T::str)) raise(E::TypeError, "intern() argument must be str, not " + type_name(args[0]));
  return Value::borrow(intern(sv(args[0])));
}

const char* const kVersionFields[] = {"major", "minor", "micro", "releaselevel", "serial"};

Value version_info_repr(const Value& self) {
  auto& items = self.as<TupleObj>()->items;
  std::string out = "sys.version_info(";
  for (size_t i = 0; i < 5 && i < items.size(); ++i) {
    if (i) out += ", ";
    out += std::string(kVersionFields[i]) + "=" + repr_string(items[i]);
  }
  return make_str(out + ")");
}

// Field I of a struct sequence.
template <int I>
Value struct_field(const Value& self) {
  return self.as<TupleObj>()->items[I];
}

// sys.set_asyncgen_hooks([firstiter] [, finalizer]): an argument left out
// keeps that hook, None removes it.
Value fn_set_asyncgen_hooks(const Value* args, size_t nargs, TupleObj* kw) {
  Value given[2];
  parse_c_args(nullptr, {"firstiter", "finalizer"}, 0, args, nargs, kw, given);
  const char* names[2] = {"firstiter", "finalizer"};
  for (int i = 0; i < 2; ++i)
    if (given[i].is_bound() && !given[i].is_none() && !is_callable(given[i]))
      raise(E::TypeError, fmt::format("callable {} expected, got {}", names[i], type_name(given[i])));
  set_asyncgen_hooks(given[0].is_bound() ? &given[0] : nullptr, given[1].is_bound() ? &given[1] : nullptr);
  return Value::none();
}

// sys.get_asyncgen_hooks(): asyncgen_hooks(firstiter=..., finalizer=...), a tuple.
Value fn_get_asyncgen_hooks(const Value*, size_t nargs, TupleObj* kw) {
  exact_args("get_asyncgen_hooks", nargs, kw, 0);
  auto* hooks = new TupleObj();
  hooks->type = asyncgen_hooks_type;
  incref(asyncgen_hooks_type);
  Value first = asyncgen_firstiter(), final = asyncgen_finalizer();
  hooks->items = {first.is_bound() ? first : Value::none(), final.is_bound() ? final : Value::none()};
  return Value::steal(hooks);
}

Value asyncgen_hooks_repr(const Value& self) {
  auto& items = self.as<TupleObj>()->items;
  return make_str(fmt::format("asyncgen_hooks(firstiter={}, finalizer={})", repr_string(items[0]),
                              repr_string(items[1])));
}

Value int_info_repr(const Value& self) {
  auto& items = self.as<TupleObj>()->items;
  return make_str(fmt::format("sys.int_info(bits_per_digit={}, sizeof_digit={}, default_max_str_digits={}, "
                              "str_digits_check_threshold={})",
                              items[0].i(), items[1].i(), items[2].i(), items[3].i()));
}

constexpr int64_t kStrDigitsCheckThreshold = 640;

// sys.float_info: the C double's limits (<float.h>), in CPython's field order.
constexpr const char* kFloatInfoFields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                            "dig", "mant_dig", "epsilon", "radix", "rounds"};

Value float_info_repr(const Value& self) {
  auto& items = self.as<TupleObj>()->items;
  std::string out = "sys.float_info(";
  for (size_t i = 0; i < items.size(); ++i)
    out += fmt::format("{}{}={}", i ? ", " : "", kFloatInfoFields[i], repr_string(items[i]));
  return make_str(out + ")");
}

Value fn_get_int_max_str_digits(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("get_int_max_str_digits", nargs, kwnames, 0);
  return Value::from_int(int_max_str_digits);
}

Value fn_set_int_max_str_digits(const Value* args, size_t nargs, TupleObj* kwnames) {
  Value out[1];
  parse_c_args("set_int_max_str_digits", {"maxdigits"}, 1, args, nargs, kwnames, out);
  int64_t n = index_value(out[0]);
  if (n != 0 && n < kStrDigitsCheckThreshold) raise(E::ValueError, "maxdigits must be 0 or larger than 640");
  int_max_str_digits = n;
  return Value::none();
}

// A struct sequence of sys (version_info, asyncgen_hooks): a tuple whose
// items are also named fields, which programs cannot construct.
TypeObj* struct_sequence_type(const char* name, Value (*repr)(const Value&)) {
  TypeObj* t = new_builtin_type(name, T::tuple);
  t->module = "sys";
  inherit_slots(t, T::tuple);
  t->tp_new = nullptr;
  t->repr = repr;
  return t;
}

}  // namespace

void init_sys_module(ModuleObj* m) {
  if (!stream_type) {
    stream_type = new_builtin_type("TextIOWrapper", nullptr);
    stream_type->module = "_io";
    stream_type->repr = stream_repr;
    add_method(stream_type, "write", stream_write);
    add_method(stream_type, "flush", stream_flush);
    add_method(stream_type, "writelines", stream_writelines);
    add_method(stream_type, "isatty", stream_isatty);

    stdin_type = new_builtin_type("TextIOWrapper", nullptr);
    stdin_type->module = "_io";
    stdin_type->allows_subclassing = false;
    stdin_type->repr = stdin_repr;
    stdin_type->iter = [](const Value& self) { return self; };
    stdin_type->next = stdin_next;
    add_method(stdin_type, "readline", stdin_readline);
    add_method(stdin_type, "read", stdin_read);
    add_method(stdin_type, "readlines", stdin_readlines);
    add_method(stdin_type, "isatty", stdin_isatty);
    add_method(stdin_type, "fileno", stdin_fileno);

    version_info_type = struct_sequence_type("version_info", version_info_repr);
    add_getter(version_info_type, "major", struct_field<0>);
    add_getter(version_info_type, "minor", struct_field<1>);
    add_getter(version_info_type, "micro", struct_field<2>);
    add_getter(version_info_type, "releaselevel", struct_field<3>);
    add_getter(version_info_type, "serial", struct_field<4>);

    asyncgen_hooks_type = struct_sequence_type("asyncgen_hooks", asyncgen_hooks_repr);
    add_getter(asyncgen_hooks_type, "firstiter", struct_field<0>);
    add_getter(asyncgen_hooks_type, "finalizer", struct_field<1>);

    float_info_type = struct_sequence_type("float_info", float_info_repr);
    add_getter(float_info_type, kFloatInfoFields[0], struct_field<0>);
    add_getter(float_info_type, kFloatInfoFields[1], struct_field<1>);
    add_getter(float_info_type, kFloatInfoFields[2], struct_field<2>);
    add_getter(float_info_type, kFloatInfoFields[3], struct_field<3>);
    add_getter(float_info_type, kFloatInfoFields[4], struct_field<4>);
    add_getter(float_info_type, kFloatInfoFields[5], struct_field<5>);
    add_getter(float_info_type, kFloatInfoFields[6], struct_field<6>);
    add_getter(float_info_type, kFloatInfoFields[7], struct_field<7>);
    add_getter(float_info_type, kFloatInfoFields[8], struct_field<8>);
    add_getter(float_info_type, kFloatInfoFields[9], struct_field<9>);
    add_getter(float_info_type, kFloatInfoFields[10], struct_field<10>);

    int_info_type = struct_sequence_type("int_info", int_info_repr);
    add_getter(int_info_type, "bits_per_digit", struct_field<0>);
    add_getter(int_info_type, "sizeof_digit", struct_field<1>);
    add_getter(int_info_type, "default_max_str_digits", struct_field<2>);
    add_getter(int_info_type, "str_digits_check_threshold", struct_field<3>);
  }
  // run_main fills program_argv() before the body runs; outside a program
  // (unit tests) sys.argv starts as an empty list that the program shares.
  if (!program_argv().is_bound()) program_argv() = make_list({});
  module_add(m, "argv", program_argv());
  module_add(m, "stdout", Value::steal(new StreamObj(false)));
  module_add(m, "stderr", Value::steal(new StreamObj(true)));
  module_add(m, "stdin", Value::steal(new Object(stdin_type)));
  module_add(m, "__stdin__", getattr(Value::borrow(m), name("stdin")));
  module_add(m, "__stdout__", getattr(Value::borrow(m), name("stdout")));
  module_add(m, "__stderr__", getattr(Value::borrow(m), name("stderr")));
  module_add_fn(m, "exit", fn_exit);
  module_add_fn(m, "getrecursionlimit", fn_getrecursionlimit);
  module_add_fn(m, "setrecursionlimit", fn_setrecursionlimit);
  module_add_fn(m, "exc_info", fn_exc_info);
  module_add_fn(m, "set_asyncgen_hooks", fn_set_asyncgen_hooks);
  module_add_fn(m, "get_asyncgen_hooks", fn_get_asyncgen_hooks);
  module_add_fn(m, "getsizeof", fn_getsizeof);
  module_add_fn(m, "intern", fn_intern);
  module_add(m, "maxsize", Value::from_int(INT64_MAX));
  module_add(m, "maxunicode", Value::from_int(0x10ffff));
  module_add(m, "platform", make_str("linux"));
  module_add(m, "byteorder", make_str("little"));
  module_add(m, "version", make_str("3.11.7 (pyco2cpp)"));
  module_add(m, "hexversion", Value::from_int(0x030b07f0));
  module_add(m, "executable", make_str(""));
  module_add(m, "path", make_list({}));
  module_add(m, "modules", Value::borrow(imported_modules()));
  auto* vi = new TupleObj();
  vi->type = version_info_type;
  vi->items = {Value::from_int(3), Value::from_int(11), Value::from_int(7), make_str("final"), Value::from_int(0)};
  module_add(m, "version_info", Value::steal(vi));
  auto* ii = new TupleObj();
  ii->type = int_info_type;
  ii->items = {Value::from_int(30), Value::from_int(4), Value::from_int(4300), Value::from_int(kStrDigitsCheckThreshold)};
  module_add(m, "int_info", Value::steal(ii));
  auto* fi = new TupleObj();
  fi->type = float_info_type;
  fi->items = {Value::from_float(DBL_MAX), Value::from_int(DBL_MAX_EXP), Value::from_int(DBL_MAX_10_EXP),
               Value::from_float(DBL_MIN), Value::from_int(DBL_MIN_EXP), Value::from_int(DBL_MIN_10_EXP),
               Value::from_int(DBL_DIG), Value::from_int(DBL_MANT_DIG), Value::from_float(DBL_EPSILON),
               Value::from_int(FLT_RADIX), Value::from_int(1)};
  module_add(m, "float_info", Value::steal(fi));
  module_add_fn(m, "get_int_max_str_digits", fn_get_int_max_str_digits);
  module_add_fn(m, "set_int_max_str_digits", fn_set_int_max_str_digits);
}

}  // namespace py
