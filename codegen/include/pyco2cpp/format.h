// The format step: C++ text -> C++ text, through clang-format's library.
#pragma once

#include <string>

namespace pyco2cpp {

// Reformats `code` with an LLVM-based style. On any failure, or for code past
// 1 MiB (whose formatting would cost more than the rest of the transpile),
// returns `code` unchanged: formatting is cosmetic and must never lose output.
std::string format_cpp(const std::string& code);

}  // namespace pyco2cpp
