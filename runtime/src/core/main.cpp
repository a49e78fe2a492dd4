// The program's entry (run_main) and the process's standard streams: our own
// stdout buffer (line-buffered on a terminal, block-buffered otherwise, as
// CPython's), flushed before anything goes to stderr and at exit.
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include "core/core.h"
#include "core/gc.h"

#ifdef PYRT_ADDRESS_SANITIZER
#include <sanitizer/lsan_interface.h>
#endif

namespace py {

namespace {
std::string stdout_buffer;
int stdout_mode = -1;  // -1 unknown, 0 block-buffered, 1 line-buffered
constexpr size_t kStdoutBlock = 8192;

// 0, or the errno of a write that failed (SIGPIPE is ignored, as CPython
// ignores it: a closed pipe is EPIPE here).
int write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
  return 0;
}

// Flushes stdout; the errno of a failed write (the buffer is dropped either way).
int flush_stdout_status() {
  if (stdout_buffer.empty()) return 0;
  int err = write_all(1, stdout_buffer.data(), stdout_buffer.size());
  stdout_buffer.clear();
  return err;
}
}  // namespace

void flush_stdout() { flush_stdout_status(); }

namespace {
// stdin, read through our own buffer (sys.stdin and input() share it).
std::string stdin_buffer;
size_t stdin_pos = 0;
bool stdin_eof = false;

// Reads more of stdin into the buffer; false at end of input.
bool fill_stdin() {
  if (stdin_eof) return false;
  if (stdin_pos > 0) {
    stdin_buffer.erase(0, stdin_pos);
    stdin_pos = 0;
  }
  char chunk[65536];
  for (;;) {
    ssize_t n = ::read(0, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      stdin_eof = true;
      return false;
    }
    stdin_buffer.append(chunk, static_cast<size_t>(n));
    return true;
  }
}
}  // namespace

bool read_stdin_line(std::string& line) {
  line.clear();
  for (;;) {
    size_t nl = stdin_buffer.find('\n', stdin_pos);
    if (nl != std::string::npos) {
      line.append(stdin_buffer, stdin_pos, nl + 1 - stdin_pos);
      stdin_pos = nl + 1;
      return true;
    }
    line.append(stdin_buffer, stdin_pos, std::string::npos);
    stdin_pos = stdin_buffer.size();
    if (!fill_stdin()) return !line.empty();
  }
}

std::string read_stdin_all() {
  while (fill_stdin()) {
  }
  std::string rest = stdin_buffer.substr(stdin_pos);
  stdin_pos = stdin_buffer.size();
  return rest;
}

void write_stdout(std::string_view s) {
  if (stdout_mode < 0) [[unlikely]] {
    stdout_mode = ::isatty(1) ? 1 : 0;
    stdout_buffer.reserve(2 * kStdoutBlock);
    std::atexit(flush_stdout);
  }
  stdout_buffer.append(s);
  if (stdout_buffer.size() >= kStdoutBlock || (stdout_mode == 1 && s.find('\n') != std::string_view::npos)) {
    // print() raises what the write met, as CPython's does: a reader that
    // went away (`prog | head -1`) is BrokenPipeError at the print.
    if (int err = flush_stdout_status()) [[unlikely]] {
      TypeObj* type = err == EPIPE ? E::BrokenPipeError : E::OSError;
      raise(call(Value::borrow(type), {Value::from_int(err), make_str(std::strerror(err))}));
    }
  }
}

void write_stderr(std::string_view s) {
  flush_stdout();
  write_all(2, s.data(), s.size());
}

Value& program_argv() {
  static Value argv;
  return argv;
}

namespace {
const SourceInfo* program_source = nullptr;
bool legacy_asyncio = false;
}  // namespace

const SourceInfo* main_source() { return program_source; }
bool runtime_finalizing = false;
bool asyncio_legacy() { return legacy_asyncio; }
void set_asyncio_legacy(bool on) { legacy_asyncio = on; }

// Set when the program ended with an uncaught KeyboardInterrupt: the
// process then ends killed by SIGINT, as CPython's does (status 130 in a shell).
static bool ended_by_interrupt = false;

// The program ends with _exit (no static destructors, no atexit handlers), so
// LeakSanitizer's own check at exit never runs; a sanitizer build asks for
// it here, after the globals are cleared and the cycles collected, when
// whatever is still allocated and unreachable is a leak.
static void leak_check_before_exit() {
#ifdef PYRT_ADDRESS_SANITIZER
  __lsan_do_leak_check();
#endif
}

// SystemExit's code decides the status; anything else is a traceback and 1.
static int handle_uncaught(const Value& exc) {
  if (isinstance_of(exc, E::SystemExit)) {
    Value code = getattr(exc, Value::borrow(N::code));
    if (code.is_none()) return 0;
    int64_t status;
    if (code.is_bool()) return code.b() ? 1 : 0;
    if (code.is_int()) return static_cast<int>(code.i());
    if (is_int_value(code)) {
      // CPython takes it as a C long: one too large for that is -1 (255).
      return to_int64(code, status) ? static_cast<int>(status) : -1;
    }
    std::string text;
    try {
      text = str_string(code);
    } catch (PyError&) {
      text = "<object str() failed>";
    }
    write_stderr(text + "\n");
    return 1;
  }
  // It reached the top: its whole recorded chain is its traceback.
  exc.as<ExceptionObj>()->handled_depth = 0;
  print_exception(exc);
  if (isinstance_of(exc, E::KeyboardInterrupt)) ended_by_interrupt = true;
  return 1;
}

void install_main_module();

void run_main(int argc, char** argv, const SourceInfo* source, void (*body)(), void (*clear_globals)(),
              void (*visit_globals)(GcVisitor&)) {
  program_source = source;
  runtime_init();
  install_main_module();  // sys.modules['__main__'] (core/modules.cpp)
  std::vector<Value> args;
  args.push_back(make_str(source && source->filename ? source->filename : (argc > 0 ? argv[0] : "")));
  for (int i = 1; i < argc; ++i) args.push_back(make_str(argv[i]));
  program_argv() = make_list(std::move(args));
  // A base frame so that depths count Python frames the way CPython's
  // recursion limit does (the module body is frame 1).
  Frame base{nullptr, 0, 0, nullptr};
  current_frame = &base;
  int status = 0;
  try {
    body();
  } catch (PyError& e) {
    current_frame = &base;
    try {
      status = handle_uncaught(e.exc);
    } catch (PyError& inner) {
      print_exception(inner.exc);
      status = 1;
    }
  }
  current_frame = &base;
  runtime_finalizing = true;
  // At CPython's shutdown the main module's namespace is itself garbage (a
  // cycle through its functions' __globals__): one collection finalises,
  // in creation order, everything only it and other cycles keep, while
  // every global is still bound. Then the globals go (a __del__ that ran
  // does not run again) and what is left of the cycles is collected.
  gc::finalize_at_exit(visit_globals);
  if (clear_globals) {
    try {
      clear_globals();
    } catch (PyError& e) {
      print_exception(e.exc);
    }
  }
  gc::collect();
  current_frame = nullptr;
  flush_stdout();
  leak_check_before_exit();
  if (ended_by_interrupt) {
    std::signal(SIGINT, SIG_DFL);
    ::kill(::getpid(), SIGINT);
    ::_exit(128 + SIGINT);
  }
  ::_exit(status & 0xff);
}

}  // namespace py
