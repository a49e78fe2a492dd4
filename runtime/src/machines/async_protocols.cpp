// The protocols `async with` and `async for` use inside a coroutine, with
// CPython 3.11's messages. What they return is awaited by the machine
// (py::await_iter and the delegation loop), so the manager's __aenter__ /
// __aexit__ and the iterator's __anext__ may suspend. Also the builtins
// aiter() and anext(), and anext(it, default)'s awaitable.
#include <fmt/format.h>

#include "core/core.h"
#include "machines/machine_internal.h"
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

// ---------------------------------------------------------------- aiter(), anext()

namespace T {
TypeObj* anext_awaitable;
}  // namespace T

namespace {

// anext(it, default): the awaitable of it.__anext__(), with its
// StopAsyncIteration turned into the end of this awaitable, returning
// `default`.
struct AnextAwaitableObj : Object {
  Value wrapped, default_value;
  AnextAwaitableObj() : Object(T::anext_awaitable) {}
};

AnextAwaitableObj* anext_self(const Value& v) {
  if (type_of(v) != T::anext_awaitable)
    raise(E::TypeError, fmt::format("descriptor requires a 'anext_awaitable' object but received a '{}'", type_name(v)));
  return static_cast<AnextAwaitableObj*>(v.obj());
}

// Resumes the wrapped awaitable's iterator (got afresh each time, as
// CPython's anextawaitable_getiter does) with `resume`; false: it finished
// and io is its value (the default, for StopAsyncIteration).
template <class Resume>
bool anext_proxy(AnextAwaitableObj* a, Value& io, Resume&& resume) {
  // (A coroutine is its own iterator here even while suspended in an
  // await: only the `await` expression refuses one already awaited.)
  Value it = type_of(a->wrapped) == T::coroutine ? a->wrapped : await_iter(a->wrapped);
  try {
    return resume(it, io);
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::StopAsyncIteration)) throw;
    io = a->default_value;
    return false;
  }
}

// One send() to an awaitable's iterator: true suspended (io yielded),
// false finished (io its value).
bool send_to_iterator(const Value& it, Value& io) {
  if (is_machine(it)) return machine_send_step(it.as<MachineObj>(), io) != Step::Returned;
  TypeObj* t = type_of(it);
  if (t->send) return t->send(it, io);
  try {
    if (io.is_none())
      io = call_dunder(it, N::__next__, nullptr, 0);
    else
      io = call_method(it, Value::borrow(intern("send")), &io, 1);
    return true;
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::StopIteration)) throw;
    io = getattr(e.exc, Value::borrow(N::value));
    return false;
  }
}

bool anext_send_slot(const Value& self, Value& io) { return anext_proxy(anext_self(self), io, send_to_iterator); }

bool anext_next_slot(const Value& self, Value& out) {
  out = Value::none();
  if (anext_send_slot(self, out)) return true;
  raise_stop_iteration(out);
}

Value anext_send(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs != 2 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("anext_awaitable.send() takes exactly one argument ({} given)", nargs - 1));
  Value io = args[1];
  if (anext_proxy(anext_self(args[0]), io, send_to_iterator)) return io;
  raise_stop_iteration(io);
}

Value anext_throw(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs < 1) raise(E::TypeError, "anext_awaitable.throw() needs an argument");
  std::vector<Value> rest(args + 1, args + nargs);
  Value io;
  bool suspended = anext_proxy(anext_self(args[0]), io, [&](const Value& it, Value& out) {
    try {
      out = call_method(it, Value::borrow(intern("throw")), rest.data(), rest.size(), kwnames);
      return true;
    } catch (PyError& e) {
      if (!isinstance_of(e.exc, E::StopIteration)) throw;
      out = getattr(e.exc, Value::borrow(N::value));
      return false;
    }
  });
  if (suspended) return io;
  raise_stop_iteration(io);
}

Value anext_close(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("anext_awaitable.close() takes no arguments ({} given)", nargs - 1));
  Value io;
  bool suspended = anext_proxy(anext_self(args[0]), io, [&](const Value& it, Value& out) {
    out = call_method(it, Value::borrow(intern("close")), nullptr, 0);
    return true;
  });
  return suspended ? io : Value::none();
}

Value anext_self_method(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  anext_self(args[0]);
  return args[0];
}

Value anext_next_method(const Value* args, size_t nargs, TupleObj* kwnames) {
  anext_self_method(args, nargs, kwnames);
  Value out;
  anext_next_slot(args[0], out);
  return out;
}

Value builtin_aiter(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, "aiter() takes no keyword arguments");
  if (nargs != 1) raise(E::TypeError, fmt::format("aiter() takes exactly one argument ({} given)", nargs));
  TypeObj* t = type_of(args[0]);
  if (type_lookup(t, intern("__aiter__")).is_unbound())
    raise(E::TypeError, fmt::format("'{}' object is not an async iterable", t->name));
  Value it = call_dunder(args[0], intern("__aiter__"), nullptr, 0);
  if (type_lookup(type_of(it), intern("__anext__")).is_unbound())
    raise(E::TypeError, fmt::format("aiter() returned not an async iterator of type '{}'", type_name(it)));
  return it;
}

Value builtin_anext(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, "anext() takes no keyword arguments");
  if (nargs < 1) raise(E::TypeError, fmt::format("anext expected at least 1 argument, got {}", nargs));
  if (nargs > 2) raise(E::TypeError, fmt::format("anext expected at most 2 arguments, got {}", nargs));
  TypeObj* t = type_of(args[0]);
  if (type_lookup(t, intern("__anext__")).is_unbound())
    raise(E::TypeError, fmt::format("'{}' object is not an async iterator", t->name));
  Value awaitable = call_dunder(args[0], intern("__anext__"), nullptr, 0);
  if (nargs == 1) return awaitable;
  auto* a = new AnextAwaitableObj();
  a->wrapped = std::move(awaitable);
  a->default_value = args[1];
  return Value::steal(a);
}

}  // namespace

void init_async_builtins() {
  TypeObj* t = new_builtin_type("anext_awaitable", nullptr);
  t->allows_subclassing = false;
  t->iter = [](const Value& self) { return self; };
  t->next = anext_next_slot;
  t->send = anext_send_slot;
  add_method(t, "send", anext_send);
  add_method(t, "throw", anext_throw);
  add_method(t, "close", anext_close);
  add_method(t, "__await__", anext_self_method);
  add_method(t, "__iter__", anext_self_method);
  add_method(t, "__next__", anext_next_method);
  T::anext_awaitable = t;
  register_builtin("aiter", make_builtin("aiter", builtin_aiter));
  register_builtin("anext", make_builtin("anext", builtin_anext));
}

}  // namespace py
