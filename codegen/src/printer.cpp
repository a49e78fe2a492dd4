#include "printer.h"

namespace pyco2cpp::codegen {

void Printer::line(std::string_view text) {
  std::string& out = chunks_.back();
  // One directive per Python statement: the lines a statement expands to
  // drift a little past it, which is fine for messages and stepping.
  if (line_directives_ && pending_line_ > 0 && pending_line_ != emitted_line_) {
    out += fmt::format("#line {} {}\n", pending_line_, cxx_string_literal(py_path_));
    emitted_line_ = pending_line_;
  }
  out.append(static_cast<size_t>(indent_) * 2, ' ');
  out += text;
  out += '\n';
}

Printer::Mark Printer::mark() {
  mark_indent_.resize(chunks_.size(), -1);
  Mark m{chunks_.size()};
  chunks_.emplace_back();  // the mark's own
  mark_indent_.push_back(indent_);
  chunks_.emplace_back();  // what follows it
  return m;
}

void Printer::fill(Mark mark, std::string_view text) {
  std::string& out = chunks_[mark.chunk];
  out.clear();
  std::string indent(static_cast<size_t>(mark_indent_[mark.chunk]) * 2, ' ');
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    out += indent;
    out += line;
    out += '\n';
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
}

std::string Printer::take() {
  std::string all;
  for (auto& chunk : chunks_) all += chunk;
  chunks_.assign(1, std::string());
  mark_indent_.clear();
  return all;
}

void Printer::open(std::string_view head) {
  line(head.empty() ? std::string("{") : std::string(head) + " {");
  ++indent_;
}

void Printer::close(std::string_view tail) {
  --indent_;
  line(tail);
}

void Printer::middle(std::string_view text) {
  --indent_;
  line(text);
  ++indent_;
}

std::string cxx_string_literal(std::string_view bytes) {
  std::string out = "\"";
  for (unsigned char c : bytes) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '?': out += "\\?"; break;  // no trigraphs, ever
      default:
        if (c < 0x20 || c >= 0x7f) {
          out += fmt::format("\\{:03o}", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace pyco2cpp::codegen
