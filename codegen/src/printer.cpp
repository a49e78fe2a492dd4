#include "printer.h"

namespace pyco2cpp::codegen {

void Printer::line(std::string_view text) {
  // One directive per Python statement: the lines a statement expands to
  // drift a little past it, which is fine for messages and stepping.
  if (line_directives_ && pending_line_ > 0 && pending_line_ != emitted_line_) {
    out_ += fmt::format("#line {} {}\n", pending_line_, cxx_string_literal(py_path_));
    emitted_line_ = pending_line_;
  }
  out_.append(static_cast<size_t>(indent_) * 2, ' ');
  out_ += text;
  out_ += '\n';
}

void Printer::open(std::string_view head) {
  line(std::string(head) + " {");
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
