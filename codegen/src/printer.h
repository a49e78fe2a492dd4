// The one place C++ text is written: indentation, `#line` directives that
// map every emitted statement back to the Python line it came from (so C++
// compiler messages and gdb point at the .py file), and marks: places in the
// listing whose text is only known later (a state machine's dispatch table,
// complete once the body after it is written; a label only some later jump
// needs), filled in without searching or patching the text written so far.
#pragma once

#include <fmt/core.h>

#include <string>
#include <string_view>
#include <vector>

namespace pyco2cpp::codegen {

class Printer {
 public:
  Printer(std::string py_path, bool line_directives)
      : py_path_(std::move(py_path)), line_directives_(line_directives) {}

  // Subsequent lines come from this Python line (0: synthesized, no directive).
  void at_line(int line) { pending_line_ = line; }

  void line(std::string_view text);
  template <class... Args>
  void linef(fmt::format_string<Args...> f, Args&&... args) {
    line(fmt::format(f, std::forward<Args>(args)...));
  }
  void open(std::string_view head);  // "head {" and indent
  void close(std::string_view tail = "}");
  void middle(std::string_view text);  // "} else {": same depth before and after

  // A place here, at the current indentation, to be filled later.
  struct Mark {
    size_t chunk;
  };
  Mark mark();
  // The mark's text: lines, each indented as the mark was (empty: nothing).
  void fill(Mark mark, std::string_view text);

  // The listing, marks filled in.
  std::string take();

 private:
  // The text between marks; a mark is a chunk of its own.
  std::vector<std::string> chunks_{1};
  std::vector<int> mark_indent_;  // per chunk: a mark's indentation, or -1
  std::string py_path_;
  bool line_directives_;
  int indent_ = 0;
  int pending_line_ = 0;
  int emitted_line_ = -1;
};

// A C++ string literal for arbitrary bytes (UTF-8 kept as octal escapes so
// the generated file is plain ASCII and no escape can swallow a digit).
std::string cxx_string_literal(std::string_view bytes);

}  // namespace pyco2cpp::codegen
