// str internals shared by str.cpp, str_methods.cpp and str_format.cpp (owner: data).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/object.h"

namespace py {

extern TypeObj* str_iterator_type;

// Python's character properties for code points >= 0x80 (str_unicode_tables.cpp).
enum UnicodeProperty { UNI_UPPER, UNI_LOWER, UNI_TITLE, UNI_ALPHA, UNI_DECIMAL, UNI_DIGIT, UNI_NUMERIC, UNI_PRINTABLE };
bool uni_has_property(UnicodeProperty property, uint32_t c);
// The value 0-9 of a decimal digit (any script), -1 for other code points.
int uni_decimal_value(uint32_t c);

bool uni_isspace(uint32_t c);
bool uni_isupper(uint32_t c);
bool uni_islower(uint32_t c);
bool uni_isalpha(uint32_t c);
bool uni_isdecimal(uint32_t c);
bool uni_isdigit(uint32_t c);
bool uni_isnumeric(uint32_t c);
bool uni_isalnum(uint32_t c);
bool uni_iscased(uint32_t c);
bool uni_isprintable(uint32_t c);
uint32_t uni_toupper(uint32_t c);
uint32_t uni_tolower(uint32_t c);

// Full (possibly multi-character) case mapping of one code point, appended
// as UTF-8 (str_casing.cpp). The final-sigma rule is the caller's.
enum CaseKind { CASE_UPPER = 0, CASE_LOWER = 1, CASE_TITLE = 2, CASE_FOLD = 3 };
void append_full_case(std::string& out, uint32_t c, CaseKind kind);

std::string str_repr_impl(std::string_view s, bool ascii_only);
size_t cp_to_byte(const StrObj* s, int64_t cp);
int64_t byte_to_cp(const StrObj* s, size_t byte);
Value str_concat(const Value& a, const Value& b);
Value str_inplace_concat(const Value& a, const Value& b);
Value str_repeat(const Value& a, int64_t n);
Value make_bytes(std::string_view data);
Value str_mod(const Value& format, const Value& args);  // str % args
Value bytes_mod(const Value& format, const Value& args);  // bytes % args
Value str_format_method(const Value* args, size_t nargs, TupleObj* kwnames);
Value str_format_map_method(const Value* args, size_t nargs, TupleObj* kwnames);

void init_str_type_slots();
void init_str_methods();

}  // namespace py
