// Pieces of the pyco2cpp command line shared by its source files.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pyco2cpp::driver {

// Exit statuses of the pyco2cpp command.
inline constexpr int kExitSuccess = 0;
inline constexpr int kExitDiagnostics = 1;  // the program has errors, or a tool failed
inline constexpr int kExitUsage = 2;

enum class Mode { Transpile, Build, Run };
enum class Dump { None, Tokens, Ast, Scopes, Sm, Cpp };

struct Options {
  Mode mode = Mode::Transpile;
  Dump dump = Dump::None;
  std::string input;
  std::string output;  // empty: derived from the input's name
  bool format = true;
  bool line_directives = true;
  std::string module_name;  // --module: an importable module, not a program
  std::string source_name;  // --source-name: what tracebacks call the file
  bool asyncio_legacy = false;  // --asyncio-legacy: asyncio as CPython 3.8-3.10 (see the README)
  bool keep_cpp = false;
  bool verbose = false;  // build/run: show the C++ compiler command
  std::string optimization;  // -O0..-O3; empty: the default (see toolchain.cpp)
  std::vector<std::string> program_args;  // `run`: handed to the compiled program
};

// pipeline.cpp: load -> parse -> resolve -> emit -> format. Prints
// diagnostics to stderr. Returns the C++ text, or nullopt when the program
// had errors (the exit status is then kExitDiagnostics).
std::optional<std::string> transpile(const Options& options);

// pipeline.cpp: `--dump=...`; writes the layer to stdout, returns the exit status.
int dump_layer(const Options& options);

// toolchain.cpp: compiles `cpp_path` against the runtime into `program_path`.
// On failure prints why and returns false.
bool compile_program(const std::string& cpp_path, const std::string& program_path,
                     const Options& options);

// toolchain.cpp: a private directory under $TMPDIR (or /tmp), removed by the destructor
// unless keep() was called.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }
  void keep() { keep_ = true; }

 private:
  std::string path_;
  bool keep_ = false;
};

// toolchain.cpp: runs `program` with `argv0` as its argv[0] and `args`,
// sharing our stdin/stdout/stderr; returns its exit status the way a shell
// reports it (128+N when killed by signal N).
int run_program(const std::string& program, const std::string& argv0,
                const std::vector<std::string>& args);

bool write_file(const std::string& path, const std::string& text);

}  // namespace pyco2cpp::driver
