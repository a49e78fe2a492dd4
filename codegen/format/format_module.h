// The one entry point of the clang-format module, looked up with dlsym().
// Both sides are built by the same compiler and standard library, so
// std::string crosses the boundary safely.
#pragma once

#include <string>

#define PYCO2CPP_FORMAT_ENTRY pyco2cpp_format_cpp_v1
#define PYCO2CPP_FORMAT_ENTRY_NAME "pyco2cpp_format_cpp_v1"

// Returns false (leaving *formatted alone) when formatting failed.
extern "C" __attribute__((visibility("default"))) bool PYCO2CPP_FORMAT_ENTRY(const std::string* code, std::string* formatted);
