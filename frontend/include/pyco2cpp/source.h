// The load step: a .py file's text and its line table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pyco2cpp {

struct SourceFile {
  std::string path;  // as the user named it; printed in diagnostics and tracebacks
  std::string text;  // UTF-8
  std::vector<size_t> line_starts;  // byte offset where each line starts (line 1 at [0])

  static SourceFile from_string(std::string path, std::string text);
  static std::optional<SourceFile> load(const std::string& path);  // nullopt if unreadable

  // Line `line` (1-based) without its newline; empty if out of range.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts.size()); }
};

}  // namespace pyco2cpp
