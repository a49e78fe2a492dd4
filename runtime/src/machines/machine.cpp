// The generator protocol around a compiled state machine (see
// pyrt/machine.h): next/send/throw/close with CPython 3.11's rules and
// messages, PEP 479, the "already executing" guard, frames for tracebacks,
// the handled-exception state a generator keeps across its yields, PEP 380
// delegation, and closing a suspended generator when its last reference goes.
//
// `yield from` chains. CPython resumes a chain of N generators by sending
// through every level, O(N) per item. Here each delegation between two
// generators is *linked*: the delegate records its `parent`, its frame stays
// chained under the parent's frame, and the chain's root caches its `leaf`
// (the innermost active generator). next()/send() on the root resume the
// leaf directly; only when a generator of the chain finishes does control
// unwind one level up: its parent is resumed at its `yield from` with the
// result (or the exception). throw() and close() walk the chain level by
// level exactly as CPython does (they are rare and their order matters).
//
// A delegation is linked only when that is invisible to the program: the
// delegate is a fresh root (not already someone's delegate, not running),
// linking makes no cycle, and the delegating generator is not inside a
// handler (its handled exception would have to be in force while the leaf
// runs). Otherwise the delegating generator drives its delegate itself.
#include "pyrt/machine.h"

#include <fmt/format.h>

#include "core/core.h"
#include "core/gc.h"
#include "machines/machine_internal.h"

namespace py {

MachineObj::MachineObj() : Object(T::generator) { gc::track(this); }

void MachineObj::gc_traverse(GcVisitor& visit) {
  visit(name), visit(qualname), visit(pending_throw), visit(yield_from), visit(saved_exc);
}

// (After its finaliser closed it, if it was suspended.) A delegate linked
// under this machine keeps its link: ~MachineObj undoes the chain.
void MachineObj::gc_clear() {
  clear_locals();
  pending_throw.clear();
  saved_exc.clear();
  if (!(is_machine(yield_from) && yield_from.as<MachineObj>()->parent == this)) yield_from.clear();
}

MachineObj::~MachineObj() {
  // A linked delegate outlives us only if someone else holds it: it
  // becomes a root of its own.
  if (is_machine(yield_from)) {
    auto* child = yield_from.as<MachineObj>();
    if (child->parent == this) {
      child->parent = nullptr;
      child->frame.back = nullptr;
      MachineObj* deepest = child;
      while (is_machine(deepest->yield_from) &&
             deepest->yield_from.as<MachineObj>()->parent == deepest)
        deepest = deepest->yield_from.as<MachineObj>();
      child->leaf = deepest;
    }
  }
}

namespace {
MachineKind kind_of(const CodeInfo* code) {
  switch (code->kind) {
    case FuncKind::Coroutine: return MachineKind::Coroutine;
    case FuncKind::AsyncGenerator: return MachineKind::AsyncGenerator;
    default: return MachineKind::Generator;
  }
}
}  // namespace

void init_machine(MachineObj* g, const CodeInfo* code, ResumeFn resume) {
  g->kind = kind_of(code);
  if ((g->kind == MachineKind::AsyncGenerator) != g->async_gen_layout) [[unlikely]]
    raise(E::SystemError, "internal: an async generator's frame must derive from py::AsyncGenObj, and only its may");
  g->type = machine_type(g->kind);
  g->code = code;
  g->resume = resume;
  g->frame.code = code;
  g->frame.line = code->firstline;
  g->frame.depth = 0;
  g->frame.back = nullptr;
  g->leaf = g;
}

void init_machine(MachineObj* g, const FuncObj* fn, ResumeFn resume) {
  init_machine(g, fn->code, resume);
  g->iterable_coroutine = fn->iterable_coroutine;
}

namespace {

// The generator `g` delegates to through a linked `yield from`, or null.
inline MachineObj* linked_child(MachineObj* g) {
  if (!is_machine(g->yield_from)) return nullptr;
  auto* c = g->yield_from.as<MachineObj>();
  return c->parent == g ? c : nullptr;
}

MachineObj* chain_root(MachineObj* g) {
  while (g->parent) g = g->parent;
  return g;
}

MachineObj* deepest(MachineObj* g) {
  while (MachineObj* c = linked_child(g)) g = c;
  return g;
}

// Frame depths below `g` follow g's own (after g's depth changed).
void renumber_below(MachineObj* g) {
  for (MachineObj* c = linked_child(g); c; g = c, c = linked_child(c)) c->frame.depth = g->frame.depth + 1;
}

}  // namespace

const char* kind_word(const MachineObj* g) {
  switch (g->kind) {
    case MachineKind::Generator: return "generator";
    case MachineKind::Coroutine: return "coroutine";
    case MachineKind::AsyncGenerator: return "async generator";
  }
  return "generator";
}

// Running, or driven right now as part of a running chain.
bool is_executing(MachineObj* g) {
  for (MachineObj* p = g; p; p = p->parent)
    if (p->running) return true;
  return false;
}

namespace {

[[noreturn]] void raise_already_executing(MachineObj* g) {
  raise(E::ValueError, fmt::format("{} already executing", kind_word(g)));
}

// Makes `sub` the linked delegate of `g` when that cannot be observed (see
// the file comment).
void try_link(MachineObj* g, MachineObj* sub) {
  if (sub->parent || sub->running || sub->state == MachineObj::kFinished || g->handler_depth) return;
  MachineObj* root = chain_root(g);
  if (root == sub) return;  // g is being driven inside sub's own chain: no cycles
  sub->parent = g;
  sub->frame.back = &g->frame;
  sub->frame.depth = g->frame.depth + 1;
  renumber_below(sub);
  root->leaf = sub->leaf;  // sub was a root: its cache is valid
}

// Ends g's delegation (the delegate finished, or g is being resumed with an
// exception at its `yield from`).
void unlink_delegate(MachineObj* g) {
  if (MachineObj* c = linked_child(g)) {
    c->parent = nullptr;
    c->frame.back = nullptr;
    c->leaf = deepest(c);
    chain_root(g)->leaf = g;
  }
  g->yield_from.clear();
}

// The machine's run is over: no more delegation, pending throw or
// handled-exception state of its own.
void end_run(MachineObj* g) {
  g->state = MachineObj::kFinished;
  g->pending_throw.clear();
  g->pending_raw = false;
  if (g->yield_from.is_bound()) unlink_delegate(g);
  if (g->handler_depth) {
    handled_exception = std::move(g->saved_exc);
    g->handler_depth = 0;
  }
  g->saved_exc.clear();
}

// The generator finished: its locals go now (their finalisers run before
// the caller sees the result, as in CPython).
void finish(MachineObj* g) {
  end_run(g);
  g->clear_locals();
}

// A finished machine's variables, kept for as long as a traceback shows
// its frame (CPython's frame object, which the traceback holds, keeps
// them): the traceback entry of that frame holds this, and the last copy
// of the entry to go releases them.
struct LocalsHold : Object {
  Value machine;
  LocalsHold(TypeObj* t, MachineObj* m) : Object(t), machine(Value::borrow(m)) { gc::track(this); }
  ~LocalsHold() override { release(); }
  // (A local may hold the exception whose traceback holds this: a cycle.)
  void gc_traverse(GcVisitor& visit) override { visit(machine); }
  void gc_clear() override { release(); }
  void release() {
    if (!machine.is_obj()) return;
    Value m = std::move(machine);
    static_cast<MachineObj*>(m.obj())->clear_locals();
  }
};

// The machine finished by raising `exc`: its locals stay while exc's
// traceback holds its frame. (A machine kept inside a for loop's iterator
// has no reference count to hold: its locals go now.)
void finish_raising(MachineObj* g, const Value& exc) {
  end_run(g);
  static TypeObj* const hold_type = new_builtin_type("frame_locals", nullptr);
  if (g->refcnt < kImmortal / 2) {
    for (TracebackEntry& entry : exc.as<ExceptionObj>()->traceback) {
      if (entry.code == g->frame.code && entry.depth == g->frame.depth && entry.held.is_unbound()) {
        entry.held = Value::steal(new LocalsHold(hold_type, g));
        return;
      }
    }
  }
  g->clear_locals();
}

// PEP 479: a StopIteration leaving the body becomes RuntimeError, raised in
// the caller (its traceback starts there; the StopIteration's shows the
// generator's frame inward).
[[noreturn]] void raise_pep479(MachineObj* g, const Value& stop) {
  auto* si = stop.as<ExceptionObj>();
  si->handled_depth = g->frame.depth;
  const char* what = isinstance_of(stop, E::StopIteration) ? "StopIteration" : "StopAsyncIteration";
  Value rt = make_exception(E::RuntimeError, fmt::format("{} raised {}", kind_word(g), what));
  auto* e = rt.as<ExceptionObj>();
  e->cause = stop;
  e->context = stop;
  e->suppress_context = true;
  // Made where the machine was resumed from: the frame that awaits it when
  // a chain's leaf was resumed directly (CPython makes it in that frame's
  // SEND), else the caller.
  Frame* resumed_from = current_frame;
  if (g->frame.back) current_frame = g->frame.back;
  record_traceback(e, false);
  current_frame = resumed_from;
  throw PyError{rt};
}

// PEP 479 (and PEP 525 for an async generator's StopAsyncIteration): an
// exception that would end the iteration of whoever drives the machine may
// not leave its body as itself.
inline bool ends_iteration(const MachineObj* g, const Value& exc) {
  return isinstance_of(exc, E::StopIteration) ||
         (g->kind == MachineKind::AsyncGenerator && isinstance_of(exc, E::StopAsyncIteration));
}

// Runs g's machine once, g's frame already chained (back/depth set);
// `caller` is the frame to restore. Finishing (Returned or an exception)
// marks g finished.
[[gnu::always_inline]] inline Step run_linked(MachineObj* g, Value& io, Frame* caller) {
  current_frame = &g->frame;
  g->running = true;
  if (g->handler_depth) [[unlikely]] g->saved_exc.swap(handled_exception);
  Step step;
  try {
    if (g->state == MachineObj::kNotStarted && g->pending_throw.is_bound()) [[unlikely]]
      machine_raise_pending(g);  // throw() before the first next(): raised at the start, the body never runs
    step = g->resume(g, io);
  } catch (PyError& e) {
    current_frame = caller;
    g->running = false;
    finish_raising(g, e.exc);
    if (ends_iteration(g, e.exc)) raise_pep479(g, e.exc);
    throw;
  }
  current_frame = caller;
  g->running = false;
  if (step == Step::Returned) {
    finish(g);
  } else if (g->handler_depth) [[unlikely]] {
    g->saved_exc.swap(handled_exception);
  }
  return step;
}

// Runs g's machine once under the current frame.
[[gnu::always_inline]] inline Step run_machine(MachineObj* g, Value& io) {
  Frame* caller = current_frame;
  g->frame.back = caller;
  g->frame.depth = caller ? caller->depth + 1 : 0;
  if (recursion_exceeded(g->frame.depth, &caller)) [[unlikely]]
    machine_entry_slow(g->frame.depth, &caller);
  return run_linked(g, io, caller);
}

// A finished machine sent a value: a generator (or async generator) just
// returns None again; a coroutine may not be reused (close() alone is quiet).
Step resume_finished(MachineObj* g, Value& io) {
  if (g->kind == MachineKind::Coroutine) raise(E::RuntimeError, "cannot reuse already awaited coroutine");
  io = Value::none();
  return Step::Returned;
}

// send(io) to one machine, without the chain shortcut (a delegating
// machine driving its delegate, level by level).
Step drive(MachineObj* g, Value& io) {
  if (g->state == MachineObj::kNotStarted && !io.is_none()) [[unlikely]]
    raise(E::TypeError, fmt::format("can't send non-None value to a just-started {}", kind_word(g)));
  if (g->running) [[unlikely]] raise_already_executing(g);
  if (g->state == MachineObj::kFinished) return resume_finished(g, io);
  return run_machine(g, io);
}

// next()/send() on the root of a chain whose leaf is not the root: resume
// the leaf, and unwind one level each time a generator of the chain ends.
Step run_chain(MachineObj* root, MachineObj* leaf, Value& io) {
  if (leaf->running) raise_already_executing(leaf);
  Frame* caller = current_frame;
  root->frame.back = caller;
  int depth = caller ? caller->depth + 1 : 0;
  if (root->frame.depth != depth) {
    root->frame.depth = depth;
    renumber_below(root);
  }
  if (recursion_exceeded(leaf->frame.depth, &caller)) [[unlikely]]
    machine_entry_slow(leaf->frame.depth, &caller);
  root->running = true;
  MachineObj* g = leaf;
  Step step = Step::Returned;
  Value exc;
  for (;;) {
    if (g->state == MachineObj::kFinished) {  // driven to its end directly, meanwhile
      try {
        step = resume_finished(g, io);
      } catch (PyError& e) {
        exc = e.exc;
      }
    } else {
      if (g == root) root->running = false;
      try {
        step = run_linked(g, io, caller);
      } catch (PyError& e) {
        exc = e.exc;
      }
      if (g != root) root->running = true;
    }
    if (g == root || (step == Step::Suspended && exc.is_unbound())) break;
    // g ended: its parent resumes at its `yield from` with the result.
    MachineObj* p = g->parent;
    g->parent = nullptr;
    g->frame.back = nullptr;
    g->leaf = g;
    root->leaf = p;
    p->yield_from.clear();  // may free g
    if (exc.is_bound()) {
      p->pending_throw = std::move(exc);
      p->pending_raw = true;
      exc.clear();
      io = Value::none();
    }
    g = p;
  }
  root->running = false;
  if (exc.is_bound()) throw PyError{exc};
  return step;
}

// A generator of a chain driven directly (not through its parent) runs under
// the caller's frame; afterwards its frame is chained under the parent's
// again.
struct ParentFrameGuard {
  MachineObj* g;
  Frame* back;
  int depth;
  explicit ParentFrameGuard(MachineObj* gen) : g(gen), back(gen->frame.back), depth(gen->frame.depth) {}
  ~ParentFrameGuard() {
    if (g->parent) {
      g->frame.back = &g->parent->frame;
      g->frame.depth = g->parent->frame.depth + 1;
      renumber_below(g);
    }
  }
};

Step send_impl(MachineObj* g, Value& io) {
  if (g->state == MachineObj::kNotStarted && !io.is_none()) [[unlikely]]
    raise(E::TypeError, fmt::format("can't send non-None value to a just-started {}", kind_word(g)));
  if (g->parent) [[unlikely]] {
    if (is_executing(g)) raise_already_executing(g);
    ParentFrameGuard guard(g);
    if (g->state == MachineObj::kFinished) return resume_finished(g, io);
    MachineObj* leaf = deepest(g);
    if (leaf == g) return run_machine(g, io);
    return run_chain(g, leaf, io);
  }
  if (g->running) [[unlikely]] raise_already_executing(g);
  if (g->state == MachineObj::kFinished) return resume_finished(g, io);
  if (g->leaf == g) [[likely]] return run_machine(g, io);
  return run_chain(g, g->leaf, io);
}

// Links g's frame as the current one while it works on its delegate for
// throw()/close() (so the delegate's frames chain under it, as in CPython).
struct DelegatingScope {
  MachineObj* g;
  Frame* caller;
  bool was_running;
  explicit DelegatingScope(MachineObj* gen) : g(gen), caller(current_frame), was_running(gen->running) {
    if (!g->parent) {
      g->frame.back = caller;
      g->frame.depth = caller ? caller->depth + 1 : 0;
    }
    current_frame = &g->frame;
    g->running = true;
  }
  ~DelegatingScope() {
    current_frame = caller;
    g->running = was_running;
  }
};

bool matches_generator_exit(const Value& typ) {
  if (is_type(typ)) return is_subtype(typ.as<TypeObj>(), E::GeneratorExit);
  return isinstance_of(typ, E::GeneratorExit);
}

// throw()'s arguments made into the exception instance to raise.
Value normalize_thrown(const Value& typ, const Value& val, const Value& tb) {
  if (tb.is_bound() && !tb.is_none() && type_of(tb) != T::traceback)
    raise(E::TypeError, "throw() third argument must be a traceback object");
  bool no_val = val.is_unbound() || val.is_none();
  if (is_type(typ) && is_subtype(typ.as<TypeObj>(), E::BaseException)) {
    if (no_val) return call(typ, nullptr, 0);
    if (isinstance_of(val, typ.as<TypeObj>())) return val;
    if (type_of(val) == T::tuple) {
      auto& items = val.as<TupleObj>()->items;
      return call(typ, items.data(), items.size());
    }
    return call(typ, &val, 1);
  }
  if (is_exception_instance(typ)) {
    if (!no_val) raise(E::TypeError, "instance exception may not have a separate value");
    return typ;
  }
  raise(E::TypeError, fmt::format("exceptions must be classes or instances deriving from BaseException, not {}",
                                  type_name(typ)));
}

void close_impl(MachineObj* g);

// Closes a `yield from` delegate: close() of a generator, else its close
// method if it has one.
void close_iter(const Value& it) {
  if (is_machine(it)) {
    close_impl(it.as<MachineObj>());
    return;
  }
  Value meth = getattr_or_unbound(it, intern("close"));
  if (meth.is_bound()) call(meth, nullptr, 0);
}

// Resumes g at its suspension point with an exception (raw: already in
// flight, its traceback recorded; else raised there afresh).
Step resume_with_exception(MachineObj* g, const Value& exc, bool raw, Value& io) {
  g->pending_throw = exc;
  g->pending_raw = raw;
  io = Value::none();
  return run_machine(g, io);
}

// CPython's _gen_throw: the delegate (if any) gets the exception first.
// GeneratorExit closes the delegate instead, unless an async generator's
// aclose() throws it (close_on_exit false: what it awaits gets the
// GeneratorExit thrown in, and may await its way out).
Step throw_impl(MachineObj* g, const Value& typ, const Value& val, const Value& tb, Value& io,
                bool close_on_exit = true) {
  if (g->running) raise_already_executing(g);
  if (g->yield_from.is_bound() && g->state > 0) {
    Value yf = g->yield_from;
    if (close_on_exit && matches_generator_exit(typ)) {
      Value err;
      {
        DelegatingScope scope(g);
        try {
          close_iter(yf);
        } catch (PyError& e) {
          err = e.exc;
        }
      }
      if (err.is_bound()) return resume_with_exception(g, err, true, io);
    } else {
      Step step = Step::Suspended;
      Value err;
      bool handled = true;
      if (is_machine(yf)) {
        DelegatingScope scope(g);
        try {
          step = throw_impl(yf.as<MachineObj>(), typ, val, tb, io, close_on_exit);
        } catch (PyError& e) {
          err = e.exc;
        }
      } else {
        Value meth = getattr_or_unbound(yf, intern("throw"));
        if (meth.is_unbound()) {
          handled = false;
        } else {
          Value args[3] = {typ, val, tb};
          size_t n = val.is_unbound() ? 1 : tb.is_unbound() ? 2 : 3;
          // Under g's frame: what the delegate raises passes through g
          // (an awaited future's exception shows the awaiting frame).
          DelegatingScope scope(g);
          try {
            io = call(meth, args, n);
          } catch (PyError& e) {
            err = e.exc;
          }
        }
      }
      if (handled) {
        if (err.is_unbound() && step == Step::Suspended) return Step::Suspended;
        unlink_delegate(g);
        if (err.is_bound()) {
          if (!isinstance_of(err, E::StopIteration)) return resume_with_exception(g, err, true, io);
          io = getattr(err, Value::borrow(N::value));
        }
        return run_machine(g, io);  // the delegate's value is the result of `yield from`
      }
    }
  }
  Value exc = normalize_thrown(typ, val, tb);
  if (g->state == MachineObj::kFinished) {
    if (g->kind == MachineKind::Coroutine) raise(E::RuntimeError, "cannot reuse already awaited coroutine");
    record_traceback(exc.as<ExceptionObj>(), false);
    throw PyError{exc};
  }
  return resume_with_exception(g, exc, false, io);
}

void close_impl(MachineObj* g) {
  if (g->running) raise_already_executing(g);
  if (g->state == MachineObj::kNotStarted) {
    finish(g);
    return;
  }
  if (g->state == MachineObj::kFinished) return;
  if (g->running) raise_already_executing(g);
  Value err;
  if (g->yield_from.is_bound()) {
    DelegatingScope scope(g);
    try {
      close_iter(g->yield_from);
    } catch (PyError& e) {
      err = e.exc;
    }
  }
  bool raw = err.is_bound();
  if (!raw) {
    err = new_exception(E::GeneratorExit, nullptr, 0);
    if (is_exception_instance(handled_exception)) err.as<ExceptionObj>()->context = handled_exception;
  }
  Value io;
  Step step;
  try {
    step = resume_with_exception(g, err, raw, io);
  } catch (PyError& e) {
    if (isinstance_of(e.exc, E::GeneratorExit) || isinstance_of(e.exc, E::StopIteration)) return;
    throw;
  }
  if (step != Step::Returned)
    raise(E::RuntimeError, fmt::format("{} ignored GeneratorExit", kind_word(g)));
}

}  // namespace

// ------------------------------------------------------------ machine-facing

void machine_raise_pending(MachineObj* g) {
  Value exc = std::move(g->pending_throw);
  bool raw = g->pending_raw;
  g->pending_raw = false;
  // An exception thrown in (by throw(), or coming back up from a delegate
  // it was thrown into) is chained to what the machine itself is handling
  // (suspended in an except block), never to its caller's: CPython's
  // _PyErr_ChainStackItem on the generator's own exception state.
  if (g->handler_depth > 0) chain_to_handled(exc);
  if (!raw) record_traceback(exc.as<ExceptionObj>(), false);
  throw PyError{exc};
}

Value yield_from_iter(const MachineObj* m, const Value& iterable) {
  if (iterable.is_obj() && iterable.obj()->type == T::generator) return iterable;
  if (iterable.is_obj() && iterable.obj()->type == T::coroutine) {
    // Only a coroutine, or a generator types.coroutine made awaitable, may
    // delegate to a coroutine.
    if (m->kind != MachineKind::Coroutine && !m->iterable_coroutine)
      raise(E::TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return iterable;
  }
  return iter(iterable);
}

void machine_link_delegate(MachineObj* g, MachineObj* delegate) { try_link(g, delegate); }

Value await_iter_slow(const Value& awaitable) {
  if (awaitable.is_obj()) {
    TypeObj* t = awaitable.obj()->type;
    if (t == T::coroutine) {
      if (awaitable.as<MachineObj>()->yield_from.is_bound())
        raise(E::RuntimeError, "coroutine is being awaited already");
      return awaitable;
    }
    if (t == T::generator && awaitable.as<MachineObj>()->iterable_coroutine) return awaitable;
  }
  Value it = call_dunder(awaitable, intern("__await__"), nullptr, 0);
  if (it.is_unbound())
    raise(E::TypeError, fmt::format("object {} can't be used in 'await' expression", type_name(awaitable)));
  if (it.is_obj() && (it.obj()->type == T::coroutine ||
                      (it.obj()->type == T::generator && it.as<MachineObj>()->iterable_coroutine)))
    raise(E::TypeError, "__await__() returned a coroutine");
  TypeObj* t = type_of(it);
  if (!t->next && type_lookup(t, N::__next__).is_unbound())
    raise(E::TypeError, fmt::format("__await__() returned non-iterator of type '{}'", t->name));
  return it;
}

bool yield_from_step(MachineObj* g, Value& io) {
  if (g->pending_throw.is_bound()) [[unlikely]] {
    unlink_delegate(g);
    machine_raise_pending(g);
  }
  if (g->yield_from.is_unbound()) return false;  // the chain unwound to us: io is the delegate's result
  const Value& yf = g->yield_from;
  if (is_machine(yf)) {
    auto* sub = yf.as<MachineObj>();
    if (sub->state == MachineObj::kNotStarted && !sub->parent && !sub->running) [[likely]]
      return machine_first_delegate_step(g, sub, [&] { return drive(sub, io); });
    if (!sub->parent) try_link(g, sub);
    Step step;
    try {
      step = drive(sub, io);
    } catch (PyError&) {
      unlink_delegate(g);
      throw;
    }
    if (step == Step::Suspended) return true;
    unlink_delegate(g);
    return false;
  }
  try {
    TypeObj* t = type_of(yf);
    if (t->send) {
      if (t->send(yf, io)) return true;
      unlink_delegate(g);
      return false;
    }
    if (io.is_none() && t->next) {
      Value out;
      if (t->next(yf, out)) {
        io = std::move(out);
        return true;
      }
      io = Value::none();
    } else if (io.is_none()) {
      io = call_dunder(yf, N::__next__, nullptr, 0);
      if (io.is_unbound()) raise(E::TypeError, fmt::format("'{}' object is not an iterator", t->name));
      return true;
    } else {
      io = call_method(yf, Value::borrow(intern("send")), &io, 1);
      return true;
    }
  } catch (PyError& e) {
    if (!isinstance_of(e.exc, E::StopIteration)) {
      unlink_delegate(g);
      throw;
    }
    io = getattr(e.exc, Value::borrow(N::value));
  }
  unlink_delegate(g);
  return false;
}

void machine_handler_enter(MachineObj* g, Value& slot, const Value& exc) {
  exc.as<ExceptionObj>()->handled_depth = current_frame ? current_frame->depth : 0;
  if (g->handler_depth++ == 0)
    g->saved_exc = std::move(handled_exception);  // the caller's, given back at suspension and at the end
  else
    slot = std::move(handled_exception);
  handled_exception = exc;
}

void machine_handler_exit(MachineObj* g, Value& slot) {
  if (g->handler_depth <= 0) return;  // the runtime already restored the state
  if (--g->handler_depth == 0)
    handled_exception = std::move(g->saved_exc);
  else
    handled_exception = std::move(slot);
}

// ------------------------------------------------------------ the inline fast paths' slow ends

Value send_method(const Value& obj, Value& arg) {
  if (is_machine(obj)) {
    Value v = std::move(arg);
    return machine_send(obj.as<MachineObj>(), v);
  }
  return call_method_drop(obj, Value::borrow(intern("send")), &arg, 1, nullptr, 1);
}

void machine_returned(MachineObj* g) { finish(g); }

void machine_suspended_in_handler(MachineObj* g) { g->saved_exc.swap(handled_exception); }

void machine_entry_slow(int depth, const void* frame_address) {
  if (gc::run_requested() && !recursion_exceeded(depth, frame_address)) return;
  raise(E::RecursionError, "maximum recursion depth exceeded");
}

void machine_raised(MachineObj* g, Frame* caller, PyError& e) {
  current_frame = caller;
  g->running = false;
  finish_raising(g, e.exc);
  if (ends_iteration(g, e.exc)) raise_pep479(g, e.exc);
  throw;
}

// ------------------------------------------------------------ the protocol

bool machine_next(MachineObj* g, Value& out) {
  out = Value::none();
  Step step;
  if (!g->running && !g->parent && g->leaf == g && g->state >= 0) [[likely]]
    step = run_machine(g, out);
  else
    step = send_impl(g, out);
  return step == Step::Suspended;
}

Step machine_send_step(MachineObj* g, Value& io) {
  if (!g->running && !g->parent && g->leaf == g && g->state > 0) [[likely]]
    return run_machine(g, io);
  return send_impl(g, io);
}

Value machine_send(MachineObj* g, const Value& v) {
  Value io = v;
  if (machine_send_step(g, io) == Step::Suspended) return io;
  raise_stop_iteration(io);
}

Step machine_throw_step(MachineObj* g, const Value& exc, Value& io) {
  return machine_throw3_step(g, exc, Value(), Value(), io);
}

Step machine_throw3_step(MachineObj* g, const Value& typ, const Value& val, const Value& tb, Value& io,
                         bool close_delegate_on_exit) {
  if (g->parent && is_executing(g)) raise_already_executing(g);
  ParentFrameGuard guard(g);
  return throw_impl(g, typ, val, tb, io, close_delegate_on_exit);
}

Value machine_throw3(MachineObj* g, const Value& typ, const Value& val, const Value& tb) {
  if (g->parent && is_executing(g)) raise_already_executing(g);
  ParentFrameGuard guard(g);
  Value io;
  if (throw_impl(g, typ, val, tb, io) == Step::Suspended) return io;
  raise_stop_iteration(io);
}

Value machine_throw(MachineObj* g, const Value& exc) { return machine_throw3(g, exc, Value(), Value()); }

void machine_close(MachineObj* g) {
  if (g->parent && g->state > 0 && is_executing(g)) raise_already_executing(g);
  ParentFrameGuard guard(g);
  close_impl(g);
}

// ------------------------------------------------------------ finalisation

// CPython's default unraisable hook: the traceback from where the exception
// was caught inward, then "Type: message" (no chained exceptions).
void write_unraisable(const Value& where, const Value& exc, int caught_depth) {
  std::string out = "Exception ignored in: ";
  try {
    out += sv(repr(where));
  } catch (PyError&) {
    out += "<object repr() failed>";
  }
  out += "\n";
  auto* e = exc.as<ExceptionObj>();
  bool inside = false;
  for (auto& t : e->traceback) inside |= t.depth >= caught_depth;
  // Raised by close() itself (not inside the generator): CPython shows the
  // frame that dropped the last reference.
  e->handled_depth = inside ? caught_depth : caught_depth - 1;
  bool any = false;
  for (auto& t : e->traceback) any |= t.depth >= e->handled_depth;
  if (any) {
    out += "Traceback (most recent call last):\n";
    print_traceback_entries(e, out);
  }
  out += exception_type_display_name(e->type);
  out += ": ";
  Value s = exception_str(exc);
  if (s.is_unbound())
    out += "<exception str() failed>";
  else if (is_str(s))
    out += sv(s);
  out += "\n";
  write_stderr(out);
}

void machine_close_unreferenced(MachineObj* g) {
  if (g->state == MachineObj::kFinished) return;
  if (g->state == MachineObj::kNotStarted) {
    // CPython closes a generator that never ran (its frame, with its
    // arguments, is cleared now: in a collection, what only they held goes
    // before anything is cleared); a coroutine's is only reported.
    if (g->kind != MachineKind::Coroutine) finish(g);
    return;
  }
  Frame* saved_frame = current_frame;
  int caught_depth = saved_frame ? saved_frame->depth + 1 : 0;
  try {
    machine_close(g);
  } catch (PyError& e) {
    current_frame = saved_frame;
    write_unraisable(Value::borrow(g), e.exc, caught_depth);
  }
}

}  // namespace py
