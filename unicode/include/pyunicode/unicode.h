// Unicode as CPython 3.11 reads identifiers (Unicode 14), shared by the
// compiler's lexer and the runtime (str.isidentifier, str.isprintable): one
// set of tables, printed by unicode/gen_unicode_tables.py from CPython.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pyunicode {

// May the character start an identifier: XID_Start or '_' (str.isidentifier
// of the character alone).
bool is_identifier_start(char32_t c);
// May the character follow the first one: XID_Continue.
bool is_identifier_continue(char32_t c);
// str.isprintable() of the character.
bool is_printable(char32_t c);

// The first character of a UTF-8 text that cannot stand where it is in an
// identifier (CPython's _PyUnicode_ScanIdentifier), if any.
struct MisplacedCharacter {
  size_t index;  // in code points
  char32_t code_point;
};
std::optional<MisplacedCharacter> find_non_identifier_character(std::string_view utf8);

// The UTF-8 form of one code point.
std::string encode_utf8(char32_t c);

// unicodedata.normalize('NFKC', text), for well-formed UTF-8 in and out.
// Identifiers are compared in this form (PEP 3131).
std::string nfkc(std::string_view utf8);

}  // namespace pyunicode
