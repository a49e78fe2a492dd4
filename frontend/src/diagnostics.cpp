#include "pyco2cpp/diagnostics.h"

#include <ostream>

namespace pyco2cpp {

namespace {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

// The caret line: keep the source line's tabs so the caret lines up in a
// terminal, a space for every other code point before column `col`.
std::string caret_line(std::string_view line, int col) {
  std::string out;
  int seen = 0;
  for (size_t i = 0; i < line.size() && seen < col; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (is_continuation_byte(c)) continue;
    out += c == '\t' ? '\t' : ' ';
    ++seen;
  }
  for (; seen < col; ++seen) out += ' ';
  out += '^';
  return out;
}

}  // namespace

void Diagnostics::add(Severity s, ast::Loc loc, std::string message) {
  if (s == Severity::Error) ++errors_;
  list_.push_back(Diagnostic{s, loc, std::move(message)});
}

void Diagnostics::print(std::ostream& out, const SourceFile& src) const {
  for (const Diagnostic& d : list_) {
    out << src.path;
    if (d.loc.line > 0) out << ':' << d.loc.line << ':' << d.loc.col + 1;
    out << ": " << severity_name(d.severity) << ": " << d.message << '\n';
    if (d.loc.line > 0 && d.loc.line <= src.line_count()) {
      std::string_view line = src.line_text(d.loc.line);
      out << line << '\n' << caret_line(line, d.loc.col) << '\n';
    }
  }
}

}  // namespace pyco2cpp
