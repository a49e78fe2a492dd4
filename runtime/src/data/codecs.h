// str.encode / bytes.decode (owner: data): the codecs CPython builds in for
// UTF-8, UTF-16, UTF-32, Latin-1 and ASCII, found by CPython's normalised
// encoding names and aliases, with its error handlers and exception messages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/object.h"

namespace py {

// `encoding` and `errors` may be null for CPython's defaults ("utf-8",
// "strict"); `who` names the caller in argument type errors ("encode()").
Value encode_str(const Value& str, const Value* encoding, const Value* errors, const char* who);
Value decode_bytes(const Value& bytes, const Value* encoding, const Value* errors, const char* who);

// The name the 'namereplace' error handler gives the code point (CPython's
// unicodedata name, or the alias or named sequence CPython keeps at
// U+F0000/U+F0200), false when it has none (data/unicode_names.cpp).
bool unicode_char_name(uint32_t cp, std::string& out);

// UnicodeEncodeError/UnicodeDecodeError's str() and attributes.
void init_unicode_error_types();

}  // namespace py
