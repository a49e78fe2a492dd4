// What a program may name: CPython's builtins (a language fact, listed here)
// and, of those and of the modules, what the runtime provides (its manifest,
// runtime/manifest/pyrt_manifest.def, the list the runtime registers from).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "emitter.h"

namespace pyco2cpp::codegen {

namespace {

// dir(builtins) of CPython 3.11 (with site's exit, quit, help, copyright,
// credits and license). True, False and None are keywords, but a name whose
// NFKC form is one of them ('Ｎｏｎｅ') is looked up like any other.
// Codegen must know every one of them even when the runtime lacks it: a
// builtin the runtime lacks is then a compile-time error, not a NameError
// when the program runs.
constexpr std::string_view kCPythonBuiltins[] = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
    "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
    "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError",
    "MemoryError", "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented",
    "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError",
    "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
    "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning",
    "SystemError", "SystemExit", "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError", "__build_class__",
    "__debug__", "__doc__", "__import__", "__loader__", "__name__", "__package__", "__spec__", "abs",
    "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
    "callable", "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict",
    "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset",
    "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance",
    "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview", "min", "next",
    "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr", "reversed",
    "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
    "vars", "zip"};

constexpr std::string_view kProvidedBuiltins[] = {
#define PYRT_BUILTIN(name) name,
#include "pyrt_manifest.def"
};

constexpr std::string_view kProvidedModules[] = {
#define PYRT_MODULE(dotted_name, init_function) dotted_name,
#include "pyrt_manifest.def"
};

struct ModuleName {
  std::string_view module, name;
  constexpr bool operator==(const ModuleName& o) const { return module == o.module && name == o.name; }
};

constexpr ModuleName kProvidedModuleNames[] = {
#define PYRT_MODULE_NAME(dotted_name, name) {dotted_name, name},
#include "pyrt_manifest.def"
};

// dir() of CPython 3.11's modules, those of the manifest CPython has
// (generated: runtime/manifest/cpython_module_names.py). A name of theirs
// the runtime lacks is a compile-time error; a name they lack stays an
// ImportError or AttributeError at run time, as in CPython.
constexpr ModuleName kCPythonModuleNames[] = {
#define CPYTHON_MODULE_NAME(dotted_name, name) {dotted_name, name},
#include "cpython_module_names.def"
};

template <size_t N>
constexpr bool contains(const ModuleName (&names)[N], const ModuleName& name) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// That every name the manifest lists is CPython's is checked by
// tests/unit/test_manifest.cpp: as a static_assert, the search of one list
// in the other exceeds clang's constexpr step limit.

template <size_t N>
constexpr bool contains(const std::string_view (&names)[N], std::string_view name) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// Name resolution only treats CPython's builtins as builtins, so one the
// runtime added beyond them could never be reached by a program.
constexpr bool every_provided_builtin_is_cpythons() {
  for (std::string_view name : kProvidedBuiltins)
    if (!contains(kCPythonBuiltins, name)) return false;
  return true;
}
static_assert(every_provided_builtin_is_cpythons(),
              "pyrt_manifest.def lists a builtin that CPython 3.11 does not have");

}  // namespace

bool is_builtin_name(const std::string& name) { return contains(kCPythonBuiltins, name); }

bool is_builtin_not_provided(const std::string& name) {
  return is_builtin_name(name) && !contains(kProvidedBuiltins, name);
}

bool is_module_name_not_provided(const std::string& module, const std::string& name) {
  if (name.size() > 4 && name.compare(0, 2, "__") == 0 && name.compare(name.size() - 2, 2, "__") == 0) return false;
  ModuleName n{module, name};
  return contains(kCPythonModuleNames, n) && !contains(kProvidedModuleNames, n);
}

bool is_runtime_module(const std::string& dotted_name) {
  // Importing a.b.c imports a and a.b first: each of them must be provided.
  for (size_t dot = dotted_name.find('.'); dot != std::string::npos; dot = dotted_name.find('.', dot + 1))
    if (!contains(kProvidedModules, std::string_view(dotted_name).substr(0, dot))) return false;
  return contains(kProvidedModules, dotted_name);
}

}  // namespace pyco2cpp::codegen
