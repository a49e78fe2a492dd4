// The types module: the type objects programs compare against, and
// types.coroutine, which makes a generator function's generators awaitable
// (custom event loops are built on it: a coroutine awaits such a generator,
// whose yield reaches the loop).
#include "core/core.h"
#include "pyrt/machine.h"
#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

// types.coroutine(func), as CPython's: a generator function gets its
// generators marked awaitable (CPython sets CO_ITERABLE_COROUTINE on the
// code) and is returned itself, as is a coroutine function. CPython wraps
// any other callable in a function that adapts what it returns; that
// wrapper is not provided here, and says so rather than behaving otherwise.
Value fn_coroutine(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("coroutine", nargs, kwnames, 1, 1);
  const Value& func = args[0];
  if (!is_callable(func)) raise(E::TypeError, "types.coroutine() expects a callable");
  if (type_of(func) == T::function) {
    auto* fn = func.as<FuncObj>();
    if (fn->code->kind == FuncKind::Coroutine) return func;
    if (fn->code->kind == FuncKind::Generator) {
      fn->iterable_coroutine = true;
      return func;
    }
  }
  raise(E::NotImplementedError,
        "pyco2cpp: types.coroutine() of a callable that is not a generator or coroutine function is not supported");
}

}  // namespace

void init_types_module(ModuleObj* m) {
  module_add_fn(m, "coroutine", fn_coroutine);
  module_add(m, "GeneratorType", Value::borrow(T::generator));
  module_add(m, "CoroutineType", Value::borrow(T::coroutine));
  module_add(m, "AsyncGeneratorType", Value::borrow(T::async_generator));
  module_add(m, "FunctionType", Value::borrow(T::function));
  module_add(m, "LambdaType", Value::borrow(T::function));
  module_add(m, "BuiltinFunctionType", Value::borrow(T::builtin_function));
  module_add(m, "MethodType", Value::borrow(T::method));
  module_add(m, "ModuleType", Value::borrow(T::module));
  module_add(m, "NoneType", Value::borrow(T::none));
}

}  // namespace py
