// The `with` statement's protocol: __enter__ / __exit__ looked up on the
// type, with CPython 3.11's messages.
#include <fmt/format.h>

#include "core/core.h"

namespace py {

WithContext::WithContext(const Value& manager) : manager_(manager) {
  TypeObj* t = type_of(manager);
  Value enter = type_lookup(t, N::__enter__);
  Value exit = type_lookup(t, N::__exit__);
  if (enter.is_unbound())
    raise(E::TypeError, fmt::format("'{}' object does not support the context manager protocol", t->name));
  if (exit.is_unbound())
    raise(E::TypeError,
          fmt::format("'{}' object does not support the context manager protocol (missed __exit__ method)", t->name));
  exit_ = bind_descriptor(exit, manager, t);
}

Value WithContext::enter() {
  TypeObj* t = type_of(manager_);
  Value enter = type_lookup(t, N::__enter__);
  if (enter.is_obj() && enter.obj()->type == T::function)
    return call_function(enter.as<FuncObj>(), &manager_, nullptr, 0, nullptr);
  return call(bind_descriptor(enter, manager_, t), nullptr, 0);
}

void WithContext::exit_ok() {
  Value args[3] = {Value::none(), Value::none(), Value::none()};
  call(exit_, args, 3);
}

bool WithContext::exit_exc(const Value& exc) {
  Value tb = getattr(exc, Value::borrow(N::__traceback__));
  Value args[3] = {Value::borrow(type_of(exc)), exc, tb};
  return truthy(call(exit_, args, 3));
}

}  // namespace py
