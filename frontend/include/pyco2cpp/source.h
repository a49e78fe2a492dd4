// The load step: a .py file's bytes decoded as CPython decodes them (PEP 263),
// its text and its line table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pyco2cpp {

// Why the bytes are no program: CPython's SyntaxError from its tokenizer's
// decoding, at the line and column (0-based, in code points) it concerns.
struct DecodeError {
  int line = 0, col = 0;
  std::string message;
};

struct SourceFile {
  std::string path;  // as the user named it; printed in diagnostics and tracebacks
  std::string text;  // UTF-8 (after a decode error: what could be shown, bad bytes as U+FFFD)
  std::vector<size_t> line_starts;  // byte offset where each line starts (line 1 at [0])
  std::optional<DecodeError> decode_error;

  // `text` must be valid UTF-8 already.
  static SourceFile from_string(std::string path, std::string text);
  // A file's bytes: the BOM and the coding declaration on line 1 or 2 decide
  // the encoding, UTF-8 by default. `shown_name` is the name CPython's
  // "Non-UTF-8 code ... in file NAME" message carries.
  static SourceFile from_bytes(std::string path, std::string_view bytes, const std::string& shown_name);
  static std::optional<SourceFile> load(const std::string& path, const std::string& shown_name);  // nullopt if unreadable

  // Line `line` (1-based) without its newline; empty if out of range.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts.size()); }
};

}  // namespace pyco2cpp
