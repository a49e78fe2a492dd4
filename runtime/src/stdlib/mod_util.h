// Helpers shared by the native modules (mod_*.cpp): argument binding with
// the messages CPython gives for Python-level functions, and small wrappers
// over the generic object API.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/internal.h"

namespace py::modutil {

// An interned name as a Value (interned strs are immortal).
inline Value name(const char* s) { return Value::borrow(intern(s)); }

inline Value none() { return Value::none(); }

// len(v) through the builtin, so user classes with __len__ work.
inline int64_t length(const Value& v) { return len_of(v); }

// The signature of a module function written in Python in CPython
// (random.py, heapq.py, functools.py...), bound the way CPython binds a
// Python function, with its TypeError messages. `display` is what the
// messages name ("Random.randint"); `self_counted` adds one to the counts
// in "takes N positional arguments" (a bound method's self).
struct Signature {
  const char* display;
  std::initializer_list<const char*> params;  // positional-or-keyword first, then keyword-only
  size_t npositional;                          // how many of params are positional-or-keyword
  size_t nrequired;                            // leading positional params without default
  bool self_counted = false;
  bool varargs = false;                        // extra positionals are collected, not an error
};

// Fills out[0..params.size()) (Unbound where the caller gave nothing) and,
// if sig.varargs, extra positionals into *rest. Raises TypeError as CPython.
void bind(const Signature& sig, const Value* args, size_t nargs, TupleObj* kwnames, Value* out,
          std::vector<Value>* rest = nullptr);

// A Python function whose parameters, known only at run time, are all
// positional-or-keyword (namedtuple's __new__): bound as `bind` binds.
void bind_positional(std::string_view display, const std::vector<std::string>& params, size_t nrequired,
                     bool self_counted, const Value* args, size_t nargs, TupleObj* kwnames, Value* out);

// C functions parsed with PyArg_ParseTupleAndKeywords: `fname` null gives
// CPython's "function takes at most 3 arguments (4 given)" wording, else
// "__new__() takes ...". Fills out[0..names.size()) (Unbound = not given).
void parse_c_args(const char* fname, std::initializer_list<const char*> names, size_t nrequired,
                  const Value* args, size_t nargs, TupleObj* kwnames, Value* out);

// C-implemented callables (argument clinic): "f() takes no keyword arguments".
void no_kwargs(const char* display, TupleObj* kwnames);
// "f() takes no arguments (1 given)" / "f() takes exactly one argument (2 given)".
void exact_args(const char* display, size_t nargs, TupleObj* kwnames, size_t n);

// CPython's int(x) for a float that must be integral (randrange's legacy path).
bool float_is_integral(double d);

// functools.update_wrapper(wrapper, wrapped) with its defaults (what
// functools.wraps does): the wrapped callable's name, doc, __dict__ and
// __wrapped__ set on the wrapper.
Value wraps(const Value& wrapper, const Value& wrapped);

// Builtin subtypes of builtin types (struct_time of tuple, defaultdict of
// dict): new_builtin_type does not copy slots, so the subtype takes its
// base's slots here and then overrides the ones it changes.
void inherit_slots(TypeObj* type, const TypeObj* base);

// An `__init__` that accepts anything: for builtin types that construct
// fully in tp_new but whose base has an __init__ (dict) that must not run.
void add_noop_init(TypeObj* type);


// A new int from an unsigned 64-bit value (may need a big int).
Value int_from_u64(uint64_t v);

// repr(v) as std::string.
inline std::string repr_string(const Value& v) { return std::string(sv(repr(v))); }
inline std::string str_string(const Value& v) { return std::string(sv(str(v))); }

}  // namespace py::modutil
