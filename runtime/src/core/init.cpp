// Runtime start-up: every builtin type and exception class, in CPython's
// hierarchy, then the other parts' initialisers in a fixed order.
#include <pthread.h>
#include <sys/resource.h>

#include <algorithm>
#include <cassert>
#include <csignal>
#include <cstdio>

#include "core/core.h"

namespace py {

namespace T {
TypeObj *object, *type, *none, *not_implemented, *ellipsis, *bool_, *int_, *float_, *complex_, *str,
    *bytes, *tuple, *list, *dict, *set, *frozenset, *range, *slice, *function, *builtin_function,
    *method, *cell, *module, *property, *classmethod, *staticmethod, *super, *iterator, *code;
TypeObj *getset_descriptor, *seq_iterator, *traceback;
}  // namespace T

namespace E {
TypeObj *BaseException, *SystemExit, *KeyboardInterrupt, *GeneratorExit, *Exception, *StopIteration,
    *StopAsyncIteration, *ArithmeticError, *FloatingPointError, *OverflowError, *ZeroDivisionError,
    *AssertionError, *AttributeError, *BufferError, *EOFError, *ImportError, *ModuleNotFoundError,
    *LookupError, *IndexError, *KeyError, *MemoryError, *NameError, *UnboundLocalError, *OSError,
    *FileNotFoundError, *PermissionError, *TimeoutError, *ConnectionError, *BrokenPipeError,
    *ConnectionResetError, *ConnectionRefusedError, *BlockingIOError, *InterruptedError,
    *IsADirectoryError, *ReferenceError, *RuntimeError, *NotImplementedError, *RecursionError,
    *SyntaxError, *SystemError, *TypeError, *ValueError, *UnicodeError, *UnicodeDecodeError,
    *UnicodeEncodeError, *Warning, *UserWarning, *DeprecationWarning, *RuntimeWarning,
    *BaseExceptionGroup, *ExceptionGroup, *CancelledError, *InvalidStateError;
}  // namespace E

namespace N {
#define PYRT_DEFINE_NAME(n) StrObj* n;
PYRT_CORE_NAMES(PYRT_DEFINE_NAME)
#undef PYRT_DEFINE_NAME
StrObj* func_;
}  // namespace N

Frame* current_frame = nullptr;
int recursion_limit = 1000;
char* stack_limit = nullptr;

// The main thread's stack ends (its rlimit) this far below where it began;
// calls stop kMainStackMargin above the end, leaving the runtime's own
// calls (and the C++ unwinder) room to finish. The soft rlimit is raised
// first (the kernel grows the main stack up to the rlimit of the moment,
// and leaves at least 128 MiB below it for that), so that a program that
// raises sys.setrecursionlimit goes about as deep as CPython does before
// the stack check stops it.
static void set_main_stack_limit() {
  constexpr size_t kMainStackMargin = 256 * 1024;
  constexpr rlim_t kMainStackWanted = rlim_t(112) << 20;
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < kMainStackWanted) {
    rl.rlim_cur = rl.rlim_max == RLIM_INFINITY ? kMainStackWanted : std::min(rl.rlim_max, kMainStackWanted);
    setrlimit(RLIMIT_STACK, &rl);
  }
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
  void* low = nullptr;
  size_t size = 0;
  if (pthread_attr_getstack(&attr, &low, &size) == 0 && size > 2 * kMainStackMargin)
    stack_limit = static_cast<char*>(low) + kMainStackMargin;
  pthread_attr_destroy(&attr);
}

// Types are created before `type` itself is complete, so the metatype is
// patched in at the end of init_core_types.
static TypeObj* make_type_raw(const char* name, TypeObj* base, Layout layout, bool builtin) {
  auto* t = new TypeObj();
  t->refcnt = kImmortal;
  t->type = T::type;
  t->name = name;
  t->qualname = name;
  t->module = "builtins";
  t->layout = layout;
  t->is_builtin = builtin;
  t->hash = identity_hash;
  t->mro.push_back(t);
  register_type(t);
  if (base) {
    for (TypeObj* b : base->mro) t->mro.push_back(b);
  }
  (void)base;
  return t;
}

static void finish_type(TypeObj* t) {
  if (!t->dict) {
    t->dict = new DictObj();
    t->dict->refcnt = kImmortal;
  }
  TypeObj* base = t->mro.size() > 1 ? t->mro[1] : nullptr;
  t->bases = base ? make_tuple({Value::borrow(base)}) : make_tuple({});
  if (t->layout != Layout::Exception) t->layout = base && base->layout == Layout::Exception ? Layout::Exception : t->layout;
}

TypeObj* new_builtin_type(const char* name, TypeObj* base, Layout layout) {
  if (!base) base = T::object;
  TypeObj* t = make_type_raw(name, base, layout, true);
  if (base->layout == Layout::Exception) t->layout = Layout::Exception;
  finish_type(t);
  ++type_epoch;
  return t;
}

static TypeObj* exc_type(const char* name, TypeObj* base) {
  TypeObj* t = make_type_raw(name, base, Layout::Exception, true);
  return t;
}

void init_core_types() {
  T::object = make_type_raw("object", nullptr, Layout::Object, true);
  T::type = make_type_raw("type", T::object, Layout::Builtin, true);
  for (TypeObj* t : {T::object, T::type}) t->type = T::type;
  T::none = make_type_raw("NoneType", T::object, Layout::Builtin, true);
  T::not_implemented = make_type_raw("NotImplementedType", T::object, Layout::Builtin, true);
  T::ellipsis = make_type_raw("ellipsis", T::object, Layout::Builtin, true);
  T::int_ = make_type_raw("int", T::object, Layout::Builtin, true);
  T::bool_ = make_type_raw("bool", T::int_, Layout::Builtin, true);
  T::float_ = make_type_raw("float", T::object, Layout::Builtin, true);
  T::complex_ = make_type_raw("complex", T::object, Layout::Builtin, true);
  T::str = make_type_raw("str", T::object, Layout::Builtin, true);
  T::bytes = make_type_raw("bytes", T::object, Layout::Builtin, true);
  T::tuple = make_type_raw("tuple", T::object, Layout::Builtin, true);
  T::list = make_type_raw("list", T::object, Layout::Builtin, true);
  T::dict = make_type_raw("dict", T::object, Layout::Builtin, true);
  T::set = make_type_raw("set", T::object, Layout::Builtin, true);
  T::frozenset = make_type_raw("frozenset", T::object, Layout::Builtin, true);
  T::range = make_type_raw("range", T::object, Layout::Builtin, true);
  T::slice = make_type_raw("slice", T::object, Layout::Builtin, true);
  T::function = make_type_raw("function", T::object, Layout::Builtin, true);
  T::builtin_function = make_type_raw("builtin_function_or_method", T::object, Layout::Builtin, true);
  T::method = make_type_raw("method", T::object, Layout::Builtin, true);
  T::cell = make_type_raw("cell", T::object, Layout::Builtin, true);
  T::module = make_type_raw("module", T::object, Layout::Builtin, true);
  T::property = make_type_raw("property", T::object, Layout::Builtin, true);
  T::classmethod = make_type_raw("classmethod", T::object, Layout::Builtin, true);
  T::staticmethod = make_type_raw("staticmethod", T::object, Layout::Builtin, true);
  T::super = make_type_raw("super", T::object, Layout::Builtin, true);
  T::iterator = make_type_raw("iterator", T::object, Layout::Builtin, true);
  T::code = make_type_raw("code", T::object, Layout::Builtin, true);
  T::getset_descriptor = make_type_raw("getset_descriptor", T::object, Layout::Builtin, true);
  T::seq_iterator = make_type_raw("iterator", T::object, Layout::Builtin, true);
  T::traceback = make_type_raw("traceback", T::object, Layout::Builtin, true);
  for (TypeObj* t : {T::list, T::dict, T::set, T::slice}) t->hash = nullptr;
  for (TypeObj* t : {T::bool_, T::none, T::not_implemented, T::ellipsis, T::range, T::slice, T::function, T::builtin_function,
                     T::method, T::cell, T::code, T::getset_descriptor, T::seq_iterator, T::traceback})
    t->allows_subclassing = false;

  using namespace E;
  BaseException = exc_type("BaseException", T::object);
  SystemExit = exc_type("SystemExit", BaseException);
  KeyboardInterrupt = exc_type("KeyboardInterrupt", BaseException);
  GeneratorExit = exc_type("GeneratorExit", BaseException);
  BaseExceptionGroup = exc_type("BaseExceptionGroup", BaseException);
  Exception = exc_type("Exception", BaseException);
  ExceptionGroup = exc_type("ExceptionGroup", BaseExceptionGroup);
  ExceptionGroup->mro.insert(ExceptionGroup->mro.begin() + 2, Exception);
  StopIteration = exc_type("StopIteration", Exception);
  StopAsyncIteration = exc_type("StopAsyncIteration", Exception);
  ArithmeticError = exc_type("ArithmeticError", Exception);
  FloatingPointError = exc_type("FloatingPointError", ArithmeticError);
  OverflowError = exc_type("OverflowError", ArithmeticError);
  ZeroDivisionError = exc_type("ZeroDivisionError", ArithmeticError);
  AssertionError = exc_type("AssertionError", Exception);
  AttributeError = exc_type("AttributeError", Exception);
  BufferError = exc_type("BufferError", Exception);
  EOFError = exc_type("EOFError", Exception);
  ImportError = exc_type("ImportError", Exception);
  ModuleNotFoundError = exc_type("ModuleNotFoundError", ImportError);
  LookupError = exc_type("LookupError", Exception);
  IndexError = exc_type("IndexError", LookupError);
  KeyError = exc_type("KeyError", LookupError);
  MemoryError = exc_type("MemoryError", Exception);
  NameError = exc_type("NameError", Exception);
  UnboundLocalError = exc_type("UnboundLocalError", NameError);
  OSError = exc_type("OSError", Exception);
  BlockingIOError = exc_type("BlockingIOError", OSError);
  ConnectionError = exc_type("ConnectionError", OSError);
  BrokenPipeError = exc_type("BrokenPipeError", ConnectionError);
  ConnectionResetError = exc_type("ConnectionResetError", ConnectionError);
  ConnectionRefusedError = exc_type("ConnectionRefusedError", ConnectionError);
  FileNotFoundError = exc_type("FileNotFoundError", OSError);
  InterruptedError = exc_type("InterruptedError", OSError);
  IsADirectoryError = exc_type("IsADirectoryError", OSError);
  PermissionError = exc_type("PermissionError", OSError);
  TimeoutError = exc_type("TimeoutError", OSError);
  ReferenceError = exc_type("ReferenceError", Exception);
  RuntimeError = exc_type("RuntimeError", Exception);
  NotImplementedError = exc_type("NotImplementedError", RuntimeError);
  RecursionError = exc_type("RecursionError", RuntimeError);
  SyntaxError = exc_type("SyntaxError", Exception);
  SystemError = exc_type("SystemError", Exception);
  TypeError = exc_type("TypeError", Exception);
  ValueError = exc_type("ValueError", Exception);
  UnicodeError = exc_type("UnicodeError", ValueError);
  UnicodeDecodeError = exc_type("UnicodeDecodeError", UnicodeError);
  UnicodeEncodeError = exc_type("UnicodeEncodeError", UnicodeError);
  Warning = exc_type("Warning", Exception);
  UserWarning = exc_type("UserWarning", Warning);
  DeprecationWarning = exc_type("DeprecationWarning", Warning);
  RuntimeWarning = exc_type("RuntimeWarning", Warning);
  // asyncio's, defined here so `except asyncio.CancelledError` works before asyncio exists.
  CancelledError = exc_type("CancelledError", BaseException);
  CancelledError->module = "asyncio.exceptions";
  InvalidStateError = exc_type("InvalidStateError", Exception);
  InvalidStateError->module = "asyncio.exceptions";

  // Dicts need str hashing, which needs T::str: every type exists by now.
  for (TypeObj* t :
       {T::object, T::type, T::none, T::not_implemented, T::ellipsis, T::int_, T::bool_, T::float_, T::complex_, T::str, T::bytes, T::tuple, T::list,
        T::dict, T::set, T::frozenset, T::range, T::slice, T::function, T::builtin_function, T::method, T::cell, T::module, T::property,
        T::classmethod, T::staticmethod, T::super, T::iterator, T::code, T::getset_descriptor, T::seq_iterator, T::traceback})
    finish_type(t);
  T::object->bases = make_tuple({});
  for (TypeObj* t :
       {BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, BaseExceptionGroup, Exception,
        ExceptionGroup, StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError,
        OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError,
        ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
        UnboundLocalError, OSError, BlockingIOError, ConnectionError, BrokenPipeError,
        ConnectionResetError, ConnectionRefusedError, FileNotFoundError, InterruptedError,
        IsADirectoryError, PermissionError, TimeoutError, ReferenceError, RuntimeError,
        NotImplementedError, RecursionError, SyntaxError, SystemError, TypeError, ValueError,
        UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning,
        DeprecationWarning, RuntimeWarning, CancelledError, InvalidStateError})
    finish_type(t);
  ExceptionGroup->bases = make_tuple({Value::borrow(BaseExceptionGroup), Value::borrow(Exception)});

  init_core_names();
  init_object_methods();
  init_exceptions();
  ++type_epoch;
}

void init_core_names() {
#define PYRT_INTERN_NAME(n) N::n = intern(#n);
  PYRT_CORE_NAMES(PYRT_INTERN_NAME)
#undef PYRT_INTERN_NAME
  N::func_ = intern("__func__");
}

static bool runtime_ready = false;

void runtime_init() {
  if (runtime_ready) return;
  runtime_ready = true;
  // As CPython: a write to a pipe whose reader went away is EPIPE
  // (BrokenPipeError), not death by SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  handled_exception = Value::none();
  set_main_stack_limit();
  building_types = true;
  init_core_types();
  init_data_types();
  init_machine_types();
  init_loop_types();
  ++type_epoch;
  init_core_builtins();
  init_modules();
  building_types = false;
  ++type_epoch;
}

// ------------------------------------------------------------ dealloc

static void report_unraisable(const char* where_repr, const Value& exc) {
  std::string out = "Exception ignored in: ";
  out += where_repr;
  out += "\n";
  write_stderr(out);
  print_exception(exc);
}

static void dealloc_now(Object* o);

// Freeing a long chain (a linked list of 100k nodes) recurses once per
// node; past a depth the rest is queued and freed by the outermost call, as
// CPython's "trashcan" does.
static int dealloc_depth = 0;
static std::vector<Object*> deferred_deallocs;

void dealloc(Object* o) {
  if (dealloc_depth >= 256) {
    deferred_deallocs.push_back(o);
    return;
  }
  ++dealloc_depth;
  dealloc_now(o);
  if (dealloc_depth == 1) {
    while (!deferred_deallocs.empty()) {
      Object* next = deferred_deallocs.back();
      deferred_deallocs.pop_back();
      dealloc_now(next);
    }
  }
  --dealloc_depth;
}

void run_del(Object* o) {
  Value del = type_lookup(o->type, N::__del__);
  Value self = Value::borrow(o);
  Value saved_handled = handled_exception;
  Frame* saved_frame = current_frame;
  // __del__ is called "from C": its traceback starts at its own frame.
  Frame detached{nullptr, 0, saved_frame ? saved_frame->depth : 0, nullptr};
  current_frame = &detached;
  try {
    call(del, &self, 1);
    current_frame = saved_frame;
  } catch (PyError& e) {
    current_frame = saved_frame;
    std::string where;
    try {
      where = repr_string(del);
    } catch (PyError&) {
      where = "<object repr() failed>";
    }
    report_unraisable(where.c_str(), e.exc);
  }
  handled_exception = saved_handled;
}

static void dealloc_now(Object* o) {
  TypeObj* t = o->type;
  // Every object of a class statement's class holds a reference to it
  // (hold_class): one made without would outlive its class.
  assert((t->is_builtin || (o->gc_slot & Object::kOwnsType)) && "an object of a class does not hold its class");
  // Finalisers (a type's finalize, then __del__) run once in an object's
  // life (PEP 442): not again if one stored the object somewhere and that
  // reference went too, nor after the cycle collector ran them.
  if (!(o->gc_slot & Object::kGcFinalized)) [[likely]] {
    if (t->finalize) [[unlikely]] {
      o->refcnt = 1;  // resurrected while the finaliser runs
      o->gc_slot |= Object::kGcFinalized;
      t->finalize(o);
      if (--o->refcnt != 0) return;
    }
    if (is_class(t) && type_lookup(t, N::__del__).is_bound()) [[unlikely]] {
      o->refcnt = 1;  // resurrect for the duration of __del__
      o->gc_slot |= Object::kGcFinalized;
      run_del(o);
      if (--o->refcnt != 0) return;  // __del__ stored self somewhere: it lives on
    }
  }
  delete o;
}

}  // namespace py
