// The format step: C++ text -> C++ text, through clang-format's library.
#pragma once

#include <string>

namespace pyco2cpp {

// Reformats `code` with an LLVM-based style. On any failure returns `code`
// unchanged: formatting is cosmetic and must never lose output.
std::string format_cpp(const std::string& code);

}  // namespace pyco2cpp
