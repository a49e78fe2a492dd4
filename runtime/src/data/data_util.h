// Helpers shared by the data types' implementation files (owner: data).
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "core/internal.h"
#include "data/repr_guard.h"
#include "core/object.h"

namespace py {

template <class... Args>
[[noreturn]] void raisef(TypeObj* type, fmt::format_string<Args...> f, Args&&... args) {
  raise(type, fmt::format(f, std::forward<Args>(args)...));
}

// Inline helpers live in their own namespace: core has same-named inline
// helpers with other bodies, and two inline definitions of one name would
// break the one-definition rule.
namespace data_detail {
inline bool has_type(const Value& v, const TypeObj* t) {
  return v.is_obj() && (v.obj()->type == t || is_subtype(v.obj()->type, t));
}
inline bool is_str(const Value& v) { return has_type(v, T::str); }
inline bool is_list(const Value& v) { return has_type(v, T::list); }
inline bool is_tuple(const Value& v) { return has_type(v, T::tuple); }
inline bool is_dict(const Value& v) { return has_type(v, T::dict); }
inline bool is_bytes(const Value& v) { return has_type(v, T::bytes); }
inline StrObj* str_of(const Value& v) { return v.as<StrObj>(); }
// v itself if it is exactly a str, else a plain str with its text (str's
// methods give a subclass's instance back as str, as CPython's
// unicode_result_unchanged).
inline Value exact_str(const Value& v) {
  if (v.obj()->type == T::str) return v;
  StrObj* s = str_of(v);
  auto* o = new StrObj();
  o->s = s->s;
  o->length = s->length;
  o->ascii = s->ascii;
  return Value::steal(o);
}
}  // namespace data_detail
using namespace data_detail;

// int(str): Unicode decimal digits and spaces accepted as CPython does.
Value int_from_unicode_string(std::string_view text, int base);

// A new bytes object holding `data` (bytes share StrObj's layout).
Value new_bytes(std::string data);

// ---- UTF-8 ----
inline int utf8_len_of_lead(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}
inline uint32_t utf8_decode(const char* p, int& n) {
  unsigned char c = p[0];
  n = utf8_len_of_lead(c);
  switch (n) {
    case 1: return c;
    case 2: return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    case 3: return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default: return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
}
void utf8_append(std::string& out, uint32_t cp);
std::u32string utf8_to_u32(std::string_view s);
std::string u32_to_utf8(std::u32string_view s);
int64_t utf8_count(std::string_view s, bool& ascii);

// A new str whose length/ascii flags the caller knows.
Value make_str_known(std::string s, int64_t length, bool ascii);
Value make_str_moved(std::string s);  // computes length

// ---- numbers (int.cpp / float.cpp) ----
Value number_compare(const Value& a, const Value& b, int op);  // NotImplemented unless numbers
bool is_number(const Value& v);
bool is_str_value(const Value& v);
std::string float_format_fixed(double d, int precision);
// Digits of a non-negative double for a format type: 'e' 'E' 'f' 'F' '%'
// (no multiplication) 'g' 'G', 'r' (repr-like), 'z' ('' with a precision),
// 'R' (repr-like without the ".0" of an integral value: complex's parts).
std::string format_float_body(double a, char type, int precision, bool alt);
Value int_from_double(double d);  // no sign handling beyond '-'
Value float_from_string(std::string_view s);               // float('...'), ValueError as CPython
Value float_round(double d, const Value& ndigits);
Value int_round(const Value& v, const Value& ndigits);
Value pow3(const Value& a, const Value& b, const Value& mod);
Value number_divmod(const Value& a, const Value& b);  // NotImplemented unless numbers
Value number_abs(const Value& a);
// The count of a sequence repetition `seq * n` as an exact int (small or
// big): n itself; for a class's instance (an int subclass's value, or its
// __index__()) only where the sequence's own fallback asks (op has
// BINOP_SEQUENCE or BINOP_INPLACE: before that, the class's reflected
// method has its turn). Unbound: n is no count.
Value seq_repeat_arg(const Value& n, int op);

// ---- complex (complex.cpp) ----
// A complex number: two doubles on the heap (no references, never tracked
// by the cycle collector). A class's subclass of complex has a
// WithDict<ComplexObj> (new_data_object).
struct ComplexObj : Object {
  double real, imag;
  ComplexObj(double r, double i) : Object(T::complex_), real(r), imag(i) {}
};
namespace data_detail {
// (a complex subclass's instance too: its value takes part in arithmetic as
// CPython's PyComplex_Check lets it)
inline bool is_complex(const Value& v) {
  return v.is_obj() && (v.obj()->type == T::complex_ || is_subtype(v.obj()->type, T::complex_));
}
}  // namespace data_detail
Value make_complex(double real, double imag);
// a ** b on complex numbers with CPython's algorithm (repeated
// multiplication for integral exponents up to 100) and its errors
// (ZeroDivisionError for 0 to a negative or complex power, OverflowError).
// float ** float with a negative base and a fractional exponent ends here.
Value complex_pow(double a_real, double a_imag, double b_real, double b_imag);
// repr(): "1j", "(1+2j)", "(-0-0j)", "(nan+infj)".
std::string complex_repr_string(double real, double imag);
// format(z, spec) for a non-empty spec (str_format.cpp).
Value format_complex(double real, double imag, std::string_view spec, const Value& v);

// ---- containers ----
std::string repr_string(const Value& v);   // repr() as a C++ string
std::string str_string(const Value& v);    // str() as a C++ string
// Collects any iterable into a vector (fast paths for list/tuple).
void collect(const Value& iterable, std::vector<Value>& out);
// The same, after asking a class's instance for its length first as CPython
// does where it presizes (list(), tuple(), list.extend, sorted, str.join,
// bytes()): its __len__ runs, its value is not used.
void collect_sized(const Value& iterable, std::vector<Value>& out);
// Python slice indices for a sequence of `len` (CPython's PySlice_AdjustIndices).
struct SliceIdx {
  int64_t start, stop, step, count;
};
bool is_slice(const Value& v);
SliceIdx slice_indices(const Value& slice, int64_t len);
Value seq_repr(const char* open, const char* close, const std::vector<Value>& items);
int seq_compare_items(const std::vector<Value>& a, const std::vector<Value>& b, int op, Value& result);
Value tuple_from_vector(std::vector<Value>&& items);
Value list_from_vector(std::vector<Value>&& items);
// Sequence index with negative wrap-around; raises IndexError(msg) when out of range.
int64_t wrap_index(const Value& key, int64_t len, const char* what);

// ---- subclasses of the builtin types ----
// Empty objects of `cls` (list, dict, set or a class deriving from one):
// their __new__, which __init__ fills.
Value list_new_empty(TypeObj* cls);
Value dict_new_empty(TypeObj* cls);
Value set_new_empty(TypeObj* cls);
// list.__init__, set.__init__: emptied, then filled from *iterable (if any).
void list_refill(const Value& list, const Value* iterable);
void set_refill(const Value& set, const Value* iterable);
// dict.__init__ / update: from *arg (if any), then the keyword values.
void dict_fill(const Value& dict, const Value* arg, const Value* kwvalues, TupleObj* kwnames);

// ---- repr recursion guard ("[...]") ----

// ---- iterators ----
Value make_seq_iter(const Value& seq);  // over list/tuple/str/bytes/range by index
Value sorted_list(const Value& iterable, const Value& key, bool reverse);

}  // namespace py
