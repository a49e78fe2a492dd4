// The protocols `async with` and `async for` use inside a coroutine, with
// CPython 3.11's messages. What they return is awaited by the machine
// (py::await_iter and the delegation loop), so the manager's __aenter__ /
// __aexit__ and the iterator's __anext__ may suspend.
#include <fmt/format.h>

#include "core/core.h"
#include "pyrt/machine.h"

namespace py {

AsyncWithContext::AsyncWithContext(const Value& manager) : manager_(manager) {
  TypeObj* t = type_of(manager);
  Value enter = type_lookup(t, intern("__aenter__"));
  Value exit = type_lookup(t, intern("__aexit__"));
  if (enter.is_unbound())
    raise(E::TypeError, fmt::format("'{}' object does not support the asynchronous context manager protocol", t->name));
  if (exit.is_unbound())
    raise(E::TypeError,
          fmt::format("'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                      t->name));
  exit_ = bind_descriptor(exit, manager, t);
}

Value AsyncWithContext::enter() {
  TypeObj* t = type_of(manager_);
  return call(bind_descriptor(type_lookup(t, intern("__aenter__")), manager_, t), nullptr, 0);
}

Value AsyncWithContext::exit(const Value& exc) {
  if (exc.is_unbound() || exc.is_none()) {
    Value args[3] = {Value::none(), Value::none(), Value::none()};
    return call(exit_, args, 3);
  }
  Value tb = getattr(exc, Value::borrow(N::__traceback__));
  Value args[3] = {Value::borrow(type_of(exc)), exc, tb};
  return call(exit_, args, 3);
}

Value async_iter(const Value& iterable) {
  Value it = call_dunder(iterable, intern("__aiter__"), nullptr, 0);
  if (it.is_unbound())
    raise(E::TypeError, fmt::format("'async for' requires an object with __aiter__ method, got {}", type_name(iterable)));
  if (type_lookup(type_of(it), intern("__anext__")).is_unbound())
    raise(E::TypeError,
          fmt::format("'async for' received an object from __aiter__ that does not implement __anext__: {}", type_name(it)));
  return it;
}

Value async_next_iter(const Value& async_iterator) {
  Value awaitable = call_dunder(async_iterator, intern("__anext__"), nullptr, 0);
  try {
    return await_iter(awaitable);
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::TypeError)) throw;
    raise(E::TypeError, fmt::format("'async for' received an invalid object from __anext__: {}", type_name(awaitable)));
  }
}

int async_for_step(MachineObj* m, Value& io) {
  try {
    return yield_from_step(m, io) ? 1 : 0;
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::StopAsyncIteration)) throw;
    return -1;
  }
}

}  // namespace py
