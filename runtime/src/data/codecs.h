// str.encode / bytes.decode (owner: data): the codecs CPython builds in for
// UTF-8, UTF-16, UTF-32, Latin-1 and ASCII, found by CPython's normalised
// encoding names and aliases, with its error handlers and exception messages.
#pragma once

#include <string_view>

#include "core/object.h"

namespace py {

// `encoding` and `errors` may be null for CPython's defaults ("utf-8",
// "strict"); `who` names the caller in argument type errors ("encode()").
Value encode_str(const Value& str, const Value* encoding, const Value* errors, const char* who);
Value decode_bytes(const Value& bytes, const Value* encoding, const Value* errors, const char* who);

// UnicodeEncodeError/UnicodeDecodeError's str() and attributes.
void init_unicode_error_types();

}  // namespace py
