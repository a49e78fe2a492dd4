// The format step, through clang-format's library (LLVM/Clang 14).
//
// Formatting is cosmetic: whatever goes wrong here (a style error, a
// replacement conflict, an exception), the caller gets the original text
// back, so the emitted program is never lost or altered in meaning.
#include "pyco2cpp/format.h"

#include <clang/Basic/FileManager.h>
#include <clang/Format/Format.h>
#include <clang/Tooling/Core/Replacement.h>
#include <llvm/Support/Error.h>

namespace pyco2cpp {

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

std::string format_cpp(const std::string& code) {
  if (code.empty()) return code;
  try {
    static const clang::format::FormatStyle style = generated_code_style();
    const std::vector<clang::tooling::Range> whole_file{
        clang::tooling::Range(0, static_cast<unsigned>(code.size()))};
    clang::format::FormattingAttemptStatus status;
    clang::tooling::Replacements replacements =
        clang::format::reformat(style, code, whole_file, "generated.cpp", &status);
    if (!status.FormatComplete) return code;  // clang-format gave up on a syntax it cannot follow
    llvm::Expected<std::string> formatted = clang::tooling::applyAllReplacements(code, replacements);
    if (!formatted) {
      llvm::consumeError(formatted.takeError());
      return code;
    }
    return std::move(*formatted);
  } catch (...) {
    return code;
  }
}

}  // namespace pyco2cpp
