// The pyco2cpp command line. Exit status: 0 success, 1 diagnostics (or a
// failing tool), 2 usage errors; `run` exits with the program's status.
#include <filesystem>
#include <iostream>
#include <string_view>

#include "driver.h"
#include "driver_config.h"

namespace fs = std::filesystem;
using namespace pyco2cpp::driver;

namespace {

constexpr std::string_view kUsage = R"(usage:
  pyco2cpp INPUT.py [-o OUT.cpp] [--no-format] [--no-line-directives] [--asyncio-legacy]
  pyco2cpp INPUT.py --module NAME [--source-name PATH] [-o OUT.cpp] ...
  pyco2cpp INPUT.py --dump=tokens|ast|scopes|sm|cpp
  pyco2cpp build INPUT.py [-o PROGRAM] [-O0|-O1|-O2|-O3] [--keep-cpp] [-v] [--asyncio-legacy]
  pyco2cpp run [-O0|-O1|-O2|-O3] [--keep-cpp] [-v] [--asyncio-legacy] INPUT.py [ARGS...]
  pyco2cpp --help | --version

Compiles a Python 3.11 program to C++ that builds into a native program
printing what CPython prints.

  -o FILE               output file: the C++ ('-' for stdout), or the program for
                        `build`; by default INPUT's file name with .cpp (build:
                        without .py), in the current directory
  --dump=LAYER          print one layer to stdout and stop: tokens, ast, scopes,
                        sm (each generator's state machine), or cpp (the emitted C++)
  --no-format           skip clang-format on the emitted C++
  --no-line-directives  no #line directives mapping the C++ back to the .py
  --module NAME         emit an importable module NAME (its init function
                        py::init_NAME_module, dots as _) instead of a program
  --source-name PATH    the file name tracebacks show for INPUT (default: its
                        absolute path)
  --asyncio-legacy      asyncio as CPython 3.8-3.10 had it where 3.11 removed it:
                        @asyncio.coroutine (types.coroutine, with 3.10's
                        DeprecationWarning) and asyncio.wait() on bare coroutines
  -O0..-O3              C++ optimization level for build/run (default -O2)
  --keep-cpp            build/run: keep the generated C++ and say where it is
  -v, --verbose         build/run: show the C++ compiler command
  $CXX                  the C++ compiler for build/run (default c++)

Exit status: 0 success, 1 errors in the program (or a failing tool), 2 usage
errors; `run` exits with the program's own status.
)";

int usage_error(const std::string& message) {
  std::cerr << "pyco2cpp: error: " << message << "\nTry 'pyco2cpp --help'.\n";
  return kExitUsage;
}

struct ParseResult {
  std::optional<Options> options;
  int exit_status = kExitSuccess;  // meaningful when options is empty
};

ParseResult parse_command_line(int argc, char** argv) {
  Options options;
  int i = 1;
  if (argc > 1) {
    std::string_view first = argv[1];
    if (first == "build") options.mode = Mode::Build, i = 2;
    if (first == "run") options.mode = Mode::Run, i = 2;
  }
  std::string mode_name = options.mode == Mode::Build ? "build" : "run";
  for (; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return {std::nullopt, kExitSuccess};
    }
    if (arg == "--version") {
      std::cout << "pyco2cpp " << pyco2cpp::config::kVersion << "\n";
      return {std::nullopt, kExitSuccess};
    }
    if (arg == "-o" || (arg.starts_with("-o") && arg.size() > 2)) {
      if (options.mode == Mode::Run) return {std::nullopt, usage_error("'run' takes no -o")};
      if (arg.size() > 2) {
        options.output = arg.substr(2);
      } else if (i + 1 < argc) {
        options.output = argv[++i];
      } else {
        return {std::nullopt, usage_error("-o needs a file name")};
      }
    } else if (arg == "--no-format") {
      options.format = false;
    } else if (arg == "--no-line-directives") {
      options.line_directives = false;
    } else if (arg == "--asyncio-legacy") {
      options.asyncio_legacy = true;
    } else if (arg == "--module" || arg == "--source-name") {
      if (options.mode != Mode::Transpile)
        return {std::nullopt, usage_error(std::string(arg) + " is not available with '" + mode_name + "'")};
      if (i + 1 >= argc) return {std::nullopt, usage_error(std::string(arg) + " needs a value")};
      (arg == "--module" ? options.module_name : options.source_name) = argv[++i];
    } else if (arg.starts_with("--dump=")) {
      std::string_view layer = arg.substr(7);
      if (options.mode != Mode::Transpile)
        return {std::nullopt, usage_error("--dump is not available with '" + mode_name + "'")};
      if (layer == "tokens") options.dump = Dump::Tokens;
      else if (layer == "ast") options.dump = Dump::Ast;
      else if (layer == "scopes") options.dump = Dump::Scopes;
      else if (layer == "cpp") options.dump = Dump::Cpp;
      else if (layer == "sm") options.dump = Dump::Sm;
      else return {std::nullopt, usage_error("unknown dump '" + std::string(layer) +
                                             "' (tokens, ast, scopes, sm or cpp)")};
    } else if (arg == "-O0" || arg == "-O1" || arg == "-O2" || arg == "-O3") {
      if (options.mode == Mode::Transpile)
        return {std::nullopt, usage_error(std::string(arg) + " needs 'build' or 'run'")};
      options.optimization = arg;
    } else if (arg == "--keep-cpp") {
      if (options.mode == Mode::Transpile)
        return {std::nullopt, usage_error("--keep-cpp needs 'build' or 'run'")};
      options.keep_cpp = true;
    } else if (arg == "-v" || arg == "--verbose") {
      if (options.mode == Mode::Transpile)
        return {std::nullopt, usage_error(std::string(arg) + " needs 'build' or 'run'")};
      options.verbose = true;
    } else if (arg.size() > 1 && arg.starts_with("-")) {
      return {std::nullopt, usage_error("unknown option '" + std::string(arg) + "'")};
    } else if (options.input.empty()) {
      options.input = arg;
      if (options.mode == Mode::Run) {  // the rest belongs to the program
        options.program_args.assign(argv + i + 1, argv + argc);
        break;
      }
    } else {
      return {std::nullopt, usage_error("more than one input file ('" + options.input + "' and '" +
                                        std::string(arg) + "')")};
    }
  }
  if (options.input.empty()) return {std::nullopt, usage_error("no input file")};
  return {options, kExitSuccess};
}

// `foo/bar.py` -> `bar` + extension, in the current directory.
std::string derived_output(const std::string& input, const std::string& extension) {
  fs::path stem = fs::path(input).filename();
  if (stem.extension() == ".py") stem.replace_extension();
  return stem.string() + extension;
}

int transpile_to_file(const Options& options) {
  std::optional<std::string> cpp = transpile(options);
  if (!cpp) return kExitDiagnostics;
  std::string output = options.output.empty() ? derived_output(options.input, ".cpp") : options.output;
  if (output == "-") {
    std::cout << *cpp;
    return kExitSuccess;
  }
  return write_file(output, *cpp) ? kExitSuccess : kExitDiagnostics;
}

// build and run: transpile into a temp dir, compile there, then move the
// program out (build) or run it in place (run).
int build_or_run(const Options& given) {
  // Nobody reads C++ that is deleted after compiling: format it only if kept.
  Options options = given;
  options.format = given.format && given.keep_cpp;
  std::optional<std::string> cpp = transpile(options);
  if (!cpp) return kExitDiagnostics;
  TempDir temp;
  if (!temp.ok()) return kExitDiagnostics;
  std::string stem = derived_output(options.input, "");
  std::string cpp_path = temp.path() + "/" + stem + ".cpp";
  std::string program_path = temp.path() + "/" + stem;
  if (!write_file(cpp_path, *cpp)) return kExitDiagnostics;
  if (options.keep_cpp) {
    temp.keep();
    std::cerr << "pyco2cpp: generated C++ kept in " << cpp_path << "\n";
  }
  if (!compile_program(cpp_path, program_path, options)) {
    if (!options.keep_cpp) {
      temp.keep();  // a compiler failure is our bug: leave the evidence
      std::cerr << "pyco2cpp: generated C++ kept in " << cpp_path << "\n";
    }
    return kExitDiagnostics;
  }
  if (options.mode == Mode::Run) return run_program(program_path, options.input, options.program_args);

  std::string output = options.output.empty() ? derived_output(options.input, "") : options.output;
  std::error_code ec;
  fs::rename(program_path, output, ec);
  if (ec) {  // another file system: copy instead
    ec.clear();
    fs::copy_file(program_path, output, fs::copy_options::overwrite_existing, ec);
  }
  if (ec) {
    std::cerr << "pyco2cpp: error: cannot write '" << output << "': " << ec.message() << "\n";
    return kExitDiagnostics;
  }
  return kExitSuccess;
}

}  // namespace

int main(int argc, char** argv) {
  ParseResult parsed = parse_command_line(argc, argv);
  if (!parsed.options) return parsed.exit_status;
  const Options& options = *parsed.options;
  if (options.dump != Dump::None) return dump_layer(options);
  if (options.mode == Mode::Transpile) return transpile_to_file(options);
  return build_or_run(options);
}
