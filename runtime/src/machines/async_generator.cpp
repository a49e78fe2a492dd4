// Async generators (PEP 525) as CPython 3.11 runs them: the async_generator
// type's __anext__/asend/athrow/aclose, the awaitables they return
// (async_generator_asend, async_generator_athrow), the firstiter/finalizer
// hooks of sys.set_asyncgen_hooks, and what happens when the last reference
// to a suspended one goes.
//
// The machine itself is a coroutine's (pyrt/async_generator.h) whose yield
// ends a run with Step::AsyncYielded. An awaitable resumes it when it is
// itself resumed and reads the step:
//   Suspended     something the generator awaits suspended: passed on up;
//   AsyncYielded  the generator produced a value: the awaitable ends with
//                 it (StopIteration(value)), the generator stays suspended;
//   Returned      the generator ended: StopAsyncIteration.
// That is CPython's async_gen_unwrap_value, with the wrapped-value object
// replaced by the step. Which flags each path sets, and where an awaitable
// becomes unusable, follow genobject.c closely: programs observe them.
#include "pyrt/async_generator.h"

#include <fmt/format.h>

#include "core/core.h"
#include "machines/async_generator_internal.h"
#include "machines/machine_internal.h"

namespace py {

namespace T {
TypeObj* async_generator_asend;
TypeObj* async_generator_athrow;
}  // namespace T

namespace {

// sys.set_asyncgen_hooks' state (Unbound: no hook).
Value firstiter_hook, finalizer_hook;

enum class AwaitableState : uint8_t { Init, Iter, Closed };

// ag.__anext__() / ag.asend(value).
struct AsendObj : Object {
  Value gen;
  Value sendval;  // sent by the first step if that step sends None
  AwaitableState state = AwaitableState::Init;
  AsendObj() : Object(T::async_generator_asend) { gc::track(this); }
  void gc_traverse(GcVisitor& visit) override { visit(gen), visit(sendval); }
  void gc_clear() override { gen.clear(), sendval.clear(); }
};

// ag.athrow(...) / ag.aclose() (args Unbound).
struct AthrowObj : Object {
  Value gen;
  Value args;  // the tuple athrow() was given, checked as throw()'s when first sent
  AwaitableState state = AwaitableState::Init;
  AthrowObj() : Object(T::async_generator_athrow) { gc::track(this); }
  bool is_aclose() const { return args.is_unbound(); }
  void gc_traverse(GcVisitor& visit) override { visit(gen), visit(args); }
  void gc_clear() override { gen.clear(), args.clear(); }
};

AsyncGenObj* agen(const Value& v) { return static_cast<AsyncGenObj*>(v.obj()); }

[[noreturn]] void raise_stop_async_iteration() { raise(new_exception(E::StopAsyncIteration, nullptr, 0)); }

// An exception left the generator while an awaitable drove it.
void note_error(AsyncGenObj* g, const Value& exc) {
  if (isinstance_of(exc, E::StopAsyncIteration) || isinstance_of(exc, E::GeneratorExit)) g->closed = true;
  g->running_async = false;
}

// The generator ran to its end: StopAsyncIteration for whoever awaits.
[[noreturn]] void ended(AsyncGenObj* g) {
  g->closed = true;
  g->running_async = false;
  raise_stop_async_iteration();
}

// async_gen_init_hooks: the first awaitable made from the generator calls
// the firstiter hook and keeps the finalizer hook in force then.
void init_hooks(AsyncGenObj* g) {
  if (g->hooks_inited) return;
  g->hooks_inited = true;
  if (finalizer_hook.is_bound()) g->finalizer = finalizer_hook;
  if (firstiter_hook.is_bound()) {
    Value self = Value::borrow(g);
    call(firstiter_hook, &self, 1);
  }
}

// throw()'s arguments as athrow() or a throw() method got them.
void unpack_throw_args(const char* who, const Value* args, size_t nargs, Value& typ, Value& val, Value& tb) {
  if (nargs < 1) raise(E::TypeError, fmt::format("{} expected at least 1 argument, got {}", who, nargs));
  if (nargs > 3) raise(E::TypeError, fmt::format("{} expected at most 3 arguments, got {}", who, nargs));
  typ = args[0];
  val = nargs > 1 ? args[1] : Value();
  tb = nargs > 2 ? args[2] : Value();
}

// ---------------------------------------------------------------- asend

const char* const kAsendReused = "cannot reuse already awaited __anext__()/asend()";

// The step's outcome for an asend awaitable (and for athrow()): true
// suspended (io passed on up); false the generator yielded io.
bool unwrap(AsyncGenObj* g, Step step) {
  switch (step) {
    case Step::Suspended: return true;
    case Step::AsyncYielded: g->running_async = false; return false;
    case Step::Returned: ended(g);
  }
  return true;
}


// One step of the async generator for an asend awaitable: the awaitable is
// done when the step ends the generator's run or raises (noted on the
// generator first).
template <class RunStep>
bool asend_run(AsendObj* a, AsyncGenObj* g, RunStep&& run_step) {
  bool suspended;
  try {
    suspended = unwrap(g, run_step());
  } catch (PyError& e) {
    note_error(g, e.exc);
    a->state = AwaitableState::Closed;
    throw;
  }
  if (!suspended) a->state = AwaitableState::Closed;
  return suspended;
}

bool asend_send(AsendObj* a, Value& io) {
  AsyncGenObj* g = agen(a->gen);
  if (a->state == AwaitableState::Closed) raise(E::RuntimeError, kAsendReused);
  if (a->state == AwaitableState::Init) {
    // Refused, the awaitable stays unused (awaiting it again is refused again).
    if (g->running_async) raise(E::RuntimeError, "anext(): asynchronous generator is already running");
    if (io.is_none()) io = a->sendval;
    a->state = AwaitableState::Iter;
  }
  g->running_async = true;
  return asend_run(a, g, [&] { return machine_send_step(g, io); });
}

bool asend_throw(AsendObj* a, const Value& typ, const Value& val, const Value& tb, Value& io) {
  AsyncGenObj* g = agen(a->gen);
  if (a->state == AwaitableState::Closed) raise(E::RuntimeError, kAsendReused);
  return asend_run(a, g, [&] { return machine_throw3_step(g, typ, val, tb, io); });
}

// ---------------------------------------------------------------- athrow / aclose

const char* const kAthrowReused = "cannot reuse already awaited aclose()/athrow()";

[[noreturn]] void ignored_exit(AsyncGenObj* g, AthrowObj* t) {
  g->running_async = false;
  t->state = AwaitableState::Closed;
  raise(E::RuntimeError, "async generator ignored GeneratorExit");
}

bool is_exit_of_aclose(const Value& exc) {
  return isinstance_of(exc, E::StopAsyncIteration) || isinstance_of(exc, E::GeneratorExit);
}

// aclose()'s outcome of a step: a yield is ignoring GeneratorExit; the
// generator ending (StopAsyncIteration or GeneratorExit) is aclose() done.
bool aclose_outcome(AsyncGenObj* g, AthrowObj* t, Step step, Value& io) {
  if (step == Step::AsyncYielded) ignored_exit(g, t);
  if (step == Step::Suspended) return true;
  // Returned: the generator's end is StopAsyncIteration, which aclose() turns into its own end.
  g->closed = true;
  g->running_async = false;
  t->state = AwaitableState::Closed;
  io = Value::none();
  return false;
}

bool athrow_send(AthrowObj* t, Value& io) {
  AsyncGenObj* g = agen(t->gen);
  if (t->state == AwaitableState::Closed) raise(E::RuntimeError, kAthrowReused);
  if (g->state == MachineObj::kFinished) {
    t->state = AwaitableState::Closed;
    io = Value::none();
    return false;
  }
  Step step;
  if (t->state == AwaitableState::Init) {
    if (g->running_async) {
      t->state = AwaitableState::Closed;
      raise(E::RuntimeError, t->is_aclose() ? "aclose(): asynchronous generator is already running"
                                            : "athrow(): asynchronous generator is already running");
    }
    if (g->closed) {
      t->state = AwaitableState::Closed;
      raise_stop_async_iteration();
    }
    if (!io.is_none()) raise(E::RuntimeError, "can't send non-None value to a just-started coroutine");
    t->state = AwaitableState::Iter;
    g->running_async = true;
    // athrow()'s arguments are checked only now (a bad call leaves the
    // generator marked running, as in CPython).
    Value typ = Value::borrow(E::GeneratorExit), val, tb;
    if (!t->is_aclose()) {
      auto& items = t->args.as<TupleObj>()->items;
      unpack_throw_args("athrow", items.data(), items.size(), typ, val, tb);
    } else {
      g->closed = true;
    }
    try {
      // What the generator awaits is not closed by aclose()'s GeneratorExit:
      // it gets it thrown in, so the generator may await its way out.
      step = machine_throw3_step(g, typ, val, tb, io, false);
    } catch (PyError& e) {
      // check_error: the awaitable is spent either way.
      note_error(g, e.exc);
      g->running_async = false;
      t->state = AwaitableState::Closed;
      if (t->is_aclose() && is_exit_of_aclose(e.exc)) {
        io = Value::none();
        return false;
      }
      throw;
    }
    if (t->is_aclose()) return aclose_outcome(g, t, step, io);
    if (step == Step::Suspended) return true;
    t->state = AwaitableState::Closed;
    return unwrap(g, step);
  }
  // Resumed after a suspension of what the generator awaits.
  try {
    step = machine_send_step(g, io);
  } catch (PyError& e) {
    note_error(g, e.exc);
    if (!t->is_aclose()) throw;
    t->state = AwaitableState::Closed;
    if (!is_exit_of_aclose(e.exc)) throw;
    io = Value::none();
    return false;
  }
  if (t->is_aclose()) return aclose_outcome(g, t, step, io);
  return unwrap(g, step);
}

bool athrow_throw(AthrowObj* t, const Value& typ, const Value& val, const Value& tb, Value& io) {
  AsyncGenObj* g = agen(t->gen);
  if (t->state == AwaitableState::Closed) raise(E::RuntimeError, kAthrowReused);
  Step step;
  try {
    step = machine_throw3_step(g, typ, val, tb, io);
  } catch (PyError& e) {
    if (!t->is_aclose()) {
      note_error(g, e.exc);
      throw;
    }
    if (!is_exit_of_aclose(e.exc)) throw;
    io = Value::none();
    return false;
  }
  if (!t->is_aclose()) return unwrap(g, step);
  if (step == Step::AsyncYielded) ignored_exit(g, t);
  if (step == Step::Suspended) return true;
  io = Value::none();  // the generator's StopAsyncIteration, made aclose()'s end
  g->closed = true;
  return false;
}

// ---------------------------------------------------------------- the awaitables as Python objects

// Both awaitable types expose the same methods over their send/throw/close.
template <class A>
struct Awaitable;
template <>
struct Awaitable<AsendObj> {
  static TypeObj* type() { return T::async_generator_asend; }
  static bool send(AsendObj* a, Value& io) { return asend_send(a, io); }
  static bool throw_(AsendObj* a, const Value& typ, const Value& val, const Value& tb, Value& io) {
    return asend_throw(a, typ, val, tb, io);
  }
};
template <>
struct Awaitable<AthrowObj> {
  static TypeObj* type() { return T::async_generator_athrow; }
  static bool send(AthrowObj* t, Value& io) { return athrow_send(t, io); }
  static bool throw_(AthrowObj* t, const Value& typ, const Value& val, const Value& tb, Value& io) {
    return athrow_throw(t, typ, val, tb, io);
  }
};

template <class A>
A* awaitable_self(const Value* args, size_t nargs, const char* method) {
  TypeObj* t = Awaitable<A>::type();
  if (nargs == 0) raise(E::TypeError, fmt::format("unbound method {}.{}() needs an argument", t->name, method));
  if (type_of(args[0]) != t)
    raise(E::TypeError, fmt::format("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method,
                                    t->name, type_name(args[0])));
  return static_cast<A*>(args[0].obj());
}

template <class A>
bool send_slot(const Value& self, Value& io) {
  return Awaitable<A>::send(static_cast<A*>(self.obj()), io);
}

template <class A>
bool next_slot(const Value& self, Value& out) {
  out = Value::none();
  if (Awaitable<A>::send(static_cast<A*>(self.obj()), out)) return true;
  raise_stop_iteration(out);
}

template <class A>
Value m_send(const Value* args, size_t nargs, TupleObj* kwnames) {
  A* a = awaitable_self<A>(args, nargs, "send");
  if (kwcount(kwnames)) raise(E::TypeError, fmt::format("{}.send() takes no keyword arguments", Awaitable<A>::type()->name));
  if (nargs != 2)
    raise(E::TypeError, fmt::format("{}.send() takes exactly one argument ({} given)", Awaitable<A>::type()->name,
                                    nargs - 1));
  Value io = args[1];
  if (Awaitable<A>::send(a, io)) return io;
  raise_stop_iteration(io);
}

template <class A>
Value m_throw(const Value* args, size_t nargs, TupleObj* kwnames) {
  A* a = awaitable_self<A>(args, nargs, "throw");
  if (kwcount(kwnames)) raise(E::TypeError, fmt::format("{}.throw() takes no keyword arguments", Awaitable<A>::type()->name));
  Value typ, val, tb;
  unpack_throw_args("throw", args + 1, nargs - 1, typ, val, tb);
  Value io;
  if (Awaitable<A>::throw_(a, typ, val, tb, io)) return io;
  raise_stop_iteration(io);
}

template <class A>
Value m_close(const Value* args, size_t nargs, TupleObj* kwnames) {
  A* a = awaitable_self<A>(args, nargs, "close");
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("{}.close() takes no arguments ({} given)", Awaitable<A>::type()->name, nargs - 1));
  a->state = AwaitableState::Closed;
  return Value::none();
}

template <class A>
Value m_self(const Value* args, size_t nargs, TupleObj* kwnames) {
  awaitable_self<A>(args, nargs, "__await__");
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  return args[0];
}

template <class A>
Value m_next(const Value* args, size_t nargs, TupleObj* kwnames) {
  awaitable_self<A>(args, nargs, "__next__");
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  Value out;
  next_slot<A>(args[0], out);
  return out;
}

Value iter_self(const Value& self) { return self; }

template <class A>
TypeObj* make_awaitable_type(const char* name) {
  TypeObj* t = new_builtin_type(name, nullptr);
  t->allows_subclassing = false;
  t->iter = iter_self;
  t->next = next_slot<A>;
  t->send = send_slot<A>;
  t->repr = [](const Value& self) { return make_str(fmt::format("<{} object at {}>", type_of(self)->name, address_string(self.obj()))); };
  add_method(t, "send", m_send<A>);
  add_method(t, "throw", m_throw<A>);
  add_method(t, "close", m_close<A>);
  add_method(t, "__await__", m_self<A>);
  add_method(t, "__iter__", m_self<A>);
  add_method(t, "__next__", m_next<A>);
  return t;
}

// ---------------------------------------------------------------- async_generator's own methods

AsyncGenObj* agen_self(const Value* args, size_t nargs, const char* method, bool slot) {
  if (nargs == 0)
    raise(E::TypeError, slot ? fmt::format("descriptor '{}' of 'async_generator' object needs an argument", method)
                             : fmt::format("unbound method async_generator.{}() needs an argument", method));
  if (type_of(args[0]) != T::async_generator)
    raise(E::TypeError,
          slot ? fmt::format("descriptor '{}' requires a 'async_generator' object but received a '{}'", method,
                             type_name(args[0]))
               : fmt::format("descriptor '{}' for 'async_generator' objects doesn't apply to a '{}' object", method,
                             type_name(args[0])));
  return agen(args[0]);
}

void no_arguments(size_t nargs, TupleObj* kwnames) {
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
}

Value new_asend(AsyncGenObj* g, const Value& sendval) {
  init_hooks(g);
  auto* a = new AsendObj();
  a->gen = Value::borrow(g);
  a->sendval = sendval;
  return Value::steal(a);
}

Value new_athrow(AsyncGenObj* g, const Value& args) {
  init_hooks(g);
  auto* t = new AthrowObj();
  t->gen = Value::borrow(g);
  t->args = args;
  return Value::steal(t);
}

Value m_aiter(const Value* args, size_t nargs, TupleObj* kwnames) {
  agen_self(args, nargs, "__aiter__", true);
  no_arguments(nargs, kwnames);
  return args[0];
}

Value m_anext(const Value* args, size_t nargs, TupleObj* kwnames) {
  AsyncGenObj* g = agen_self(args, nargs, "__anext__", true);
  no_arguments(nargs, kwnames);
  return new_asend(g, Value::none());
}

Value m_asend(const Value* args, size_t nargs, TupleObj* kwnames) {
  AsyncGenObj* g = agen_self(args, nargs, "asend", false);
  if (kwcount(kwnames)) raise(E::TypeError, "async_generator.asend() takes no keyword arguments");
  if (nargs != 2)
    raise(E::TypeError, fmt::format("async_generator.asend() takes exactly one argument ({} given)", nargs - 1));
  return new_asend(g, args[1]);
}

Value m_athrow(const Value* args, size_t nargs, TupleObj* kwnames) {
  AsyncGenObj* g = agen_self(args, nargs, "athrow", false);
  if (kwcount(kwnames)) raise(E::TypeError, "async_generator.athrow() takes no keyword arguments");
  std::vector<Value> rest(args + 1, args + nargs);
  return new_athrow(g, make_tuple(std::move(rest)));
}

Value m_aclose(const Value* args, size_t nargs, TupleObj* kwnames) {
  AsyncGenObj* g = agen_self(args, nargs, "aclose", false);
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("async_generator.aclose() takes no arguments ({} given)", nargs - 1));
  return new_athrow(g, Value());
}

// ag_running: an awaitable of it is being driven (CPython shows
// ag_running_async there, not whether its frame is executing).
Value get_running_async(const Value& self) { return Value::from_bool(agen(self)->running_async); }

// The last reference went. A finalizer hook (an event loop's) takes the
// generator over if it has not ended or been closed; otherwise a suspended
// one is closed here, as a generator is.
void finalize_async_generator(Object* o) {
  auto* g = static_cast<AsyncGenObj*>(o);
  if (g->state == MachineObj::kFinished) return;
  if (g->finalizer.is_bound() && !g->closed) {
    Value finalizer = g->finalizer;
    Value self = Value::borrow(g);
    Frame* saved_frame = current_frame;
    try {
      call(finalizer, &self, 1);
    } catch (PyError& e) {
      current_frame = saved_frame;
      write_unraisable(self, e.exc, saved_frame ? saved_frame->depth + 1 : 0);
    }
    return;
  }
  machine_close_unreferenced(g);
}

}  // namespace

AsyncGenObj::~AsyncGenObj() {
  if (registry) registry->remove(this);
}

void AsyncGenObj::gc_traverse(GcVisitor& visit) {
  MachineObj::gc_traverse(visit);
  visit(finalizer);
}

// Garbage leaves its loop's registry now: shutdown_asyncgens() must not
// find it cleared.
void AsyncGenObj::gc_clear() {
  if (registry) registry->remove(this);
  MachineObj::gc_clear();
  finalizer.clear();
}

// ---------------------------------------------------------------- the registry

AsyncGenRegistry::~AsyncGenRegistry() {
  while (head) remove(head);
}

void AsyncGenRegistry::add(AsyncGenObj* g) {
  if (g->registry == this) return;
  if (g->registry) g->registry->remove(g);
  g->registry = this;
  g->registry_prev = tail;
  g->registry_next = nullptr;
  (tail ? tail->registry_next : head) = g;
  tail = g;
  ++size;
}

void AsyncGenRegistry::remove(AsyncGenObj* g) {
  if (g->registry != this) return;
  (g->registry_prev ? g->registry_prev->registry_next : head) = g->registry_next;
  (g->registry_next ? g->registry_next->registry_prev : tail) = g->registry_prev;
  g->registry = nullptr;
  g->registry_prev = g->registry_next = nullptr;
  --size;
}

std::vector<Value> AsyncGenRegistry::take_all() {
  std::vector<Value> all;
  all.reserve(size);
  for (AsyncGenObj* g = head; g; g = g->registry_next) all.push_back(Value::borrow(g));
  while (head) remove(head);
  return all;
}

// ---------------------------------------------------------------- hooks

void set_asyncgen_hooks(const Value* firstiter, const Value* finalizer) {
  if (firstiter) firstiter_hook = firstiter->is_none() ? Value() : *firstiter;
  if (finalizer) finalizer_hook = finalizer->is_none() ? Value() : *finalizer;
}

Value asyncgen_firstiter() { return firstiter_hook; }
Value asyncgen_finalizer() { return finalizer_hook; }

Value async_gen_aclose(const Value& gen) { return new_athrow(agen(gen), Value()); }

bool is_async_gen_awaitable(const Value& v) {
  return v.is_obj() && (v.obj()->type == T::async_generator_asend || v.obj()->type == T::async_generator_athrow);
}

void init_async_generator_types() {
  TypeObj* t = T::async_generator;
  t->finalize = finalize_async_generator;
  add_getter(t, "ag_running", get_running_async);
  add_method(t, "__aiter__", m_aiter);
  add_method(t, "__anext__", m_anext);
  add_method(t, "asend", m_asend);
  add_method(t, "athrow", m_athrow);
  add_method(t, "aclose", m_aclose);
  T::async_generator_asend = make_awaitable_type<AsendObj>("async_generator_asend");
  T::async_generator_athrow = make_awaitable_type<AthrowObj>("async_generator_athrow");
}

}  // namespace py
