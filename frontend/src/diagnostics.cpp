#include "pyco2cpp/diagnostics.h"

#include <ostream>

namespace pyco2cpp {

namespace {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
  }
  return "error";
}

// Terminal columns of a code point: East Asian wide characters take two,
// so the caret lands under them in the seeds' Chinese lines.
int display_width(char32_t cp) {
  bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
              (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
              (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
              (cp >= 0x20000 && cp <= 0x3FFFD);
  return wide ? 2 : 1;
}

// The caret line: keep the source line's tabs so the caret lines up in a
// terminal, and pad every other code point before column `col` by its width.
std::string caret_line(std::string_view line, int col) {
  std::string out;
  int seen = 0;
  for (size_t i = 0; i < line.size() && seen < col;) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k <= extra && i + k < line.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(line[i + k]) & 0x3F);
    i += 1 + extra;
    if (cp == '\t') out += '\t';
    else out.append(static_cast<size_t>(display_width(cp)), ' ');
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
