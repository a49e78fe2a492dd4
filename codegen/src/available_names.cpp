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

// dir() of CPython 3.11's modules whose names the manifest lists, dunders
// aside: a name of theirs the runtime lacks is a compile-time error, and a
// name they lack stays an ImportError at run time, as in CPython.
constexpr ModuleName kCPythonModuleNames[] = {
    {"collections", "ChainMap"}, {"collections", "Counter"}, {"collections", "OrderedDict"},
    {"collections", "UserDict"}, {"collections", "UserList"}, {"collections", "UserString"},
    {"collections", "_Link"}, {"collections", "_OrderedDictItemsView"}, {"collections", "_OrderedDictKeysView"},
    {"collections", "_OrderedDictValuesView"}, {"collections", "_chain"}, {"collections", "_collections_abc"},
    {"collections", "_count_elements"}, {"collections", "_eq"}, {"collections", "_iskeyword"},
    {"collections", "_itemgetter"}, {"collections", "_proxy"}, {"collections", "_recursive_repr"},
    {"collections", "_repeat"}, {"collections", "_starmap"}, {"collections", "_sys"},
    {"collections", "_tuplegetter"}, {"collections", "abc"}, {"collections", "defaultdict"},
    {"collections", "deque"}, {"collections", "namedtuple"},
    {"datetime", "MAXYEAR"}, {"datetime", "MINYEAR"}, {"datetime", "UTC"}, {"datetime", "date"},
    {"datetime", "datetime"}, {"datetime", "datetime_CAPI"}, {"datetime", "sys"}, {"datetime", "time"},
    {"datetime", "timedelta"}, {"datetime", "timezone"}, {"datetime", "tzinfo"},
    {"functools", "GenericAlias"}, {"functools", "RLock"}, {"functools", "WRAPPER_ASSIGNMENTS"},
    {"functools", "WRAPPER_UPDATES"}, {"functools", "_CacheInfo"}, {"functools", "_HashedSeq"},
    {"functools", "_NOT_FOUND"}, {"functools", "_c3_merge"}, {"functools", "_c3_mro"},
    {"functools", "_compose_mro"}, {"functools", "_convert"}, {"functools", "_find_impl"},
    {"functools", "_ge_from_gt"}, {"functools", "_ge_from_le"}, {"functools", "_ge_from_lt"},
    {"functools", "_gt_from_ge"}, {"functools", "_gt_from_le"}, {"functools", "_gt_from_lt"},
    {"functools", "_initial_missing"}, {"functools", "_le_from_ge"}, {"functools", "_le_from_gt"},
    {"functools", "_le_from_lt"}, {"functools", "_lru_cache_wrapper"}, {"functools", "_lt_from_ge"},
    {"functools", "_lt_from_gt"}, {"functools", "_lt_from_le"}, {"functools", "_make_key"},
    {"functools", "_unwrap_partial"}, {"functools", "cache"}, {"functools", "cached_property"},
    {"functools", "cmp_to_key"}, {"functools", "get_cache_token"}, {"functools", "lru_cache"},
    {"functools", "namedtuple"}, {"functools", "partial"}, {"functools", "partialmethod"},
    {"functools", "recursive_repr"}, {"functools", "reduce"}, {"functools", "singledispatch"},
    {"functools", "singledispatchmethod"}, {"functools", "total_ordering"}, {"functools", "update_wrapper"},
    {"functools", "wraps"}, {"heapq", "_heapify_max"}, {"heapq", "_heappop_max"}, {"heapq", "_heapreplace_max"},
    {"heapq", "_siftdown"}, {"heapq", "_siftdown_max"}, {"heapq", "_siftup"}, {"heapq", "_siftup_max"},
    {"heapq", "heapify"}, {"heapq", "heappop"}, {"heapq", "heappush"}, {"heapq", "heappushpop"},
    {"heapq", "heapreplace"}, {"heapq", "merge"}, {"heapq", "nlargest"}, {"heapq", "nsmallest"},
    {"itertools", "_grouper"}, {"itertools", "_tee"}, {"itertools", "_tee_dataobject"},
    {"itertools", "accumulate"}, {"itertools", "chain"}, {"itertools", "combinations"},
    {"itertools", "combinations_with_replacement"}, {"itertools", "compress"}, {"itertools", "count"},
    {"itertools", "cycle"}, {"itertools", "dropwhile"}, {"itertools", "filterfalse"}, {"itertools", "groupby"},
    {"itertools", "islice"}, {"itertools", "pairwise"}, {"itertools", "permutations"}, {"itertools", "product"},
    {"itertools", "repeat"}, {"itertools", "starmap"}, {"itertools", "takewhile"}, {"itertools", "tee"},
    {"itertools", "zip_longest"}, {"math", "acos"}, {"math", "acosh"}, {"math", "asin"}, {"math", "asinh"},
    {"math", "atan"}, {"math", "atan2"}, {"math", "atanh"}, {"math", "cbrt"}, {"math", "ceil"},
    {"math", "comb"}, {"math", "copysign"}, {"math", "cos"}, {"math", "cosh"}, {"math", "degrees"},
    {"math", "dist"}, {"math", "e"}, {"math", "erf"}, {"math", "erfc"}, {"math", "exp"}, {"math", "exp2"},
    {"math", "expm1"}, {"math", "fabs"}, {"math", "factorial"}, {"math", "floor"}, {"math", "fmod"},
    {"math", "frexp"}, {"math", "fsum"}, {"math", "gamma"}, {"math", "gcd"}, {"math", "hypot"}, {"math", "inf"},
    {"math", "isclose"}, {"math", "isfinite"}, {"math", "isinf"}, {"math", "isnan"}, {"math", "isqrt"},
    {"math", "lcm"}, {"math", "ldexp"}, {"math", "lgamma"}, {"math", "log"}, {"math", "log10"},
    {"math", "log1p"}, {"math", "log2"}, {"math", "modf"}, {"math", "nan"}, {"math", "nextafter"},
    {"math", "perm"}, {"math", "pi"}, {"math", "pow"}, {"math", "prod"}, {"math", "radians"},
    {"math", "remainder"}, {"math", "sin"}, {"math", "sinh"}, {"math", "sqrt"}, {"math", "tan"},
    {"math", "tanh"}, {"math", "tau"}, {"math", "trunc"}, {"math", "ulp"}, {"random", "BPF"},
    {"random", "LOG4"}, {"random", "NV_MAGICCONST"}, {"random", "RECIP_BPF"}, {"random", "Random"},
    {"random", "SG_MAGICCONST"}, {"random", "SystemRandom"}, {"random", "TWOPI"}, {"random", "_ONE"},
    {"random", "_Sequence"}, {"random", "_Set"}, {"random", "_accumulate"}, {"random", "_acos"},
    {"random", "_bisect"}, {"random", "_ceil"}, {"random", "_cos"}, {"random", "_e"}, {"random", "_exp"},
    {"random", "_floor"}, {"random", "_index"}, {"random", "_inst"}, {"random", "_isfinite"},
    {"random", "_log"}, {"random", "_os"}, {"random", "_pi"}, {"random", "_random"}, {"random", "_repeat"},
    {"random", "_sha512"}, {"random", "_sin"}, {"random", "_sqrt"}, {"random", "_test"},
    {"random", "_test_generator"}, {"random", "_urandom"}, {"random", "_warn"}, {"random", "betavariate"},
    {"random", "choice"}, {"random", "choices"}, {"random", "expovariate"}, {"random", "gammavariate"},
    {"random", "gauss"}, {"random", "getrandbits"}, {"random", "getstate"}, {"random", "lognormvariate"},
    {"random", "normalvariate"}, {"random", "paretovariate"}, {"random", "randbytes"}, {"random", "randint"},
    {"random", "random"}, {"random", "randrange"}, {"random", "sample"}, {"random", "seed"},
    {"random", "setstate"}, {"random", "shuffle"}, {"random", "triangular"}, {"random", "uniform"},
    {"random", "vonmisesvariate"}, {"random", "weibullvariate"}, {"sys", "_base_executable"},
    {"sys", "_clear_type_cache"}, {"sys", "_current_exceptions"}, {"sys", "_current_frames"},
    {"sys", "_debugmallocstats"}, {"sys", "_framework"}, {"sys", "_getframe"}, {"sys", "_getquickenedcount"},
    {"sys", "_git"}, {"sys", "_home"}, {"sys", "_stdlib_dir"}, {"sys", "_xoptions"}, {"sys", "abiflags"},
    {"sys", "addaudithook"}, {"sys", "api_version"}, {"sys", "argv"}, {"sys", "audit"},
    {"sys", "base_exec_prefix"}, {"sys", "base_prefix"}, {"sys", "breakpointhook"},
    {"sys", "builtin_module_names"}, {"sys", "byteorder"}, {"sys", "call_tracing"}, {"sys", "copyright"},
    {"sys", "displayhook"}, {"sys", "dont_write_bytecode"}, {"sys", "exc_info"}, {"sys", "excepthook"},
    {"sys", "exception"}, {"sys", "exec_prefix"}, {"sys", "executable"}, {"sys", "exit"}, {"sys", "flags"},
    {"sys", "float_info"}, {"sys", "float_repr_style"}, {"sys", "get_asyncgen_hooks"},
    {"sys", "get_coroutine_origin_tracking_depth"}, {"sys", "get_int_max_str_digits"},
    {"sys", "getallocatedblocks"}, {"sys", "getdefaultencoding"}, {"sys", "getdlopenflags"},
    {"sys", "getfilesystemencodeerrors"}, {"sys", "getfilesystemencoding"}, {"sys", "getprofile"},
    {"sys", "getrecursionlimit"}, {"sys", "getrefcount"}, {"sys", "getsizeof"}, {"sys", "getswitchinterval"},
    {"sys", "gettrace"}, {"sys", "hash_info"}, {"sys", "hexversion"}, {"sys", "implementation"},
    {"sys", "int_info"}, {"sys", "intern"}, {"sys", "is_finalizing"}, {"sys", "maxsize"}, {"sys", "maxunicode"},
    {"sys", "meta_path"}, {"sys", "modules"}, {"sys", "orig_argv"}, {"sys", "path"}, {"sys", "path_hooks"},
    {"sys", "path_importer_cache"}, {"sys", "platform"}, {"sys", "platlibdir"}, {"sys", "prefix"},
    {"sys", "pycache_prefix"}, {"sys", "set_asyncgen_hooks"}, {"sys", "set_coroutine_origin_tracking_depth"},
    {"sys", "set_int_max_str_digits"}, {"sys", "setdlopenflags"}, {"sys", "setprofile"},
    {"sys", "setrecursionlimit"}, {"sys", "setswitchinterval"}, {"sys", "settrace"}, {"sys", "stderr"},
    {"sys", "stdin"}, {"sys", "stdlib_module_names"}, {"sys", "stdout"}, {"sys", "thread_info"},
    {"sys", "unraisablehook"}, {"sys", "version"}, {"sys", "version_info"}, {"sys", "warnoptions"},
    {"time", "CLOCK_BOOTTIME"}, {"time", "CLOCK_MONOTONIC"}, {"time", "CLOCK_MONOTONIC_RAW"},
    {"time", "CLOCK_PROCESS_CPUTIME_ID"}, {"time", "CLOCK_REALTIME"}, {"time", "CLOCK_TAI"},
    {"time", "CLOCK_THREAD_CPUTIME_ID"}, {"time", "_STRUCT_TM_ITEMS"}, {"time", "altzone"}, {"time", "asctime"},
    {"time", "clock_getres"}, {"time", "clock_gettime"}, {"time", "clock_gettime_ns"},
    {"time", "clock_settime"}, {"time", "clock_settime_ns"}, {"time", "ctime"}, {"time", "daylight"},
    {"time", "get_clock_info"}, {"time", "gmtime"}, {"time", "localtime"}, {"time", "mktime"},
    {"time", "monotonic"}, {"time", "monotonic_ns"}, {"time", "perf_counter"}, {"time", "perf_counter_ns"},
    {"time", "process_time"}, {"time", "process_time_ns"}, {"time", "pthread_getcpuclockid"}, {"time", "sleep"},
    {"time", "strftime"}, {"time", "strptime"}, {"time", "struct_time"}, {"time", "thread_time"},
    {"time", "thread_time_ns"}, {"time", "time"}, {"time", "time_ns"}, {"time", "timezone"}, {"time", "tzname"},
    {"time", "tzset"}, {"types", "AsyncGeneratorType"}, {"types", "BuiltinFunctionType"},
    {"types", "BuiltinMethodType"}, {"types", "CellType"}, {"types", "ClassMethodDescriptorType"},
    {"types", "CodeType"}, {"types", "CoroutineType"}, {"types", "DynamicClassAttribute"},
    {"types", "EllipsisType"}, {"types", "FrameType"}, {"types", "FunctionType"}, {"types", "GeneratorType"},
    {"types", "GenericAlias"}, {"types", "GetSetDescriptorType"}, {"types", "LambdaType"},
    {"types", "MappingProxyType"}, {"types", "MemberDescriptorType"}, {"types", "MethodDescriptorType"},
    {"types", "MethodType"}, {"types", "MethodWrapperType"}, {"types", "ModuleType"}, {"types", "NoneType"},
    {"types", "NotImplementedType"}, {"types", "SimpleNamespace"}, {"types", "TracebackType"},
    {"types", "UnionType"}, {"types", "WrapperDescriptorType"}, {"types", "_GeneratorWrapper"},
    {"types", "_calculate_meta"}, {"types", "_cell_factory"}, {"types", "coroutine"}, {"types", "new_class"},
    {"types", "prepare_class"}, {"types", "resolve_bases"}};

template <size_t N>
constexpr bool contains(const ModuleName (&names)[N], const ModuleName& name) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

template <size_t N>
constexpr bool lists_module(const ModuleName (&names)[N], std::string_view module) {
  for (const ModuleName& n : names)
    if (n.module == module) return true;
  return false;
}

constexpr bool every_provided_module_name_is_cpythons() {
  for (const ModuleName& n : kProvidedModuleNames)
    if (!contains(kCPythonModuleNames, n)) return false;
  return true;
}
static_assert(every_provided_module_name_is_cpythons(),
              "pyrt_manifest.def lists a module name that CPython 3.11's module does not have");

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
  return lists_module(kProvidedModuleNames, module) && contains(kCPythonModuleNames, n) &&
         !contains(kProvidedModuleNames, n);
}

bool is_runtime_module(const std::string& dotted_name) {
  // Importing a.b.c imports a and a.b first: each of them must be provided.
  for (size_t dot = dotted_name.find('.'); dot != std::string::npos; dot = dotted_name.find('.', dot + 1))
    if (!contains(kProvidedModules, std::string_view(dotted_name).substr(0, dot))) return false;
  return contains(kProvidedModules, dotted_name);
}

}  // namespace pyco2cpp::codegen
