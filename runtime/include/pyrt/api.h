// What generated C++ calls (through pyrt/pyrt.h, the one header a compiled
// program includes): keep it free of heavy standard headers, every program
// pays for them.
//
// Conventions:
// - Every operation that can fail throws py::PyError (a Python exception).
// - Operations take `const Value&` and return a new Value.
// - Inline fast paths handle small ints and floats; everything else goes out
//   of line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "pyrt/frame.h"
#include "pyrt/value.h"

namespace py {

struct Object;
struct TupleObj;
struct FuncObj;
struct CellObj;

// A Python exception in flight, as a C++ exception.
struct PyError {
  Value exc;  // the exception instance
};

// ------------------------------------------------------------ constants
Value str_const(const char* utf8, size_t nbytes);  // interned, immortal
Value bytes_const(const char* data, size_t nbytes);
Value int_const(const char* decimal_digits);       // big int constants (small ones use from_int)
Value complex_const(double real, double imag);     // imaginary literals (1j): immortal
Value ellipsis();
Value not_implemented();

// ------------------------------------------------------------ truthiness
bool truthy_slow(const Value& v);
inline bool truthy(const Value& v) {
  switch (v.tag()) {
    case Tag::Bool:
    case Tag::Int: return v.i() != 0;
    case Tag::None: return false;
    case Tag::Float: return v.f() != 0.0;
    default: return truthy_slow(v);
  }
}

// ------------------------------------------------------------ arithmetic
// Out-of-line general versions (dunders, big ints, str/list concat, ...).
Value add_slow(const Value& a, const Value& b);
Value sub_slow(const Value& a, const Value& b);
Value mul_slow(const Value& a, const Value& b);
Value truediv(const Value& a, const Value& b);
Value floordiv_slow(const Value& a, const Value& b);
Value mod_slow(const Value& a, const Value& b);
Value pow(const Value& a, const Value& b);
Value lshift(const Value& a, const Value& b);
Value rshift(const Value& a, const Value& b);
Value bitand_(const Value& a, const Value& b);
Value bitor_(const Value& a, const Value& b);
Value bitxor_(const Value& a, const Value& b);
Value matmul(const Value& a, const Value& b);
Value neg_slow(const Value& a);
Value pos(const Value& a);
Value invert(const Value& a);
// In-place forms (`x += y`): __iadd__ etc., falling back to the binary op.
Value iadd_slow(const Value& a, const Value& b);
// `x += b` stored back into the variable x (a local, a frame field, a
// global), passed itself (not a copy): a str that only x references is
// appended to in place (CPython does the same), which keeps `s += t` loops
// linear. Otherwise x = iadd(x, b).
void iadd_into_slow(Value& var, const Value& b);
void iadd_int_into_slow(Value& var, int64_t k);  // `x += k`, k an int literal
Value isub_slow(const Value& a, const Value& b);
Value imul_slow(const Value& a, const Value& b);
Value itruediv(const Value& a, const Value& b);
Value ifloordiv(const Value& a, const Value& b);
Value imod(const Value& a, const Value& b);
Value ipow(const Value& a, const Value& b);
Value ilshift(const Value& a, const Value& b);
Value irshift(const Value& a, const Value& b);
Value ibitand(const Value& a, const Value& b);
Value ibitor(const Value& a, const Value& b);
Value ibitxor(const Value& a, const Value& b);
Value imatmul(const Value& a, const Value& b);

inline Value add(const Value& a, const Value& b) {
  int64_t r;
  if (a.is_int() && b.is_int() && !__builtin_add_overflow(a.i(), b.i(), &r)) return Value::from_int(r);
  if (a.is_float() && b.is_float()) return Value::from_float(a.f() + b.f());
  return add_slow(a, b);
}
inline Value sub(const Value& a, const Value& b) {
  int64_t r;
  if (a.is_int() && b.is_int() && !__builtin_sub_overflow(a.i(), b.i(), &r)) return Value::from_int(r);
  if (a.is_float() && b.is_float()) return Value::from_float(a.f() - b.f());
  return sub_slow(a, b);
}
inline Value mul(const Value& a, const Value& b) {
  int64_t r;
  if (a.is_int() && b.is_int() && !__builtin_mul_overflow(a.i(), b.i(), &r)) return Value::from_int(r);
  if (a.is_float() && b.is_float()) return Value::from_float(a.f() * b.f());
  return mul_slow(a, b);
}
inline Value floordiv(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int() && b.i() > 0) {
    int64_t q = a.i() / b.i();
    if ((a.i() % b.i()) < 0) --q;
    return Value::from_int(q);
  }
  return floordiv_slow(a, b);
}
inline Value mod(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int() && b.i() > 0) {
    int64_t r = a.i() % b.i();
    if (r < 0) r += b.i();
    return Value::from_int(r);
  }
  return mod_slow(a, b);
}
inline Value neg(const Value& a) {
  if (a.is_int() && a.i() != INT64_MIN) return Value::from_int(-a.i());
  if (a.is_float()) return Value::from_float(-a.f());
  return neg_slow(a);
}
inline Value not_(const Value& a) { return Value::from_bool(!truthy(a)); }

// In-place forms on numbers are the binary operation (ints and floats are
// immutable); other types may update in place (list +=, str += with one
// reference), out of line.
inline Value iadd(const Value& a, const Value& b) {
  int64_t r;
  if (a.is_int() && b.is_int() && !__builtin_add_overflow(a.i(), b.i(), &r)) return Value::from_int(r);
  if (a.is_float() && b.is_float()) return Value::from_float(a.f() + b.f());
  return iadd_slow(a, b);
}
inline Value isub(const Value& a, const Value& b) {
  int64_t r;
  if (a.is_int() && b.is_int() && !__builtin_sub_overflow(a.i(), b.i(), &r)) return Value::from_int(r);
  if (a.is_float() && b.is_float()) return Value::from_float(a.f() - b.f());
  return isub_slow(a, b);
}
inline Value imul(const Value& a, const Value& b) {
  int64_t r;
  if (a.is_int() && b.is_int() && !__builtin_mul_overflow(a.i(), b.i(), &r)) return Value::from_int(r);
  if (a.is_float() && b.is_float()) return Value::from_float(a.f() * b.f());
  return imul_slow(a, b);
}
// A small int or float sum changes only the variable's payload: one store,
// no reference to drop.
inline void iadd_into(Value& var, const Value& b) {
  int64_t r;
  if (var.is_int() && b.is_int() && !__builtin_add_overflow(var.i(), b.i(), &r)) {
    var.set_int_payload(r);
    return;
  }
  if (var.is_float() && b.is_float()) {
    var.set_float_payload(var.f() + b.f());
    return;
  }
  iadd_into_slow(var, b);
}
inline void iadd_int_into(Value& var, int64_t k) {
  int64_t r;
  if (var.is_int() && !__builtin_add_overflow(var.i(), k, &r)) [[likely]] {
    var.set_int_payload(r);
    return;
  }
  iadd_int_into_slow(var, k);
}

// ------------------------------------------------------------ comparisons
Value compare_slow(const Value& a, const Value& b, int op);  // op: 0..5 for < <= == != > >=
bool eq_bool_slow(const Value& a, const Value& b);

#define PYRT_CMP(name, op_index, cxx_op)                                                        \
  inline Value name(const Value& a, const Value& b) {                                            \
    if (a.is_int() && b.is_int()) return Value::from_bool(a.i() cxx_op b.i());                   \
    if (a.is_float() && b.is_float()) return Value::from_bool(a.f() cxx_op b.f());               \
    return compare_slow(a, b, op_index);                                                         \
  }
PYRT_CMP(lt, 0, <)
PYRT_CMP(le, 1, <=)
PYRT_CMP(eq, 2, ==)
PYRT_CMP(ne, 3, !=)
PYRT_CMP(gt, 4, >)
PYRT_CMP(ge, 5, >=)
#undef PYRT_CMP

// A comparison as an `if`/`while` test: the comparison, then the truth of
// its result (a rich comparison may return any object), as a C++ bool.
#define PYRT_CMP_TEST(name, op_index, cxx_op)                    \
  inline bool name(const Value& a, const Value& b) {             \
    if (a.is_int() && b.is_int()) return a.i() cxx_op b.i();     \
    if (a.is_float() && b.is_float()) return a.f() cxx_op b.f(); \
    return truthy(compare_slow(a, b, op_index));                 \
  }
PYRT_CMP_TEST(lt_test, 0, <)
PYRT_CMP_TEST(le_test, 1, <=)
PYRT_CMP_TEST(eq_test, 2, ==)
PYRT_CMP_TEST(ne_test, 3, !=)
PYRT_CMP_TEST(gt_test, 4, >)
PYRT_CMP_TEST(ge_test, 5, >=)
#undef PYRT_CMP_TEST

// `a == b` as a C++ bool (dict lookups, `in`, list.index...).
inline bool eq_bool(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.i() == b.i();
  return eq_bool_slow(a, b);
}
inline bool is_(const Value& a, const Value& b) { return a.same(b); }
bool contains(const Value& container, const Value& item);  // `item in container`

// ------------------------------------------------------------ objects
Value getattr(const Value& obj, const Value& name);  // name: interned str
void setattr(const Value& obj, const Value& name, const Value& value);
void delattr(const Value& obj, const Value& name);
Value getitem(const Value& obj, const Value& key);
void setitem(const Value& obj, const Value& key, const Value& value);
void delitem(const Value& obj, const Value& key);
Value make_slice(const Value& lower, const Value& upper, const Value& step);  // Unbound/None for missing

// ------------------------------------------------------------ calls
// args: nargs positional values then one value per name in kwnames (a tuple
// of interned strs, or null).
Value call(const Value& f, const Value* args, size_t nargs, TupleObj* kwnames = nullptr);
inline Value call(const Value& f, std::initializer_list<Value> args) {
  return call(f, args.begin(), args.size());
}
// f(*args, **kwargs): args is any iterable (usually a tuple), kwargs a dict or Unbound.
Value call_ex(const Value& f, const Value& args, const Value& kwargs);
// obj.name(args...) without making a bound method when avoidable.
Value call_method(const Value& obj, const Value& name, const Value* args, size_t nargs,
                  TupleObj* kwnames = nullptr);
inline Value call_method(const Value& obj, const Value& name, std::initializer_list<Value> args) {
  return call_method(obj, name, args.begin(), args.size());
}
TupleObj* kwnames_const(std::initializer_list<const char*> names);  // immortal tuple of interned strs
// The same calls, then the argument array (`total` values) is emptied: an
// argument dies as soon as the call returns, as on CPython's value stack
// (a generator passed to next() is finalised before the next statement).
Value call_drop(const Value& f, Value* args, size_t nargs, TupleObj* kwnames, size_t total);
Value call_method_drop(const Value& obj, const Value& name, Value* args, size_t nargs, TupleObj* kwnames,
                       size_t total);

// m.name(args...) where m is a global bound by `import m`: the call site
// remembers where name sits in the module's dict, so the next call reads
// that entry instead of hashing the name (a loop's `asyncio.sleep(0)`). The
// entry is used only while it still holds that very name, so a rebinding
// (`m.name = other`) is seen at once and a deletion falls back to the
// lookup. Anything but a module goes through call_method.
struct ModuleAttrSite {
  const void* dict = nullptr;  // the module dict the position is for
  uint32_t pos = 0;            // the name's entry in it
};
Value call_module_attr_drop(const Value& obj, const Value& name, ModuleAttrSite& site, Value* args, size_t nargs,
                            TupleObj* kwnames, size_t total);

// obj.name(args...) where evaluating an argument could be seen to happen
// first: the method is looked up before the arguments run (CPython's
// LOAD_METHOD), without making a bound method when avoidable:
//     py::MethodRef m = py::load_method(obj, name);   // AttributeError here
//     ... the arguments ...
//     py::call_loaded_method_drop(m, args, nargs, kwnames, total);
struct MethodRef {
  Value callable;  // the function to call with self prepended, or (self Unbound) the attribute itself
  Value self;
};
MethodRef load_method(const Value& obj, const Value& name);
// Calls it, then empties the argument array and the MethodRef.
Value call_loaded_method_drop(MethodRef& m, Value* args, size_t nargs, TupleObj* kwnames, size_t total);

// Direct call of a module-level function that only its `def` binds: if `f`
// is still the object that def made (`made_by_def`), and the call passes
// exactly its positional parameters (checked by codegen), `impl` runs with
// no binding work; otherwise the generic call. A def that runs again makes
// an object with the same impl, so the identity check stays sound.
inline Value call_known(const Value& f, const Object* made_by_def, Value (*impl)(FuncObj*, Value*),
                        Value* args, size_t nargs) {
  if (f.is_obj() && f.obj() == made_by_def) [[likely]]
    return impl(reinterpret_cast<FuncObj*>(f.obj()), args);  // FuncObj's Object base is at offset 0
  return call(f, args, nargs);
}

// ------------------------------------------------------------ functions
// Makes a function object. defaults: tuple or Unbound; kwdefaults: dict or
// Unbound; cells: the closure, one cell per free variable, in the order the
// body reads them back with func_cell(self_, i).
Value make_function(const CodeInfo* code, Value (*impl)(FuncObj*, Value*), const Value& defaults,
                    const Value& kwdefaults, std::initializer_list<Value> cells, const Value& module_name);
Value make_cell();                            // empty cell
Value make_cell(const Value& initial);
const Value& func_cell(FuncObj* f, size_t i);  // the i-th closure cell
// Reading a cell: raises NameError for an empty free variable / UnboundLocalError for an empty cell.
const Value& cell_get(const Value& cell, const char* name, bool is_free);
void cell_set(const Value& cell, const Value& v);
void cell_clear(const Value& cell, const char* name, bool is_free);  // `del x`

// ------------------------------------------------------------ classes
// ns: the dict the class body filled; class_cell: the `__class__` cell of
// methods using super() (or Unbound). Class keywords (metaclass=...) are
// rejected at compile time, so there are none to pass.
Value make_class(const char* name, const char* qualname, const Value& bases, const Value& ns,
                 const Value& class_cell);
Value make_super(const Value& class_cell, const Value& first_arg);  // zero-argument super()
// Class bodies: name lookup falls back from the namespace to globals.
Value* ns_lookup(const Value& ns, const Value& name);  // nullptr if absent
void ns_store(const Value& ns, const Value& name, const Value& v);
void ns_delete(const Value& ns, const Value& name);

// ------------------------------------------------------------ containers
Value new_list(std::initializer_list<Value> items);
Value new_tuple(std::initializer_list<Value> items);
Value new_set(std::initializer_list<Value> items);
// {1, 2, 3}: a set display of 3+ items that are all constants (CPython builds
// it through a frozenset constant, which gives another iteration order).
Value new_set_const(std::initializer_list<Value> items);
// A long set display, its items gathered in a list first (codegen's
// display()): new_set or, when every item is a constant, new_set_const.
Value list_to_set(const Value& list, bool all_constant);
Value new_dict();
void list_append(const Value& list, const Value& v);
void list_extend(const Value& list, const Value& iterable);  // [*x] displays
Value list_to_tuple(const Value& list);
// A long tuple constant of small ints, from the static array codegen writes.
Value tuple_of_ints(const int64_t* items, size_t n);
// A long list display of constants: a new list with a constant tuple's items.
Value list_from_tuple(const Value& tuple);
void set_add(const Value& set, const Value& v);
void set_update(const Value& set, const Value& iterable);
void dict_setitem(const Value& dict, const Value& key, const Value& value);
void dict_update(const Value& dict, const Value& mapping);   // {**x} displays
void dict_merge_kwargs(const Value& dict, const Value& mapping, const Value& func);  // f(**x): duplicates are TypeError
// a, b, c = v  -> out[0..n): "not enough values to unpack (expected 3, got 2)" / "too many values to unpack (expected 2)"
void unpack(const Value& v, Value* out, size_t n);
// a, *b, c = v -> out[0..before+1+after), out[before] is the list
void unpack_ex(const Value& v, Value* out, size_t before, size_t after);

// ------------------------------------------------------------ iteration
Value iter(const Value& v);
// CPython's tp_iternext: stores the next item in out and returns true, or
// returns false when exhausted. A StopIteration thrown out of it (by a
// callee: map's function, a class's __next__, ...) means exhausted as well,
// but is left to propagate: next(it) shows it as it was raised, and an
// iterator built on this one (map, enumerate, zip, ...) passes it on.
bool iternext(const Value& iterator, Value& out);
// CPython's PyIter_Next, for whatever consumes an iterator (for loops,
// list(), sum(), unpacking, `in`, ...): iternext, with a StopIteration
// thrown taken as the end (false). Only the iterator's own step is covered:
// a StopIteration from the consumer's own work (a key function) propagates.
bool next(const Value& iterator, Value& out);

struct MachineObj;
bool machine_next(MachineObj* g, Value& out);  // pyrt/machine.h

// The iterator of a `for` loop. `for i in range(...)` (the builtin range)
// counts in machine integers without making the range object; a list is
// walked by index (appends during the loop are seen, as in CPython); any
// other iterable goes through iter()/next().
class ForIter {
 public:
  ForIter() : kind_(Kind::Generic) {}  // a generator frame's member, assigned when its loop starts
  explicit ForIter(const Value& iterable);
  struct RangeCall {};
  ForIter(RangeCall, const Value* args, size_t nargs);  // range(*args), errors as range()

  // A range's next item leaves `out` alone when there is none, so a loop
  // over range() may pass its target variable itself.
  bool next(Value& out) {
    if (remaining_ != 0) [[likely]] {  // only a range counts down
      --remaining_;
      out = Value::from_int(cur_);
      cur_ = static_cast<int64_t>(static_cast<uint64_t>(cur_) + static_cast<uint64_t>(step_));
      return true;
    }
    if (kind_ == Kind::Range) return false;
    if (kind_ == Kind::Generator) return machine_next(reinterpret_cast<MachineObj*>(it_.obj()), out);
    return next_slow(out);
  }

 private:
  bool next_slow(Value& out);
  enum class Kind : uint8_t { Range, List, Generator, Generic } kind_;
  int64_t cur_ = 0, step_ = 1;
  uint64_t remaining_ = 0;
  Value it_;  // the list (Kind::List) or the iterator (Kind::Generic)
};

// ------------------------------------------------------------ strings
Value str(const Value& v);
Value repr(const Value& v);
Value ascii(const Value& v);
Value format(const Value& v, const Value& spec);  // format(v, spec): spec is a str or Unbound
// f-string: concatenates str parts
Value join_strs(const Value* parts, size_t n);

// ------------------------------------------------------------ names
[[noreturn]] void raise_name_error(const char* name);        // "name 'x' is not defined"
[[noreturn]] void raise_unbound_local(const char* name);     // "cannot access local variable 'x' where ..."
inline const Value& load_local(const Value& v, const char* name) {
  if (v.is_unbound()) [[unlikely]] raise_unbound_local(name);
  return v;
}
// A module global: unbound -> the builtin of that name, if any -> NameError.
const Value& load_global_slow(const Value& v, const char* name);
inline const Value& load_global(const Value& v, const char* name) {
  if (v.is_bound()) [[likely]] return v;
  return load_global_slow(v, name);
}
const Value& builtin(const char* name);  // a builtin by name (must exist)
Value import_module(const char* dotted_name);   // runtime-provided modules: sys, time, random, ...
// A module compiled from Python (pyco2cpp --module): its body's names go
// into the module's namespace.
struct ModuleObj;
void module_export(ModuleObj* module, const Value& name, const Value& value);
Value import_from(const Value& module, const Value& name);  // from m import name
// `from m import name` in a module compiled into the runtime: also finds the
// runtime's own helpers, which CPython's module lacks and a program cannot
// see (ModuleObj::hidden).
Value import_from_runtime(const Value& module, const Value& name);

// The program's module globals, for sys.modules['__main__']: its attributes
// are these variables (getattr reads one, setattr binds it, delattr unbinds
// it). The generated main() calls set_main_globals before run_main.
struct GlobalSlot {
  const char* name;
  Value* slot;
};
void set_main_globals(const GlobalSlot* slots, size_t count);

// ------------------------------------------------------------ exceptions
[[noreturn]] void raise(const Value& exc);                        // raise exc
[[noreturn]] void raise_from(const Value& exc, const Value& cause);  // raise exc from cause
[[noreturn]] void reraise();                                      // bare `raise`
[[noreturn]] void raise_assertion(const Value& msg);              // assert failed (msg may be Unbound)
bool exc_matches(const Value& exc, const Value& type_or_tuple);   // except T: (TypeError if not a class)

// Inside an `except` / `finally` handler: makes `exc` the exception being
// handled (sys.exc_info, __context__ of new raises, bare `raise`) and
// restores the previous one on exit. It also notes the catching frame: when
// the exception is printed as another's __context__/__cause__, or raised
// again with `raise e`, its traceback starts at that frame, as CPython's
// does; a bare `raise` (and a finally's rethrow) keeps the whole chain.
//
// `is_finally` marks a finally block's or a with statement's exceptional
// path; the runtime treats it like an `except` clause (the catching frame
// is noted either way), so the flag currently changes nothing.
class HandlerScope {
 public:
  explicit HandlerScope(PyError& e, bool is_finally = false);
  ~HandlerScope();
  const Value& exc() const { return exc_; }
  HandlerScope(const HandlerScope&) = delete;
  HandlerScope& operator=(const HandlerScope&) = delete;

 private:
  Value exc_;
};

// try/except* (see core/exception_group.cpp): built in the catch block with
// the exception caught; each clause asks match() for its part (Unbound:
// none; the handler then runs with it as the exception being handled and
// reports what it raises to handler_raised()); finish() raises what no
// clause handled together with what the handlers raised, or returns.
class ExceptStar {
 public:
  explicit ExceptStar(const Value& caught);
  Value match(const Value& type_or_tuple);
  void handler_raised(const Value& exc);
  void finish();

 private:
  Value orig_, rest_;
  Value raised_;  // a list, made at the first handler's exception
};

// `with` statement: enter() returns __enter__()'s value; exit_ok() calls
// __exit__(None, None, None); exit_exc() calls __exit__(type, exc, tb) and
// returns true if the exception is to be suppressed.
class WithContext {
 public:
  WithContext() = default;  // a generator frame's member, assigned when its with statement starts
  explicit WithContext(const Value& manager);
  Value enter();
  void exit_ok();
  bool exit_exc(const Value& exc);

 private:
  Value manager_, exit_;
};

// ------------------------------------------------------------ program
// Written before the generated `void module_body()`, which holds all the
// module-level code in one function. Module code mostly runs once, and g++
// spends more on optimising it at -O2 than most programs ever save: its
// time grows faster than the function (2-3.5x per doubling, at -O1 and -O2
// alike, and clang's too; a 400-statement module body takes 30 s at -O2,
// 13 s at -O1, 9 s at -O2 if cut into functions of 50 statements). On the
// test programs and bench/compile_100.py, -O1 for the module body cuts the
// whole file's -O2 compile by 1.3-2x (compile_100: 1.3-1.55 s -> 0.9-1 s of
// CPU), while a hot loop at module level runs about 1.3x slower (functions'
// loops are unaffected). Only GCC: clang has no per-function optimisation
// level short of optnone (-O0) and warns about the attribute. Not at -O0 or
// -Os either: the attribute would override the level the user chose.
#if defined(__GNUC__) && !defined(__clang__) && !defined(__INTEL_COMPILER) && defined(__OPTIMIZE__) && \
    !defined(__OPTIMIZE_SIZE__)
#define PYRT_MODULE_BODY __attribute__((optimize("O1")))
#else
#define PYRT_MODULE_BODY
#endif

// Runs the module body: sets up the runtime, sys.argv, runs `body`, prints
// an uncaught exception's traceback to stderr (CPython's format), handles
// SystemExit, then finalises as CPython's shutdown does, while the runtime
// is still alive: the objects that only the module globals (which
// `visit_globals` reports) or garbage cycles keep get their __del__ run,
// with every global still bound; then the globals are cleared
// (`clear_globals`) and the remaining cycles collected. Never returns: it
// flushes stdout and ends the process with _exit(status), so no C++ static
// destructor runs after the program.
[[noreturn]] void run_main(int argc, char** argv, const SourceInfo* source, void (*body)(),
                           void (*clear_globals)(), void (*visit_globals)(GcVisitor&));

// `pyco2cpp build --asyncio-legacy`: the generated main() calls this before
// run_main. asyncio then behaves as CPython 3.8-3.10's did where 3.11 removed
// the old forms: `asyncio.coroutine` exists (types.coroutine plus 3.10's
// DeprecationWarning) and asyncio.wait() wraps bare coroutines into tasks.
void set_asyncio_legacy(bool on);

}  // namespace py
