// Everything after the C++ text exists: finding the runtime (build tree or
// installed tree), calling the C++ compiler, running the program, temp dirs.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "driver.h"
#include "driver_config.h"  // generated: where the runtime lives, how it links

namespace fs = std::filesystem;

namespace pyco2cpp::driver {

namespace {

struct RuntimeLocation {
  std::vector<std::string> include_dirs;
  std::string library;  // libpyrt.a
};

bool path_exists(const fs::path& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

// An installed pyco2cpp (prefix/bin/pyco2cpp) uses the runtime installed
// beside it, even when the build tree it came from still exists; otherwise
// the driver runs from its build tree and uses the runtime built there.
std::optional<RuntimeLocation> find_runtime(std::string& looked_in) {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path bin_dir = self.parent_path();
    fs::path include_dir = (bin_dir / config::kInstalledIncludeDirFromBin).lexically_normal();
    fs::path library = (bin_dir / config::kInstalledRuntimeLibraryFromBin).lexically_normal();
    looked_in += "  " + include_dir.string() + " and " + library.string() + "\n";
    if (path_exists(include_dir / "pyrt" / "pyrt.h") && path_exists(library))
      return RuntimeLocation{{include_dir.string()}, library.string()};
  }
  looked_in += "  " + config::kBuildTreeRuntimeLibrary + " (build tree)\n";
  bool headers_found = false;
  for (const std::string& dir : config::kBuildTreeIncludeDirs)
    headers_found = headers_found || path_exists(fs::path(dir) / "pyrt" / "pyrt.h");
  if (headers_found && path_exists(config::kBuildTreeRuntimeLibrary))
    return RuntimeLocation{config::kBuildTreeIncludeDirs, config::kBuildTreeRuntimeLibrary};
  return std::nullopt;
}

// $CXX may carry arguments of its own ("ccache g++").
std::vector<std::string> compiler_command() {
  const char* from_env = std::getenv("CXX");
  std::string command = from_env && *from_env ? from_env : "c++";
  std::vector<std::string> words;
  std::istringstream stream(command);
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

std::vector<char*> to_argv(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  return argv;
}

int shell_style_status(int wait_status) {
  if (WIFEXITED(wait_status)) return WEXITSTATUS(wait_status);
  if (WIFSIGNALED(wait_status)) return 128 + WTERMSIG(wait_status);
  return kExitDiagnostics;
}

int wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return status;
}

// Runs argv with stdout and stderr captured together; returns the exit
// status (-1 if it could not start) and fills `output`.
int run_captured(std::vector<std::string> args, std::string& output) {
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) return -1;
  std::vector<char*> argv = to_argv(args);
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    dup2(pipe_fds[1], STDOUT_FILENO);
    dup2(pipe_fds[1], STDERR_FILENO);
    execvp(argv[0], argv.data());
    std::fprintf(stderr, "cannot run '%s': %s\n", argv[0], std::strerror(errno));
    _exit(127);
  }
  close(pipe_fds[1]);
  char buffer[4096];
  for (;;) {
    ssize_t n = read(pipe_fds[0], buffer, sizeof buffer);
    if (n > 0) {
      output.append(buffer, static_cast<size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  close(pipe_fds[0]);
  int status = wait_for(pid);
  return status < 0 ? -1 : shell_style_status(status);
}

std::string join(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

}  // namespace

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    std::cerr << "pyco2cpp: error: cannot write '" << path << "'\n";
    return false;
  }
  return true;
}

bool compile_program(const std::string& cpp_path, const std::string& program_path,
                     const Options& options) {
  std::string looked_in;
  std::optional<RuntimeLocation> runtime = find_runtime(looked_in);
  if (!runtime) {
    std::cerr << "pyco2cpp: error: cannot find the pyrt runtime (pyrt/pyrt.h and libpyrt.a); "
                 "looked in:\n"
              << looked_in;
    return false;
  }
  std::vector<std::string> command = compiler_command();
  // The default is -O2, except in a sanitizer build: with ASan and UBSan,
  // g++ takes 5-6 times as long at -O1 or -O2 as at -O0 (18 s against 3 s
  // for a 1,100-line program), and the runtime, where the bugs would be,
  // is instrumented at its own level anyway.
  std::string optimization = options.optimization;
  if (optimization.empty()) optimization = config::kSanitizeFlags.empty() ? "-O2" : "-O0";
  command.insert(command.end(), {"-std=c++20", optimization});
  command.insert(command.end(), config::kSanitizeFlags.begin(), config::kSanitizeFlags.end());
  for (const std::string& dir : runtime->include_dirs) command.push_back("-I" + dir);
  command.insert(command.end(), {"-o", program_path, cpp_path, runtime->library});
  for (const std::string& arg : config::kRuntimeLinkArgs) command.push_back(arg);
  command.push_back("-pthread");
  // A static program starts in half the time (2.5 ms instead of 5: no
  // dynamic loading of libstdc++ and its relocations), which matters for
  // short programs. gold links it faster than ld.bfd links a dynamic one.
  // Everything the runtime needs has a static archive on Debian.
  // (The sanitizers' run-time libraries exist only as shared libraries.)
  command.push_back("-fuse-ld=gold");
  if (config::kSanitizeFlags.empty()) command.push_back("-static");

  if (options.verbose) std::cerr << join(command) << "\n";
  std::string output;
  int status = run_captured(command, output);
  if (status == 0) return true;
  if (status == -1 || status == 127) {
    std::cerr << "pyco2cpp: error: cannot run the C++ compiler '" << command.front()
              << "' (set $CXX to choose another)\n"
              << output;
    return false;
  }
  std::cerr << "pyco2cpp: internal error: generated C++ failed to compile (this is a pyco2cpp bug)\n"
            << "command: " << join(command) << "\n"
            << output;
  return false;
}

TempDir::TempDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/pyco2cpp-XXXXXX";
  if (mkdtemp(pattern.data())) {
    path_ = pattern;
  } else {
    std::cerr << "pyco2cpp: error: cannot create a temporary directory '" << pattern
              << "': " << std::strerror(errno) << "\n";
  }
}

TempDir::~TempDir() {
  if (path_.empty() || keep_) return;
  std::error_code ec;
  fs::remove_all(path_, ec);
}

int run_program(const std::string& program, const std::string& argv0,
                const std::vector<std::string>& args) {
  std::vector<std::string> all{argv0};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv = to_argv(all);
  std::cout.flush();
  std::cerr.flush();
  // Like a shell, leave Ctrl-C to the program: we only wait for it. Ignored
  // before fork() so no signal slips in between; the child restores them.
  struct sigaction ignore {}, old_int{}, old_quit{};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  pid_t pid = fork();
  if (pid == 0) {
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
    execv(program.c_str(), argv.data());
    std::fprintf(stderr, "pyco2cpp: error: cannot run '%s': %s\n", program.c_str(),
                 std::strerror(errno));
    _exit(127);
  }
  if (pid < 0) {
    std::cerr << "pyco2cpp: error: cannot start the program: " << std::strerror(errno) << "\n";
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
    return kExitDiagnostics;
  }
  int status = wait_for(pid);
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGQUIT, &old_quit, nullptr);
  return status < 0 ? kExitDiagnostics : shell_style_status(status);
}

}  // namespace pyco2cpp::driver
