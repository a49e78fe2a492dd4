// The types module: the type objects programs compare against, and
// types.coroutine, which makes a generator function's generators awaitable
// (custom event loops are built on it: a coroutine awaits such a generator,
// whose yield reaches the loop).
#include <fmt/format.h>

#include "core/core.h"
#include "pyrt/machine.h"
#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

// ---------------------------------------------------------------- _GeneratorWrapper

TypeObj* generator_wrapper_type = nullptr;
TypeObj* coroutine_wrapper_type = nullptr;

// types._GeneratorWrapper: makes a generator that is not marked as an
// iterable coroutine awaitable, forwarding everything to it. Its __await__
// (and __iter__) is the generator itself when it is a real generator.
struct GeneratorWrapperObj : Object {
  Value wrapped;
  bool is_gen = false;
  Value attrs;  // __name__, __qualname__ and whatever a program sets
  GeneratorWrapperObj() : Object(generator_wrapper_type) {}
  template <class Visit>
  void traverse(Visit&& visit) {
    visit(wrapped), visit(attrs);
  }
};

GeneratorWrapperObj* wrapper_self(const Value& v) {
  if (type_of(v) != generator_wrapper_type)
    raise(E::TypeError, fmt::format("descriptor requires a '_GeneratorWrapper' object but received a '{}'", type_name(v)));
  return static_cast<GeneratorWrapperObj*>(v.obj());
}

Value wrapped_attr(const Value& self, const char* attr) { return getattr(wrapper_self(self)->wrapped, name(attr)); }

Value wrapper_forward(const char* method, const Value* args, size_t nargs, TupleObj* kwnames) {
  return call_method(wrapper_self(args[0])->wrapped, name(method), args + 1, nargs - 1, kwnames);
}

Value wrapper_send(const Value* args, size_t nargs, TupleObj* kwnames) {
  Signature sig{"_GeneratorWrapper.send", {"val"}, 1, 1, true};
  Value val;
  bind(sig, args + 1, nargs - 1, kwnames, &val);
  return call_method(wrapper_self(args[0])->wrapped, name("send"), &val, 1);
}
Value wrapper_throw(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs < 2) raise(E::TypeError, "_GeneratorWrapper.throw() missing 1 required positional argument: 'tp'");
  return wrapper_forward("throw", args, nargs, kwnames);
}
Value wrapper_close(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("_GeneratorWrapper.close", nargs - 1, kwnames, 0);
  return wrapper_forward("close", args, nargs, kwnames);
}
Value wrapper_next(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("_GeneratorWrapper.__next__", nargs - 1, kwnames, 0);
  return call_method(wrapper_self(args[0])->wrapped, name("__next__"), nullptr, 0);
}
Value wrapper_iter(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("_GeneratorWrapper.__iter__", nargs - 1, kwnames, 0);
  GeneratorWrapperObj* w = wrapper_self(args[0]);
  return w->is_gen ? w->wrapped : args[0];
}

Value wrapper_getattr(const Value& self, StrObj* attr) {
  auto* w = static_cast<GeneratorWrapperObj*>(self.obj());
  if (Value* v = dict_find_str(w->attrs.as<DictObj>(), attr)) return *v;
  return generic_getattr(self, attr, false);
}
bool wrapper_setattr(const Value& self, StrObj* attr, const Value& value) {
  dict_set(static_cast<GeneratorWrapperObj*>(self.obj())->attrs.as<DictObj>(), Value::borrow(attr), value);
  return true;
}

// getattr(obj, attr, None)
Value attr_or_none(const Value& obj, const char* attr) {
  Value v = getattr_or_unbound(obj, intern(attr));
  return v.is_bound() ? v : Value::none();
}

Value wrap_generator(const Value& gen) {
  auto* w = new GeneratorWrapperObj();
  Value self = Value::steal(w);
  w->wrapped = gen;
  w->is_gen = type_of(gen) == T::generator;
  w->attrs = make_dict();
  wrapper_setattr(self, intern("__name__"), attr_or_none(gen, "__name__"));
  wrapper_setattr(self, intern("__qualname__"), attr_or_none(gen, "__qualname__"));
  return self;
}

void init_generator_wrapper_type() {
  TypeObj* t = new_builtin_type("_GeneratorWrapper", nullptr);
  t->getattr = wrapper_getattr;
  t->setattr = wrapper_setattr;
  add_method(t, "send", wrapper_send);
  add_method(t, "throw", wrapper_throw);
  add_method(t, "close", wrapper_close);
  add_method(t, "__next__", wrapper_next);
  add_method(t, "__iter__", wrapper_iter);
  add_method(t, "__await__", wrapper_iter);
  add_getter(t, "gi_code", [](const Value& self) { return wrapped_attr(self, "gi_code"); });
  add_getter(t, "gi_frame", [](const Value& self) { return wrapped_attr(self, "gi_frame"); });
  add_getter(t, "gi_running", [](const Value& self) { return wrapped_attr(self, "gi_running"); });
  add_getter(t, "gi_yieldfrom", [](const Value& self) { return wrapped_attr(self, "gi_yieldfrom"); });
  add_getter(t, "cr_code", [](const Value& self) { return wrapped_attr(self, "gi_code"); });
  add_getter(t, "cr_frame", [](const Value& self) { return wrapped_attr(self, "gi_frame"); });
  add_getter(t, "cr_running", [](const Value& self) { return wrapped_attr(self, "gi_running"); });
  add_getter(t, "cr_await", [](const Value& self) { return wrapped_attr(self, "gi_yieldfrom"); });
  generator_wrapper_type = t;
}

// ---------------------------------------------------------------- coroutine()

// The function types.coroutine() returns for a callable that is neither a
// generator nor a coroutine function (functools.wraps copies its name):
// a call passes native coroutines and iterable-coroutine generators
// through, wraps any other generator (collections.abc.Generator and not
// Coroutine) in a _GeneratorWrapper, and passes anything else through.
struct CoroutineWrapperObj : Object {
  Value func;
  Value attrs;  // what functools.wraps copied, and __wrapped__
  CoroutineWrapperObj() : Object(coroutine_wrapper_type) {}
  template <class Visit>
  void traverse(Visit&& visit) {
    visit(func), visit(attrs);
  }
};

bool has_all(TypeObj* t, std::initializer_list<const char*> methods) {
  for (const char* m : methods)
    if (type_lookup(t, intern(m)).is_unbound()) return false;
  return true;
}

Value coroutine_wrapper_call(const Value& callee, const Value* args, size_t nargs, TupleObj* kwnames) {
  Value coro = call(static_cast<CoroutineWrapperObj*>(callee.obj())->func, args, nargs, kwnames);
  TypeObj* t = type_of(coro);
  if (t == T::coroutine || (t == T::generator && coro.as<MachineObj>()->iterable_coroutine)) return coro;
  bool is_generator = t == T::generator || has_all(t, {"__iter__", "__next__", "send", "throw", "close"});
  bool is_coroutine = has_all(t, {"__await__", "send", "throw", "close"});
  if (is_generator && !is_coroutine) return wrap_generator(coro);
  return coro;
}

Value coroutine_wrapper_getattr(const Value& self, StrObj* attr) {
  auto* w = static_cast<CoroutineWrapperObj*>(self.obj());
  if (Value* v = dict_find_str(w->attrs.as<DictObj>(), attr)) return *v;
  if (attr->s == "__dict__") return w->attrs;
  return generic_getattr(self, attr, false);
}
bool coroutine_wrapper_setattr(const Value& self, StrObj* attr, const Value& value) {
  dict_set(static_cast<CoroutineWrapperObj*>(self.obj())->attrs.as<DictObj>(), Value::borrow(attr), value);
  return true;
}
Value coroutine_wrapper_repr(const Value& self) {
  Value qualname = coroutine_wrapper_getattr(self, intern("__qualname__"));
  std::string shown = qualname.is_bound() ? std::string(sv(str(qualname))) : "wrapped";
  return make_str(fmt::format("<function {} at {}>", shown, static_cast<void*>(self.obj())));
}

void init_coroutine_wrapper_type() {
  TypeObj* t = new_builtin_type("function", nullptr);
  t->allows_subclassing = false;
  t->call = coroutine_wrapper_call;
  t->getattr = coroutine_wrapper_getattr;
  t->setattr = coroutine_wrapper_setattr;
  t->repr = coroutine_wrapper_repr;
  coroutine_wrapper_type = t;
}

// types.coroutine(func), as CPython's: a generator function gets its
// generators marked awaitable (CPython sets CO_ITERABLE_COROUTINE on the
// code) and is returned itself, as is a coroutine function; any other
// callable is wrapped (above).
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
  auto* w = new CoroutineWrapperObj();
  Value wrapper = Value::steal(w);
  w->func = func;
  w->attrs = make_dict();
  wraps(wrapper, func);
  return wrapper;
}

}  // namespace

void init_types_module(ModuleObj* m) {
  if (!generator_wrapper_type) init_generator_wrapper_type(), init_coroutine_wrapper_type();
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
