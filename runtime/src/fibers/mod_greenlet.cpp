// The greenlet module (greenlet 2.0's behaviour): greenlets are fibers
// (fibers/fiber.h), so a greenlet switches away from any depth of ordinary
// compiled calls.
//
//     main = getcurrent()
//     def child(a):            g = greenlet(child)
//         b = main.switch(a+1) x = g.switch(1)      # starts child(1); x == 2
//         return b * 10        y = g.switch(5)      # child's switch returns 5; y == 50 (its return value)
//
// One switch hands the target a Transfer (the arguments, or an exception to
// raise there) through a single slot: only one fiber runs at a time, and the
// slot is read as soon as the target runs. What a switch() call returns is
// greenlet's packaging of what arrived: () for nothing, the value for one
// argument, a tuple for several, the dict for keywords alone, (args, kwargs)
// for both. When a greenlet's run returns, its parent (the first one not
// dead) is switched to with the return value; an exception leaving run is
// raised in the parent, except GreenletExit, which the parent receives as
// the value.
#include <fmt/format.h>

#include <memory>

#include "core/core.h"
#include "core/gc.h"
#include "fibers/fiber.h"
#include "fibers/greenlet.h"
#include "machines/machine_internal.h"
#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

TypeObj* greenlet_type = nullptr;
TypeObj* greenlet_exit = nullptr;
TypeObj* greenlet_error = nullptr;
Value greenlet_switch_method;  // greenlet.switch, to tell when a subclass overrides it

struct GreenletObj : InstanceObj {
  std::unique_ptr<Fiber> fiber;  // made when it starts; the main greenlet runs on Fiber::main()
  Value run;                     // given to the constructor or set before the start (Unbound: look up `run`)
  Value parent;                  // a greenlet; Unbound for the main greenlet
  Value start_with;              // the run it starts with, looked up by the switch that starts it
  bool is_main = false, started = false, dead = false;
  // The cycle collector's only while it has no stack: unstarted, or dead
  // (greenlet's own rule). A started one leaves it (prepare_start) and
  // comes back when it dies (run_greenlet): what its suspended stack holds
  // cannot be told, so it, and all it holds, count as held from outside,
  // and a cycle through a live greenlet is never collected, as in CPython.
  explicit GreenletObj(TypeObj* t) : InstanceObj(t) {}
  template <class Visit>
  void traverse(Visit&& visit) {
    visit(run), visit(parent), visit(start_with);
  }
  void gc_traverse(GcVisitor& visit) override {
    InstanceObj::gc_traverse(visit);
    traverse(visit);
  }
  void gc_clear() override {
    InstanceObj::gc_clear();
    run.clear(), parent.clear(), start_with.clear();
  }
};

GreenletObj* as_greenlet(const Value& v) { return static_cast<GreenletObj*>(v.obj()); }

}  // namespace

bool is_greenlet(const Value& v) {
  return v.is_obj() && (v.obj()->type == greenlet_type || is_subtype(v.obj()->type, greenlet_type));
}

namespace {

GreenletObj* checked_greenlet(const Value& v) {
  if (!is_greenlet(v))
    raise(E::TypeError, fmt::format("GreenletChecker: Expected any type of greenlet, not {}", type_name(v)));
  return as_greenlet(v);
}

// What one switch hands over. The common switches (no argument, or one
// positional argument) make no tuple: a switch allocates nothing.
enum class Sent : uint8_t {
  Nothing,  // switch(): the target gets ()
  One,      // switch(x): value is x
  Args,     // value is the positional tuple, kwargs a dict (or Unbound)
  Throw,    // value is an exception to raise in the target
};
struct Transfer {
  Sent kind = Sent::Nothing;
  bool escaped = false;  // Throw: the exception left a greenlet's run; its traceback goes on in the target
  Value value;
  Value kwargs;
};

Value empty_args;  // (), what switch() with no argument returns

Value main_greenlet;     // the program's main greenlet, made on first use
Value current;           // the greenlet running now (held, as greenlet's thread state holds it)
Transfer in_flight;      // the switch being delivered
// The greenlet that switched away (or ended), still held by `current` when
// it did: released by the one that runs next, once it runs. A suspended
// greenlet is held by nothing of its own, so one nobody can reach is
// finalised (killed) then.
Value left_behind;

void release_left_behind() {
  Value drop = std::move(left_behind);
}

Fiber* main_fiber = nullptr;  // Fiber::main(), known once the main greenlet is made

[[gnu::noinline]] void make_main_greenlet() {
  main_fiber = Fiber::main();
  auto* g = new GreenletObj(greenlet_type);
  g->is_main = g->started = true;
  gc::untrack(g);
  main_greenlet = Value::steal(g);
  current = main_greenlet;
}

GreenletObj* running() {
  if (current.is_unbound()) [[unlikely]]
    make_main_greenlet();
  return as_greenlet(current);
}

// (Any greenlet but the main one exists only once the main one does.)
Fiber* fiber_of(GreenletObj* g) { return g->is_main ? main_fiber : g->fiber.get(); }

// A dead greenlet passes a switch on to its parent.
GreenletObj* first_live(GreenletObj* g) {
  while (g->dead) g = as_greenlet(g->parent);
  return g;
}

// What switch() returns for a Transfer that is not a Throw.
Value package_args(Transfer& t);
inline Value package(Transfer& t) {
  if (t.kind == Sent::One) return std::move(t.value);
  if (t.kind == Sent::Nothing) return empty_args;
  return package_args(t);
}

Value package_args(Transfer& t) {
  auto& args = t.value.as<TupleObj>()->items;
  bool has_kwargs = t.kwargs.is_bound() && length(t.kwargs) > 0;
  if (!has_kwargs) return args.size() == 1 ? args[0] : t.value;
  if (args.empty()) return t.kwargs;
  return make_tuple({t.value, t.kwargs});
}

[[noreturn]] void raise_thrown(Transfer& got) {
  Value exc = std::move(got.value);
  if (got.escaped) raise_from_other_stack(exc);
  raise(exc);
}

void greenlet_body(Fiber* fiber);

// Makes g ready to start on the next switch to it. Its run is looked up
// now (unless that switch delivers an exception instead): without one the
// lookup raises here and g stays unstarted. A subclass's run method comes
// first, even before a run given to the constructor (greenlet's `run`
// property holds that one).
[[gnu::noinline]] void prepare_start(GreenletObj* g, bool look_up_run) {
  if (look_up_run) g->start_with = getattr(Value::borrow(g), name("run"));
  g->run.clear();
  g->started = true;
  gc::untrack(g);
  g->fiber = std::make_unique<Fiber>(greenlet_body, g);
}

// A switch whose target (or its first live ancestor) is the running
// greenlet: nothing to switch. A throw() that lands here (its target dead):
// GreenletExit is the value a dying greenlet hands its parent; anything
// else is raised.
[[gnu::noinline]] Value switch_to_self(Transfer& t) {
  if (t.kind == Sent::Throw) {
    if (isinstance_of(t.value, greenlet_exit)) return t.value;
    raise(t.value);
  }
  return package(t);
}

// Delivers `t` to `target` (or its first live ancestor) and waits until
// something switches back; returns what arrived then. Inlined into each
// caller, as Fiber::switch_to (fiber.h says why).
[[gnu::always_inline]] inline Value switch_to(GreenletObj* target, Transfer&& t) {
  GreenletObj* self = running();
  target = first_live(target);
  if (target == self) [[unlikely]]
    return switch_to_self(t);
  if (!target->started) [[unlikely]]
    prepare_start(target, t.kind != Sent::Throw);  // (no run: fails in the caller)
  in_flight = std::move(t);
  left_behind = std::move(current);
  current = Value::borrow(target);
  fiber_of(target)->switch_to();
  // Running again: someone switched back to us. What arrived is taken out
  // of the slot before the greenlet left behind is released (its
  // finaliser may switch).
  Transfer got = std::move(in_flight);
  release_left_behind();
  if (got.kind == Sent::Throw) [[unlikely]]
    raise_thrown(got);
  return package(got);
}

// Runs the greenlet's run(*args, **kwargs) and says what its parent gets.
void run_greenlet(GreenletObj* self, Transfer& out) {
  Transfer in = std::move(in_flight);
  release_left_behind();
  try {
    // throw() before the start: raised at once, run never runs.
    if (in.kind == Sent::Throw) raise(in.value);
    Value run = std::move(self->start_with);
    Value result = in.kind == Sent::Nothing ? call(run, nullptr, 0)
                   : in.kind == Sent::One   ? call(run, &in.value, 1)
                                            : call_ex(run, in.value, in.kwargs.is_bound() ? in.kwargs : new_dict());
    out.kind = Sent::One;
    out.value = std::move(result);
  } catch (PyError& e) {
    out.value = e.exc;
    if (isinstance_of(e.exc, greenlet_exit)) {
      out.kind = Sent::One;
    } else {
      out.kind = Sent::Throw;
      out.escaped = true;
    }
  }
  self->dead = true;
  gc::track(self);
}

void greenlet_body(Fiber* fiber) {
  auto* self = static_cast<GreenletObj*>(fiber->owner());
  GreenletObj* next;
  {
    Transfer out;
    run_greenlet(self, out);
    next = first_live(as_greenlet(self->parent));
    in_flight = std::move(out);
  }
  if (!next->started) {
    // An unstarted parent starts with the return value (a failed lookup of
    // its run is raised at its start, and goes on to its own parent).
    try {
      prepare_start(next, in_flight.kind != Sent::Throw);
    } catch (PyError& e) {
      in_flight = Transfer{};
      in_flight.kind = Sent::Throw;
      in_flight.value = e.exc;
      prepare_start(next, false);
    }
  }
  // The dying greenlet stays referenced until the next one runs: its
  // fiber's stack is still in use here.
  left_behind = std::move(current);
  current = Value::borrow(next);
  fiber->finish_and_switch(fiber_of(next));
}

Transfer arguments(const Value* args, size_t nargs, TupleObj* kwnames) {
  size_t nkw = kwcount(kwnames);
  Transfer t;
  if (nkw == 0 && nargs <= 1) {
    if (nargs == 1) {
      t.kind = Sent::One;
      t.value = args[0];
    }
    return t;
  }
  t.kind = Sent::Args;
  t.value = make_tuple(std::vector<Value>(args, args + nargs));
  if (nkw) {
    t.kwargs = new_dict();
    for (size_t i = 0; i < nkw; ++i) dict_set(t.kwargs.as<DictObj>(), kwnames->items[i], args[nargs + i]);
  }
  return t;
}

// ---------------------------------------------------------------- methods

Value m_switch(const Value* args, size_t nargs, TupleObj* kwnames) {
  GreenletObj* target = checked_greenlet(args[0]);
  Value keep = args[0];
  return switch_to(target, arguments(args + 1, nargs - 1, kwnames));
}

// throw(typ=GreenletExit, val=None, tb=None): the exception is raised in
// the greenlet where it stopped (at once, if it had not started).
Value m_throw(const Value* args, size_t nargs, TupleObj* kwnames) {
  no_kwargs("throw", kwnames);
  if (nargs > 4) raise(E::TypeError, fmt::format("throw expected at most 3 arguments, got {}", nargs - 1));
  GreenletObj* target = checked_greenlet(args[0]);
  Value keep = args[0];
  Value typ = nargs > 1 ? args[1] : Value::borrow(greenlet_exit);
  Value val = nargs > 2 ? args[2] : Value::none();
  Value exc;
  if (is_type(typ) && is_subtype(typ.as<TypeObj>(), E::BaseException)) {
    if (val.is_none())
      exc = call(typ, nullptr, 0);
    else if (isinstance_of(val, typ.as<TypeObj>()))
      exc = val;
    else if (type_of(val) == T::tuple)  // the arguments
      exc = call_ex(typ, val, new_dict());
    else
      exc = call(typ, &val, 1);
  } else if (isinstance_of(typ, E::BaseException)) {
    if (!val.is_none()) raise(E::TypeError, "instance exception may not have a separate value");
    exc = typ;
  } else {
    raise(E::TypeError,
          fmt::format("exceptions must be classes, or instances, not {}", type_name(typ)));
  }
  Transfer t;
  t.kind = Sent::Throw;
  t.value = exc;
  return switch_to(target, std::move(t));
}

Value m_init(const Value* args, size_t nargs, TupleObj* kwnames) {
  Value run, parent;
  Value out[2];
  parse_c_args("greenlet", {"run", "parent"}, 0, args + 1, nargs - 1, kwnames, out);
  GreenletObj* g = as_greenlet(args[0]);
  if (out[0].is_bound() && !out[0].is_none()) g->run = out[0];
  if (out[1].is_bound() && !out[1].is_none()) g->parent = Value::borrow(checked_greenlet(out[1]));
  return Value::none();
}

Value m_bool(const Value* args, size_t, TupleObj*) {
  GreenletObj* g = as_greenlet(args[0]);
  return Value::from_bool(g->started && !g->dead);
}

Value get_dead(const Value& self) {
  GreenletObj* g = as_greenlet(self);
  return Value::from_bool(g->started && g->dead);
}

Value get_run(const Value& self) {
  GreenletObj* g = as_greenlet(self);
  if (g->run.is_unbound()) raise(E::AttributeError, "run");
  return g->run;
}

void set_run(const Value& self, const Value& v) {
  GreenletObj* g = as_greenlet(self);
  if (g->started) raise(E::AttributeError, "run cannot be set after the start of the greenlet");
  g->run = v;
}

Value get_parent(const Value& self) {
  GreenletObj* g = as_greenlet(self);
  return g->parent.is_bound() ? g->parent : Value::none();
}

void set_parent(const Value& self, const Value& v) {
  if (v.is_unbound()) raise(E::AttributeError, "can't delete attribute");
  GreenletObj* p = checked_greenlet(v);
  GreenletObj* g = as_greenlet(self);
  if (g->is_main) raise(E::AttributeError, "cannot set the parent of a main greenlet");
  for (GreenletObj* q = p; q; q = q->parent.is_bound() ? as_greenlet(q->parent) : nullptr)
    if (q == g) raise(E::ValueError, "cyclic parent chain");
  g->parent = v;
}

// gr_frame of a suspended greenlet: where it stopped, as a snapshot taken
// when asked for (f_code, f_lineno, and f_back out to its run function's
// frame, whose f_back is None).
TypeObj* frame_snapshot_type = nullptr;
struct FrameSnapshotObj : Object {
  Value code, back;
  int line = 0;
  FrameSnapshotObj() : Object(frame_snapshot_type) {}
};

Value snapshot(Frame* f) {
  while (f && !f->code) f = f->back;
  if (!f) return Value::none();
  auto* s = new FrameSnapshotObj();
  Value result = Value::steal(s);
  s->code = code_object(f->code);
  s->line = f->line;
  s->back = snapshot(f->back);
  return result;
}

Value get_gr_frame(const Value& self) {
  GreenletObj* g = as_greenlet(self);
  if (!g->started || g->dead || g == running()) return Value::none();
  return snapshot(fiber_of(g)->suspended_frame());
}

Value greenlet_repr(const Value& self) {
  GreenletObj* g = as_greenlet(self);
  std::string state;
  if (!g->started)
    state = " pending";
  else if (g->dead)
    state = " dead";
  else
    state = std::string(g == running() ? " current" : " suspended") + " active started" + (g->is_main ? " main" : "");
  const void* otid = g->started && !g->dead ? static_cast<const void*>(&main_greenlet) : nullptr;
  std::string where = fmt::format("0x{:x}", reinterpret_cast<uintptr_t>(g));
  std::string tid = otid ? fmt::format("0x{:x}", reinterpret_cast<uintptr_t>(otid)) : "0x(nil)";
  std::string type_display =
      g->type == greenlet_type ? "greenlet.greenlet" : g->type->name;
  return make_str(fmt::format("<{} object at {} (otid={}){}>", type_display, where, tid, state));
}

// A suspended greenlet nobody can reach any more gets GreenletExit thrown
// in, under the greenlet that dropped it (greenlet's own rule), so its
// finally blocks run.
void finalize_greenlet(Object* o) {
  auto* g = static_cast<GreenletObj*>(o);
  if (!g->started || g->dead || g->is_main || runtime_finalizing) return;
  Value self = Value::borrow(g);
  g->parent = current;
  try {
    Transfer t;
    t.kind = Sent::Throw;
    t.value = call(Value::borrow(greenlet_exit), nullptr, 0);
    switch_to(g, std::move(t));
  } catch (PyError& e) {
    write_unraisable(self, e.exc, current_frame ? current_frame->depth + 1 : 0);
  }
}

Value fn_getcurrent(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("getcurrent", nargs, kwnames, 0);
  return Value::borrow(running());
}

// A new greenlet's parent is the greenlet that made it.
// class NAME(base) of the greenlet module, made as a class statement would.
TypeObj* exception_class(const char* class_name, TypeObj* base) {
  Value args[3] = {make_str(class_name), make_tuple({Value::borrow(base)}), new_dict()};
  Value made = call(Value::borrow(T::type), args, 3);
  TypeObj* t = made.as<TypeObj>();
  t->module = "greenlet";
  t->refcnt += kImmortal;  // (held by the module's globals, and by greenlet_exit / greenlet_error here)
  return t;
}

Object* alloc_greenlet(TypeObj* t) {
  auto* g = new GreenletObj(t);
  g->parent = Value::borrow(running());
  return g;
}

void init_greenlet_types() {
  empty_args = make_tuple({});
  TypeObj* t = new_builtin_type("greenlet", nullptr, Layout::Object);
  t->module = "greenlet";
  t->alloc_instance = alloc_greenlet;
  t->repr = greenlet_repr;
  t->finalize = finalize_greenlet;
  add_method(t, "__init__", m_init);
  add_method(t, "switch", m_switch);
  greenlet_switch_method = type_lookup(t, intern("switch"));
  add_method(t, "throw", m_throw);
  add_method(t, "__bool__", m_bool);
  add_getset(t, "dead", get_dead, nullptr);
  add_getset(t, "run", get_run, set_run);
  add_getset(t, "parent", get_parent, set_parent);
  add_getset(t, "gr_frame", get_gr_frame, nullptr);
  greenlet_type = t;
  TypeObj* f = new_builtin_type("frame", nullptr);
  f->allows_subclassing = false;
  add_getset(f, "f_code", [](const Value& v) { return static_cast<FrameSnapshotObj*>(v.obj())->code; }, nullptr);
  add_getset(f, "f_back", [](const Value& v) { return static_cast<FrameSnapshotObj*>(v.obj())->back; }, nullptr);
  add_getset(f, "f_lineno", [](const Value& v) { return Value::from_int(static_cast<FrameSnapshotObj*>(v.obj())->line); },
             nullptr);
  frame_snapshot_type = f;
  greenlet_exit = exception_class("GreenletExit", E::BaseException);
  greenlet_error = exception_class("error", E::Exception);
  // greenlet.greenlet carries these too (greenlet.error, greenlet.getcurrent()).
  add_attr(t, "GreenletExit", Value::borrow(greenlet_exit));
  add_attr(t, "error", Value::borrow(greenlet_error));
  add_attr(t, "getcurrent", make_builtin("getcurrent", fn_getcurrent));  // a plain builtin: never bound
}

}  // namespace

Value greenlet_getcurrent() { return Value::borrow(running()); }

bool greenlet_is_dead(const Value& g) { return get_dead(Value::borrow(checked_greenlet(g))).b(); }

Value greenlet_switch_value(const Value& g, const Value& value) {
  static StrObj* const switch_name = intern("switch");
  TypeObj* t = g.obj()->type;
  if (t != greenlet_type && type_lookup(t, switch_name).obj() != greenlet_switch_method.obj())
    return call_method(g, name("switch"), &value, 1);
  Value keep = g;
  Transfer one;
  one.kind = Sent::One;
  one.value = value;
  return switch_to(as_greenlet(g), std::move(one));
}

Value greenlet_switch_base(const Value& g) {
  Value keep = g;
  return switch_to(as_greenlet(g), Transfer{});
}

Value greenlet_throw_args(const Value& g, const Value* args, size_t nargs) {
  return call_method(g, name("throw"), args, nargs);
}

void init_greenlet_module(ModuleObj* m) {
  if (!greenlet_type) init_greenlet_types();
  module_add(m, "greenlet", Value::borrow(greenlet_type));
  module_add(m, "GreenletExit", Value::borrow(greenlet_exit));
  module_add(m, "error", Value::borrow(greenlet_error));
  module_add_fn(m, "getcurrent", fn_getcurrent);
  module_add(m, "__version__", make_str("2.0.2"));
}

}  // namespace py
