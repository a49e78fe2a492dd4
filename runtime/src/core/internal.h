// Declarations shared inside the runtime (never included by generated code).
//
// Each section names the layer that defines it (runtime/CMakeLists.txt):
// "core" = object model, calls, exceptions, ops dispatch, builtins about
// objects, run_main; "data" = int/float/str/bytes/tuple/list/dict/set/
// range/slice/iterators/formatting and their builtins; "machines" = the
// generator type; "stdlib" = modules. Core includes no header of a later
// layer: what it calls there (their init functions, data's number helpers)
// is declared here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pyrt/api.h"
#include "core/object.h"

namespace py {

// ---- init order (core calls these from runtime init, in this order) ----
void init_core_types();   // core: makes every T:: and E:: TypeObj (names, bases, mro, dicts)
void init_data_types();   // data: fills slots and methods of int, float, str, ... ; registers their builtins
void init_machine_types();  // machines: makes the generator and frame types
void init_loop_types();     // loop: the event loop, handles, futures and tasks (asyncio)
void init_core_builtins();  // core: print, isinstance, type, ...
void init_modules();      // stdlib: registers every module's init function

// ---- registration (core) ----
void register_builtin(const char* name, const Value& v);
Value make_builtin(const char* name, BuiltinFn fn);  // a builtin function object
Value code_object(const CodeInfo* code);            // f.__code__, gi_code: one object per CodeInfo
// A native module: `init` is run on first import and fills the module dict.
void register_module(const char* name, void (*init)(ModuleObj* m));
void module_add(ModuleObj* m, const char* name, const Value& v);
void module_add_fn(ModuleObj* m, const char* name, BuiltinFn fn);
// sys.modules: the modules imported so far, by name (import looks there first).
DictObj* imported_modules();
// Everything registered so far, for the unit test that holds the runtime to
// its manifest (runtime/manifest/pyrt_manifest.def).
std::vector<std::string> registered_builtin_names();
std::vector<std::string> registered_module_names();

// ---- argument parsing for builtins (core) ----
// Checks nargs against [min, max] and that no keywords were passed, with
// CPython's messages ("len() takes exactly one argument (2 given)").
void check_args(const char* fname, size_t nargs, TupleObj* kwnames, size_t min, size_t max);
bool is_callable(const Value& v);  // the callable() builtin
// Finds keyword `name` among kwnames; returns its value pointer or nullptr.
const Value* find_kwarg(const Value* args, size_t nargs, TupleObj* kwnames, const char* name);

// ---- exceptions (core) ----
Value make_exception(TypeObj* type, std::string_view message);  // instance with args=(message,)
[[noreturn]] void raise_type_error(std::string message);
[[noreturn]] void raise_value_error(std::string message);
[[noreturn]] void raise_stop_iteration(const Value& value);
// CPython's printed form of an exception with its chain and traceback
// ("Traceback (most recent call last):" ... "ValueError: msg").
std::string format_exception(const Value& exc);
void print_exception(const Value& exc);  // format_exception to stderr (stdout flushed first)

// After changing a type's dict directly (not via add_method/add_attr/setattr):
// invalidates the attribute cache for it and its subclasses.
void type_modified(TypeObj* t);

// ---- runtime state (core) ----
void runtime_init();              // idempotent; run_main calls it
Value& program_argv();            // the list sys.argv is (filled by run_main)
const SourceInfo* main_source();  // the program's own file (run_main's), null before run_main
bool asyncio_legacy();             // set_asyncio_legacy(true) was called (--asyncio-legacy)
const Value& current_exception(); // the exception being handled (sys.exc_info), or None
int64_t len_of(const Value& v);   // len(v): slot, or __len__ of a class
Value call_dunder(const Value& obj, StrObj* name, const Value* args, size_t nargs);  // type(obj).name(obj, ...); Unbound if absent

// ---- iteration (core) ----
bool iternext_dunder(const Value& iterator, Value& out);  // a class's __next__
// py::iternext with a builtin iterator's slot called in place: for the steps
// of iterators built on others (map, zip, itertools), which run it per item.
inline bool iter_step(const Value& it, Value& out) {
  TypeObj* t = type_of(it);
  return t->next ? t->next(it, out) : iternext_dunder(it, out);
}
// py::next through a `next` slot the caller looked up once for its loop.
inline bool next_by_slot(bool (*slot)(const Value&, Value&), const Value& it, Value& out) {
  try {
    return slot(it, out);
  } catch (PyError& e) {
    if (isinstance_of(e.exc, E::StopIteration)) return false;
    throw;
  }
}

// ---- stdout (core) ----
void write_stdout(std::string_view s);
void write_stderr(std::string_view s);
void flush_stdout();
// stdin: the next line with its '\n' (the last may lack it; false at end
// of input), or all that is left.
bool read_stdin_line(std::string& line);
std::string read_stdin_all();

// ---- data helpers (data) ----
Value int_from_i64(int64_t v);                 // always small: Value::from_int
bool is_int_value(const Value& v);             // int or bool (small or big)
bool to_int64(const Value& v, int64_t& out);   // false if big or not an int
int64_t index_value(const Value& v);           // __index__: OverflowError / TypeError as CPython
double to_double(const Value& v);              // int/float/bool -> double, TypeError otherwise
std::string int_to_string(const Value& v, int base = 10);
extern int64_t int_max_str_digits;  // sys.set_int_max_str_digits(): 4300, 0 for none
Value int_from_string(std::string_view s, int base);  // int('x') semantics, ValueError on bad text
Value float_repr(double d);
std::string float_repr_string(double d);
std::string str_repr_string(std::string_view utf8);   // 'It''s' quoting as CPython
int64_t str_hash(StrObj* s);
Value str_from_codepoint(uint32_t cp);
Value str_getitem(const Value& s, const Value& key);
Value list_sort_inplace(const Value& list, const Value& key, bool reverse);


// ---- data: numbers (the binop/unaryop slots of int/float/bool use these) ----
constexpr int BINOP_DIVMOD = BINOP_COUNT + 1;  // divmod(a, b), only through number_binop
// Both operands numbers (bool/int/big int/float): the result; else NotImplemented.
// op: a BinOp value (flags allowed, ignored) or BINOP_DIVMOD.
Value number_binop(int op, const Value& a, const Value& b);
Value number_unary(int op, const Value& a);  // UnaryOp or UNARY_ABS; NotImplemented if not a number
constexpr int UNARY_ABS = UNARY_INVERT + 1;
// format(v, spec) for int, bool, float, complex, str (what their __format__ methods do).
Value format_builtin(const Value& v, std::string_view spec);

}  // namespace py
