#include "pyco2cpp/source.h"

namespace pyco2cpp {

SourceFile SourceFile::from_string(std::string path, std::string text) {
  SourceFile file;
  file.path = std::move(path);
  file.text = std::move(text);
  file.line_starts.push_back(0);
  // CPython accepts \n, \r\n and a lone \r as line ends.
  for (size_t i = 0; i < file.text.size(); ++i) {
    char c = file.text[i];
    if (c == '\r' && i + 1 < file.text.size() && file.text[i + 1] == '\n') ++i;
    if ((c == '\n' || c == '\r') && i + 1 < file.text.size()) file.line_starts.push_back(i + 1);
  }
  return file;
}

std::string_view SourceFile::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t begin = line_starts[line - 1];
  size_t end = line < line_count() ? line_starts[line] : text.size();
  while (end > begin && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
  return std::string_view(text).substr(begin, end - begin);
}

}  // namespace pyco2cpp
