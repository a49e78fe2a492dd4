// The Python types of machines: generator, coroutine and async generator,
// made by one function from what the kinds share (the protocol of
// machine.cpp, __name__/__qualname__, repr, the running/suspended/frame
// attributes under each kind's prefix: gi_, cr_, ag_) and what only some
// have (a generator is its own iterator; a coroutine is awaited; an async
// generator's asend/athrow/aclose awaitables come with the event loop).
#include <fmt/format.h>

#include <set>
#include <tuple>

#include "core/core.h"
#include "machines/machine_internal.h"

namespace py {

namespace T {
TypeObj* generator;
TypeObj* coroutine;
TypeObj* async_generator;
TypeObj* machine_frame;
TypeObj* coroutine_wrapper;
}  // namespace T

ResumeFn lazy_delegate_resume = nullptr;
Value (*lazy_delegate)(MachineObj* m) = nullptr;

namespace {

const char* kind_type_name(MachineKind kind) {
  switch (kind) {
    case MachineKind::Generator: return "generator";
    case MachineKind::Coroutine: return "coroutine";
    case MachineKind::AsyncGenerator: return "async_generator";
  }
  return "generator";
}

MachineObj* self_machine(const Value& v) { return v.as<MachineObj>(); }

bool is_kind(const Value& v, MachineKind kind) { return v.is_obj() && v.obj()->type == machine_type(kind); }

// A method called through the type with something else as self
// (`generator.send(1, None)`), with CPython's messages.
template <MachineKind K>
void check_method_self(const char* method, const Value* args, size_t nargs) {
  if (nargs == 0) [[unlikely]]
    raise(E::TypeError, fmt::format("unbound method {}.{}() needs an argument", kind_type_name(K), method));
  if (!is_kind(args[0], K)) [[unlikely]]
    raise(E::TypeError, fmt::format("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method,
                                    kind_type_name(K), type_name(args[0])));
}
// The same for a slot wrapper (__iter__, __next__).
template <MachineKind K>
void check_slot_self(const char* method, const Value* args, size_t nargs) {
  if (nargs == 0) [[unlikely]]
    raise(E::TypeError, fmt::format("descriptor '{}' of '{}' object needs an argument", method, kind_type_name(K)));
  if (!is_kind(args[0], K)) [[unlikely]]
    raise(E::TypeError, fmt::format("descriptor '{}' requires a '{}' object but received a '{}'", method,
                                    kind_type_name(K), type_name(args[0])));
}

void check_no_keywords(MachineKind kind, const char* method, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, fmt::format("{}.{}() takes no keyword arguments", kind_type_name(kind), method));
}

// ---------------------------------------------------------------- every kind

Value repr_slot(const Value& self) {
  auto* m = self_machine(self);
  std::string q = m->qualname.is_bound() ? std::string(sv(m->qualname)) : std::string(m->code->qualname);
  return make_str(fmt::format("<{} object {} at {}>", kind_type_name(m->kind), q, address_string(m)));
}

// CPython's warning for a coroutine dropped before it ever ran, as its
// warnings module prints it: where the program was when the last reference
// went (or `sys:1` once the program has ended), that line of source, and the
// note about tracemalloc.
void warn_never_awaited(MachineObj* m) {
  std::string name = m->qualname.is_bound() ? std::string(sv(m->qualname)) : std::string(m->code->qualname);
  std::string message = fmt::format("RuntimeWarning: coroutine '{}' was never awaited\n", name);
  const Frame* at = current_frame;
  const SourceInfo* src = at && at->code ? at->code->source : nullptr;
  // The warnings module shows a warning once per message and place.
  static std::set<std::tuple<std::string, const void*, int>> shown;
  if (!shown.insert({message, src, src ? at->line : 0}).second) return;
  if (!src) {
    write_stderr("sys:1: " + message);
    return;
  }
  std::string out = fmt::format("{}:{}: ", src->filename, at->line) + message;
  if (at->line >= 1 && at->line <= src->nlines) {
    std::string_view line = src->lines[at->line - 1];
    size_t start = line.find_first_not_of(" \t");
    if (start != std::string_view::npos) out += fmt::format("  {}\n", line.substr(start));
  }
  out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  write_stderr(out);
}

// The last reference to a machine went away: a suspended one is closed now,
// a coroutine that never ran is reported.
void finalize_slot(Object* o) {
  auto* m = static_cast<MachineObj*>(o);
  if (m->kind == MachineKind::Coroutine && m->state == MachineObj::kNotStarted) warn_never_awaited(m);
  machine_close_unreferenced(m);
}

template <MachineKind K>
Value m_send(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_method_self<K>("send", args, nargs);
  check_no_keywords(K, "send", kwnames);
  if (nargs != 2)
    raise(E::TypeError, fmt::format("{}.send() takes exactly one argument ({} given)", kind_type_name(K), nargs - 1));
  return machine_send(self_machine(args[0]), args[1]);
}

template <MachineKind K>
Value m_throw(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_method_self<K>("throw", args, nargs);
  check_no_keywords(K, "throw", kwnames);
  if (nargs < 2) raise(E::TypeError, fmt::format("throw expected at least 1 argument, got {}", nargs - 1));
  if (nargs > 4) raise(E::TypeError, fmt::format("throw expected at most 3 arguments, got {}", nargs - 1));
  return machine_throw3(self_machine(args[0]), args[1], nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value());
}

template <MachineKind K>
Value m_close(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_method_self<K>("close", args, nargs);
  check_no_keywords(K, "close", kwnames);
  if (nargs != 1)
    raise(E::TypeError, fmt::format("{}.close() takes no arguments ({} given)", kind_type_name(K), nargs - 1));
  machine_close(self_machine(args[0]));
  return Value::none();
}

Value get_running(const Value& self) { return Value::from_bool(is_executing(self_machine(self))); }
Value get_suspended(const Value& self) {
  MachineObj* m = self_machine(self);
  return Value::from_bool(m->state > 0 && !is_executing(m));
}
// gi_yieldfrom, cr_await, ag_await: what it delegates to while suspended
// there (None while it runs, as CPython's _PyGen_yf).
Value get_delegate(const Value& self) {
  MachineObj* m = self_machine(self);
  if (m->yield_from.is_unbound() || m->state <= 0 || is_executing(m)) return Value::none();
  if (m->resume == lazy_delegate_resume) [[unlikely]]
    return lazy_delegate(m);
  return m->yield_from;
}

// gi_frame / cr_frame / ag_frame: a small view of the machine's frame
// (f_lineno), None once finished.
struct MachineFrameObj : Object {
  Value machine;
  MachineFrameObj() : Object(T::machine_frame) {}
};
Value get_frame(const Value& self) {
  if (self_machine(self)->state == MachineObj::kFinished) return Value::none();
  auto* f = new MachineFrameObj();
  f->machine = self;
  return Value::steal(f);
}
Value frame_lineno(const Value& self) {
  return Value::from_int(self_machine(self.as<MachineFrameObj>()->machine)->frame.line);
}
Value frame_back(const Value&) { return Value::none(); }
Value frame_repr_slot(const Value& self) {
  MachineObj* m = self_machine(self.as<MachineFrameObj>()->machine);
  const SourceInfo* src = m->code->source;
  return make_str(fmt::format("<frame at {}, file '{}', line {}, code {}>", address_string(self.obj()),
                              src ? src->filename : "<unknown>", m->frame.line, m->code->name));
}

Value get_code(const Value& self) { return code_object(self_machine(self)->code); }

Value get_name(const Value& self) {
  MachineObj* m = self_machine(self);
  return m->name.is_bound() ? m->name : make_str(m->code->name);
}
Value get_qualname(const Value& self) {
  MachineObj* m = self_machine(self);
  return m->qualname.is_bound() ? m->qualname : make_str(m->code->qualname);
}
void set_name(const Value& self, const Value& v) {
  if (!is_str(v)) raise(E::TypeError, "__name__ must be set to a string object");
  self_machine(self)->name = v;
}
void set_qualname(const Value& self, const Value& v) {
  if (!is_str(v)) raise(E::TypeError, "__qualname__ must be set to a string object");
  self_machine(self)->qualname = v;
}

// ---------------------------------------------------------------- generators

Value iter_slot(const Value& self) { return self; }
// As CPython's gen_iternext, a return value other than None leaves as
// StopIteration(value): an iterator built on the generator passes it on, so
// next(map(f, gen)) and `yield from map(f, gen)` see the value. Loops over a
// generator itself call machine_next and make no exception.
bool next_slot(const Value& self, Value& out) {
  if (machine_next(self.as<MachineObj>(), out)) return true;
  if (out.is_bound() && !out.is_none()) raise_stop_iteration(out);
  return false;
}

Value m_iter(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_slot_self<MachineKind::Generator>("__iter__", args, nargs);
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  return args[0];
}

Value m_next(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_slot_self<MachineKind::Generator>("__next__", args, nargs);
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  Value out;
  if (machine_next(self_machine(args[0]), out)) return out;
  raise_stop_iteration(out);
}

// ---------------------------------------------------------------- coroutines

// coroutine.__await__(): an iterator over the coroutine (CPython's
// coroutine_wrapper), for a class whose __await__ hands on a coroutine's, or
// code that drives one by hand.
struct CoroutineWrapperObj : Object {
  Value coroutine;
  CoroutineWrapperObj() : Object(T::coroutine_wrapper) {}
};
MachineObj* wrapped(const Value& self) { return self.as<CoroutineWrapperObj>()->coroutine.as<MachineObj>(); }

Value m_await(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_slot_self<MachineKind::Coroutine>("__await__", args, nargs);
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  auto* w = new CoroutineWrapperObj();
  w->coroutine = args[0];
  return Value::steal(w);
}

bool wrapper_next_slot(const Value& self, Value& out) {
  out = Value::none();
  out = machine_send(wrapped(self), out);
  return true;
}
Value wrapper_send(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, "coroutine_wrapper.send() takes no keyword arguments");
  if (nargs != 2)
    raise(E::TypeError, fmt::format("coroutine_wrapper.send() takes exactly one argument ({} given)", nargs - 1));
  return machine_send(wrapped(args[0]), args[1]);
}
Value wrapper_throw(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, "coroutine_wrapper.throw() takes no keyword arguments");
  if (nargs < 2) raise(E::TypeError, fmt::format("throw expected at least 1 argument, got {}", nargs - 1));
  if (nargs > 4) raise(E::TypeError, fmt::format("throw expected at most 3 arguments, got {}", nargs - 1));
  return machine_throw3(wrapped(args[0]), args[1], nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value());
}
Value wrapper_close(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, "coroutine_wrapper.close() takes no keyword arguments");
  if (nargs != 1)
    raise(E::TypeError, fmt::format("coroutine_wrapper.close() takes no arguments ({} given)", nargs - 1));
  machine_close(wrapped(args[0]));
  return Value::none();
}
Value wrapper_iter_method(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  return args[0];
}
Value wrapper_next_method(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs != 1 || kwcount(kwnames))
    raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  return machine_send(wrapped(args[0]), Value::none());
}

// ---------------------------------------------------------------- the family

// The attributes each kind names with its own prefix (gi_, cr_, ag_).
// Literals: descriptors keep the pointer.
struct KindAttributes {
  const char* running;    // null: the kind's own (ag_running)
  const char* frame;
  const char* delegate;   // gi_yieldfrom, cr_await, ag_await
  const char* suspended;  // null: the kind has none (ag_ in 3.11)
  const char* code;
};

template <MachineKind K>
TypeObj* make_machine_type(const KindAttributes& attrs) {
  TypeObj* t = new_builtin_type(kind_type_name(K), nullptr);
  t->allows_subclassing = false;
  t->repr = repr_slot;
  t->finalize = finalize_slot;
  if (attrs.running) add_getter(t, attrs.running, get_running);
  add_getter(t, attrs.frame, get_frame);
  add_getter(t, attrs.delegate, get_delegate);
  if (attrs.suspended) add_getter(t, attrs.suspended, get_suspended);
  add_getter(t, attrs.code, get_code);
  add_getset(t, "__name__", get_name, set_name);
  add_getset(t, "__qualname__", get_qualname, set_qualname);
  if constexpr (K != MachineKind::AsyncGenerator) {  // an async generator's are asend/athrow/aclose
    add_method(t, "send", m_send<K>);
    add_method(t, "throw", m_throw<K>);
    add_method(t, "close", m_close<K>);
  }
  return t;
}

}  // namespace

void init_machine_types() {
  if (T::generator) return;
  T::generator = make_machine_type<MachineKind::Generator>({"gi_running", "gi_frame", "gi_yieldfrom", "gi_suspended", "gi_code"});
  T::generator->iter = iter_slot;
  T::generator->next = next_slot;
  add_method(T::generator, "__iter__", m_iter);
  add_method(T::generator, "__next__", m_next);
  T::coroutine = make_machine_type<MachineKind::Coroutine>({"cr_running", "cr_frame", "cr_await", "cr_suspended", "cr_code"});
  add_method(T::coroutine, "__await__", m_await);
  add_getter(T::coroutine, "cr_origin", [](const Value&) { return Value::none(); });
  TypeObj* w = new_builtin_type("coroutine_wrapper", nullptr);
  w->allows_subclassing = false;
  w->iter = iter_slot;
  w->next = wrapper_next_slot;
  add_method(w, "__iter__", wrapper_iter_method);
  add_method(w, "__next__", wrapper_next_method);
  add_method(w, "send", wrapper_send);
  add_method(w, "throw", wrapper_throw);
  add_method(w, "close", wrapper_close);
  T::coroutine_wrapper = w;
  T::async_generator = make_machine_type<MachineKind::AsyncGenerator>({nullptr, "ag_frame", "ag_await", nullptr, "ag_code"});
  init_async_generator_types();
  init_async_builtins();

  TypeObj* f = new_builtin_type("frame", nullptr);
  f->allows_subclassing = false;
  f->repr = frame_repr_slot;
  add_getter(f, "f_lineno", frame_lineno);
  add_getter(f, "f_back", frame_back);
  T::machine_frame = f;
}

}  // namespace py
