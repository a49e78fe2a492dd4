// The format step's real work, through clang-format's library (LLVM/Clang 14),
// built as a loadable module: loading libclang-cpp and libLLVM costs about
// 25 ms per process, so only runs that format pay it (see src/format.cpp).
//
// Formatting is cosmetic: whatever goes wrong here (a style error, a
// replacement conflict, an exception), it reports failure and the caller
// keeps the original text, so the emitted program is never lost or altered.
#include <clang/Format/Format.h>
#include <clang/Tooling/Core/Replacement.h>
#include <llvm/Support/Error.h>

#include <string>

#include "format_module.h"

namespace {

clang::format::FormatStyle generated_code_style() {
  clang::format::FormatStyle style = clang::format::getLLVMStyle(clang::format::FormatStyle::LK_Cpp);
  style.ColumnLimit = 100;
  // Only whitespace may change. Includes keep their order (the runtime's
  // umbrella header comes first on purpose); string literals are never split
  // (a split could separate an escape from the characters after it) and raw
  // strings are never reformatted as embedded code, whatever their delimiter.
  style.SortIncludes = clang::format::FormatStyle::SI_Never;
  style.BreakStringLiterals = false;
  style.RawStringFormats.clear();
  return style;
}

}  // namespace

extern "C" bool PYCO2CPP_FORMAT_ENTRY(const std::string* code, std::string* formatted) {
  try {
    static const clang::format::FormatStyle style = generated_code_style();
    const std::vector<clang::tooling::Range> whole_file{
        clang::tooling::Range(0, static_cast<unsigned>(code->size()))};
    clang::format::FormattingAttemptStatus status;
    clang::tooling::Replacements replacements =
        clang::format::reformat(style, *code, whole_file, "generated.cpp", &status);
    if (!status.FormatComplete) return false;  // clang-format gave up on a syntax it cannot follow
    llvm::Expected<std::string> result = clang::tooling::applyAllReplacements(*code, replacements);
    if (!result) {
      llvm::consumeError(result.takeError());
      return false;
    }
    *formatted = std::move(*result);
    return true;
  } catch (...) {
    return false;
  }
}
