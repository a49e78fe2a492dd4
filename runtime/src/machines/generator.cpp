// The generator protocol around a compiled state machine (see
// pyrt/generator.h): next/send/throw/close with CPython 3.11's rules and
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
#include "pyrt/generator.h"

#include <fmt/format.h>

#include "core/core.h"

namespace py {

namespace T {
TypeObj* generator;
TypeObj* generator_frame;
}  // namespace T

GenObj::GenObj() : Object(T::generator) {}

GenObj::~GenObj() {
  // A linked delegate outlives us only if someone else holds it: it
  // becomes a root of its own.
  if (yield_from.is_obj() && yield_from.obj()->type == T::generator) {
    auto* child = yield_from.as<GenObj>();
    if (child->parent == this) {
      child->parent = nullptr;
      child->frame.back = nullptr;
      GenObj* deepest = child;
      while (deepest->yield_from.is_obj() && deepest->yield_from.obj()->type == T::generator &&
             deepest->yield_from.as<GenObj>()->parent == deepest)
        deepest = deepest->yield_from.as<GenObj>();
      child->leaf = deepest;
    }
  }
}

void init_generator(GenObj* g, const CodeInfo* code, ResumeFn resume) {
  g->code = code;
  g->resume = resume;
  g->frame.code = code;
  g->frame.line = code->firstline;
  g->frame.depth = 0;
  g->frame.back = nullptr;
  g->leaf = g;
}

void init_generator(GenObj* g, const FuncObj* fn, ResumeFn resume) { init_generator(g, fn->code, resume); }

namespace {

inline bool is_gen(const Value& v) { return v.is_obj() && v.obj()->type == T::generator; }

// The generator `g` delegates to through a linked `yield from`, or null.
inline GenObj* linked_child(GenObj* g) {
  if (!is_gen(g->yield_from)) return nullptr;
  auto* c = g->yield_from.as<GenObj>();
  return c->parent == g ? c : nullptr;
}

GenObj* chain_root(GenObj* g) {
  while (g->parent) g = g->parent;
  return g;
}

GenObj* deepest(GenObj* g) {
  while (GenObj* c = linked_child(g)) g = c;
  return g;
}

// Frame depths below `g` follow g's own (after g's depth changed).
void renumber_below(GenObj* g) {
  for (GenObj* c = linked_child(g); c; g = c, c = linked_child(c)) c->frame.depth = g->frame.depth + 1;
}

const char* kind_word(const GenObj* g) {
  switch (g->code ? g->code->kind : FuncKind::Generator) {
    case FuncKind::Coroutine: return "coroutine";
    case FuncKind::AsyncGenerator: return "async generator";
    default: return "generator";
  }
}

[[noreturn]] void raise_already_executing(GenObj* g) {
  raise(E::ValueError, fmt::format("{} already executing", kind_word(g)));
}

// Running, or driven right now as part of a running chain.
bool is_executing(GenObj* g) {
  for (GenObj* p = g; p; p = p->parent)
    if (p->running) return true;
  return false;
}

// Makes `sub` the linked delegate of `g` when that cannot be observed (see
// the file comment).
void try_link(GenObj* g, GenObj* sub) {
  if (sub->parent || sub->running || sub->state == GenObj::kFinished || g->handler_depth) return;
  GenObj* root = chain_root(g);
  if (root == sub) return;  // g is being driven inside sub's own chain: no cycles
  sub->parent = g;
  sub->frame.back = &g->frame;
  sub->frame.depth = g->frame.depth + 1;
  renumber_below(sub);
  root->leaf = sub->leaf;  // sub was a root: its cache is valid
}

// Ends g's delegation (the delegate finished, or g is being resumed with an
// exception at its `yield from`).
void unlink_delegate(GenObj* g) {
  if (GenObj* c = linked_child(g)) {
    c->parent = nullptr;
    c->frame.back = nullptr;
    c->leaf = deepest(c);
    chain_root(g)->leaf = g;
  }
  g->yield_from.clear();
}

// The generator finished: its locals go now (their finalisers run before
// the caller sees the result, as in CPython).
void finish(GenObj* g) {
  g->state = GenObj::kFinished;
  g->pending_throw.clear();
  g->pending_raw = false;
  if (g->yield_from.is_bound()) unlink_delegate(g);
  if (g->handler_depth) {
    handled_exception = std::move(g->saved_exc);
    g->handler_depth = 0;
  }
  g->saved_exc.clear();
  g->clear_locals();
}

// PEP 479: a StopIteration leaving the body becomes RuntimeError, raised in
// the caller (its traceback starts there; the StopIteration's shows the
// generator's frame inward).
[[noreturn]] void raise_pep479(GenObj* g, const Value& stop) {
  auto* si = stop.as<ExceptionObj>();
  si->handled_depth = g->frame.depth;
  Value rt = make_exception(E::RuntimeError, fmt::format("{} raised StopIteration", kind_word(g)));
  auto* e = rt.as<ExceptionObj>();
  e->cause = stop;
  e->context = stop;
  e->suppress_context = true;
  record_traceback(e, false);
  throw PyError{rt};
}

// Runs g's machine once, g's frame already chained (back/depth set);
// `caller` is the frame to restore. Finishing (Returned or an exception)
// marks g finished.
[[gnu::always_inline]] inline Step run_linked(GenObj* g, Value& io, Frame* caller) {
  current_frame = &g->frame;
  g->running = true;
  if (g->handler_depth) [[unlikely]] g->saved_exc.swap(handled_exception);
  Step step;
  try {
    if (g->state == GenObj::kNotStarted && g->pending_throw.is_bound()) [[unlikely]]
      gen_raise_pending(g);  // throw() before the first next(): raised at the start, the body never runs
    step = g->resume(g, io);
  } catch (PyError& e) {
    current_frame = caller;
    g->running = false;
    finish(g);
    if (isinstance_of(e.exc, E::StopIteration)) raise_pep479(g, e.exc);
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
[[gnu::always_inline]] inline Step run_machine(GenObj* g, Value& io) {
  Frame* caller = current_frame;
  g->frame.back = caller;
  g->frame.depth = caller ? caller->depth + 1 : 0;
  if (g->frame.depth > recursion_limit) [[unlikely]]
    raise(E::RecursionError, "maximum recursion depth exceeded");
  return run_linked(g, io, caller);
}

// send(io) to one generator, without the chain shortcut (a delegating
// generator driving its delegate, level by level).
Step drive(GenObj* g, Value& io) {
  if (g->state == GenObj::kNotStarted && !io.is_none()) [[unlikely]]
    raise(E::TypeError, fmt::format("can't send non-None value to a just-started {}", kind_word(g)));
  if (g->running) [[unlikely]] raise_already_executing(g);
  if (g->state == GenObj::kFinished) {
    io = Value::none();
    return Step::Returned;
  }
  return run_machine(g, io);
}

// next()/send() on the root of a chain whose leaf is not the root: resume
// the leaf, and unwind one level each time a generator of the chain ends.
Step run_chain(GenObj* root, GenObj* leaf, Value& io) {
  if (leaf->running) raise_already_executing(leaf);
  Frame* caller = current_frame;
  root->frame.back = caller;
  int depth = caller ? caller->depth + 1 : 0;
  if (root->frame.depth != depth) {
    root->frame.depth = depth;
    renumber_below(root);
  }
  if (leaf->frame.depth > recursion_limit) [[unlikely]]
    raise(E::RecursionError, "maximum recursion depth exceeded");
  root->running = true;
  GenObj* g = leaf;
  Step step = Step::Returned;
  Value exc;
  for (;;) {
    if (g->state == GenObj::kFinished) {  // driven to its end directly, meanwhile
      io = Value::none();
      step = Step::Returned;
    } else {
      if (g == root) root->running = false;
      try {
        step = run_linked(g, io, caller);
      } catch (PyError& e) {
        exc = e.exc;
      }
      if (g != root) root->running = true;
    }
    if (g == root || (step == Step::Yielded && exc.is_unbound())) break;
    // g ended: its parent resumes at its `yield from` with the result.
    GenObj* p = g->parent;
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
  GenObj* g;
  Frame* back;
  int depth;
  explicit ParentFrameGuard(GenObj* gen) : g(gen), back(gen->frame.back), depth(gen->frame.depth) {}
  ~ParentFrameGuard() {
    if (g->parent) {
      g->frame.back = &g->parent->frame;
      g->frame.depth = g->parent->frame.depth + 1;
      renumber_below(g);
    }
  }
};

Step send_impl(GenObj* g, Value& io) {
  if (g->state == GenObj::kNotStarted && !io.is_none()) [[unlikely]]
    raise(E::TypeError, fmt::format("can't send non-None value to a just-started {}", kind_word(g)));
  if (g->parent) [[unlikely]] {
    if (is_executing(g)) raise_already_executing(g);
    ParentFrameGuard guard(g);
    if (g->state == GenObj::kFinished) {
      io = Value::none();
      return Step::Returned;
    }
    GenObj* leaf = deepest(g);
    if (leaf == g) return run_machine(g, io);
    return run_chain(g, leaf, io);
  }
  if (g->running) [[unlikely]] raise_already_executing(g);
  if (g->state == GenObj::kFinished) {
    io = Value::none();
    return Step::Returned;
  }
  if (g->leaf == g) [[likely]] return run_machine(g, io);
  return run_chain(g, g->leaf, io);
}

// Links g's frame as the current one while it works on its delegate for
// throw()/close() (so the delegate's frames chain under it, as in CPython).
struct DelegatingScope {
  GenObj* g;
  Frame* caller;
  bool was_running;
  explicit DelegatingScope(GenObj* gen) : g(gen), caller(current_frame), was_running(gen->running) {
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

void close_impl(GenObj* g);

// Closes a `yield from` delegate: close() of a generator, else its close
// method if it has one.
void close_iter(const Value& it) {
  if (is_gen(it)) {
    close_impl(it.as<GenObj>());
    return;
  }
  Value meth = getattr_or_unbound(it, intern("close"));
  if (meth.is_bound()) call(meth, nullptr, 0);
}

// Resumes g at its suspension point with an exception (raw: already in
// flight, its traceback recorded; else raised there afresh).
Step resume_with_exception(GenObj* g, const Value& exc, bool raw, Value& io) {
  g->pending_throw = exc;
  g->pending_raw = raw;
  io = Value::none();
  return run_machine(g, io);
}

// CPython's _gen_throw: the delegate (if any) gets the exception first.
Step throw_impl(GenObj* g, const Value& typ, const Value& val, const Value& tb, Value& io) {
  if (g->running) raise_already_executing(g);
  if (g->yield_from.is_bound() && g->state > 0) {
    Value yf = g->yield_from;
    if (matches_generator_exit(typ)) {
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
      Step step = Step::Yielded;
      Value err;
      bool handled = true;
      if (is_gen(yf)) {
        DelegatingScope scope(g);
        try {
          step = throw_impl(yf.as<GenObj>(), typ, val, tb, io);
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
          g->running = true;
          try {
            io = call(meth, args, n);
          } catch (PyError& e) {
            err = e.exc;
          }
          g->running = false;
        }
      }
      if (handled) {
        if (err.is_unbound() && step == Step::Yielded) return Step::Yielded;
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
  if (g->state == GenObj::kFinished) {
    record_traceback(exc.as<ExceptionObj>(), false);
    throw PyError{exc};
  }
  return resume_with_exception(g, exc, false, io);
}

void close_impl(GenObj* g) {
  if (g->state == GenObj::kNotStarted) {
    finish(g);
    return;
  }
  if (g->state == GenObj::kFinished) return;
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
  if (step == Step::Yielded)
    raise(E::RuntimeError, fmt::format("{} ignored GeneratorExit", kind_word(g)));
}

}  // namespace

// ------------------------------------------------------------ machine-facing

void gen_raise_pending(GenObj* g) {
  Value exc = std::move(g->pending_throw);
  bool raw = g->pending_raw;
  g->pending_raw = false;
  if (!raw) record_traceback(exc.as<ExceptionObj>(), false);  // no __context__: throw() does not chain
  throw PyError{exc};
}

Value yield_from_iter(const Value& iterable) {
  if (is_gen(iterable)) return iterable;
  return iter(iterable);
}

bool yield_from_step(GenObj* g, Value& io) {
  if (g->pending_throw.is_bound()) [[unlikely]] {
    unlink_delegate(g);
    gen_raise_pending(g);
  }
  if (g->yield_from.is_unbound()) return false;  // the chain unwound to us: io is the delegate's result
  const Value& yf = g->yield_from;
  if (is_gen(yf)) {
    auto* sub = yf.as<GenObj>();
    if (!sub->parent) try_link(g, sub);
    Step step;
    try {
      step = drive(sub, io);
    } catch (PyError&) {
      unlink_delegate(g);
      throw;
    }
    if (step == Step::Yielded) return true;
    unlink_delegate(g);
    return false;
  }
  try {
    TypeObj* t = type_of(yf);
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

void gen_handler_enter(GenObj* g, Value& slot, const Value& exc) {
  exc.as<ExceptionObj>()->handled_depth = current_frame ? current_frame->depth : 0;
  if (g->handler_depth++ == 0)
    g->saved_exc = std::move(handled_exception);  // the caller's, given back at suspension and at the end
  else
    slot = std::move(handled_exception);
  handled_exception = exc;
}

void gen_handler_exit(GenObj* g, Value& slot) {
  if (g->handler_depth <= 0) return;  // the runtime already restored the state
  if (--g->handler_depth == 0)
    handled_exception = std::move(g->saved_exc);
  else
    handled_exception = std::move(slot);
}

// ------------------------------------------------------------ the inline fast paths' slow ends

Value send_method(const Value& obj, Value& arg) {
  if (is_gen(obj)) {
    Value v = std::move(arg);
    return gen_send(obj.as<GenObj>(), v);
  }
  return call_method_drop(obj, Value::borrow(intern("send")), &arg, 1, nullptr, 1);
}

void gen_returned(GenObj* g) { finish(g); }

void gen_suspended_in_handler(GenObj* g) { g->saved_exc.swap(handled_exception); }

void raise_recursion_depth() { raise(E::RecursionError, "maximum recursion depth exceeded"); }

void gen_raised(GenObj* g, Frame* caller, PyError& e) {
  current_frame = caller;
  g->running = false;
  finish(g);
  if (isinstance_of(e.exc, E::StopIteration)) raise_pep479(g, e.exc);
  throw;
}

// ------------------------------------------------------------ the protocol

bool gen_next(GenObj* g, Value& out) {
  out = Value::none();
  Step step;
  if (!g->running && !g->parent && g->leaf == g && g->state >= 0) [[likely]]
    step = run_machine(g, out);
  else
    step = send_impl(g, out);
  return step == Step::Yielded;
}

Value gen_send(GenObj* g, const Value& v) {
  Value io = v;
  Step step;
  if (!g->running && !g->parent && g->leaf == g && g->state > 0) [[likely]]
    step = run_machine(g, io);
  else
    step = send_impl(g, io);
  if (step == Step::Yielded) return io;
  raise_stop_iteration(io);
}

Value gen_throw3(GenObj* g, const Value& typ, const Value& val, const Value& tb) {
  if (g->parent && is_executing(g)) raise_already_executing(g);
  ParentFrameGuard guard(g);
  Value io;
  if (throw_impl(g, typ, val, tb, io) == Step::Yielded) return io;
  raise_stop_iteration(io);
}

Value gen_throw(GenObj* g, const Value& exc) { return gen_throw3(g, exc, Value(), Value()); }

void gen_close(GenObj* g) {
  if (g->parent && g->state > 0 && is_executing(g)) raise_already_executing(g);
  ParentFrameGuard guard(g);
  close_impl(g);
}

// ------------------------------------------------------------ finalisation

namespace {

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

// The last reference to a suspended generator went away: close it now.
void gen_finalize(Object* o) { gen_close_unreferenced(static_cast<GenObj*>(o)); }

}  // namespace

void gen_close_unreferenced(GenObj* g) {
  if (g->state <= 0) return;
  Frame* saved_frame = current_frame;
  int caught_depth = saved_frame ? saved_frame->depth + 1 : 0;
  try {
    gen_close(g);
  } catch (PyError& e) {
    current_frame = saved_frame;
    write_unraisable(Value::borrow(g), e.exc, caught_depth);
  }
}

namespace {

GenObj* self_gen(const Value& v) { return v.as<GenObj>(); }

inline void check_gen_self(const char* method, const Value* args, size_t nargs) {
  if (nargs == 0 || !is_gen(args[0])) [[unlikely]]
    raise(E::TypeError, fmt::format("descriptor '{}' requires a 'generator' object", method));
}

Value gen_iter_slot(const Value& self) { return self; }
// As CPython's gen_iternext, a return value other than None leaves as
// StopIteration(value): an iterator built on the generator passes it on, so
// next(map(f, gen)) and `yield from map(f, gen)` see the value. Loops over a
// generator itself call gen_next and make no exception.
bool gen_next_slot(const Value& self, Value& out) {
  if (gen_next(self.as<GenObj>(), out)) return true;
  if (out.is_bound() && !out.is_none()) raise_stop_iteration(out);
  return false;
}

Value gen_repr_slot(const Value& self) {
  auto* g = self_gen(self);
  std::string q = g->qualname.is_bound() ? std::string(sv(g->qualname)) : std::string(g->code->qualname);
  return make_str(fmt::format("<{} object {} at {}>", kind_word(g), q, address_string(g)));
}

Value m_iter(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_gen_self("__iter__", args, nargs);
  if (nargs != 1 || kwcount(kwnames)) raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  return args[0];
}

Value m_next(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_gen_self("__next__", args, nargs);
  if (nargs != 1 || kwcount(kwnames)) raise(E::TypeError, fmt::format("expected 0 arguments, got {}", nargs - 1 + kwcount(kwnames)));
  Value out;
  if (gen_next(self_gen(args[0]), out)) return out;
  raise_stop_iteration(out);
}

Value m_send(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_gen_self("send", args, nargs);
  if (kwcount(kwnames)) raise(E::TypeError, "generator.send() takes no keyword arguments");
  if (nargs != 2) raise(E::TypeError, fmt::format("generator.send() takes exactly one argument ({} given)", nargs - 1));
  return gen_send(self_gen(args[0]), args[1]);
}

Value m_throw(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_gen_self("throw", args, nargs);
  if (kwcount(kwnames)) raise(E::TypeError, "generator.throw() takes no keyword arguments");
  if (nargs < 2) raise(E::TypeError, fmt::format("throw expected at least 1 argument, got {}", nargs - 1));
  if (nargs > 4) raise(E::TypeError, fmt::format("throw expected at most 3 arguments, got {}", nargs - 1));
  return gen_throw3(self_gen(args[0]), args[1], nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value());
}

Value m_close(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_gen_self("close", args, nargs);
  if (kwcount(kwnames)) raise(E::TypeError, "generator.close() takes no keyword arguments");
  if (nargs != 1) raise(E::TypeError, fmt::format("generator.close() takes no arguments ({} given)", nargs - 1));
  gen_close(self_gen(args[0]));
  return Value::none();
}

Value get_running(const Value& self) { return Value::from_bool(is_executing(self_gen(self))); }
Value get_suspended(const Value& self) {
  GenObj* g = self_gen(self);
  return Value::from_bool(g->state > 0 && !is_executing(g));
}
Value get_yieldfrom(const Value& self) {
  GenObj* g = self_gen(self);
  return g->yield_from.is_bound() ? g->yield_from : Value::none();
}

// gi_frame: a small view of the generator's frame (f_lineno), None once finished.
struct GenFrameObj : Object {
  Value gen;
  GenFrameObj() : Object(T::generator_frame) {}
};
Value get_frame(const Value& self) {
  if (self_gen(self)->state == GenObj::kFinished) return Value::none();
  auto* f = new GenFrameObj();
  f->gen = self;
  return Value::steal(f);
}
Value frame_lineno(const Value& self) { return Value::from_int(self_gen(self.as<GenFrameObj>()->gen)->frame.line); }
Value frame_back(const Value&) { return Value::none(); }
Value frame_repr_slot(const Value& self) {
  GenObj* g = self_gen(self.as<GenFrameObj>()->gen);
  const SourceInfo* src = g->code->source;
  return make_str(fmt::format("<frame at {}, file '{}', line {}, code {}>", address_string(self.obj()),
                              src ? src->filename : "<unknown>", g->frame.line, g->code->name));
}

Value get_name(const Value& self) {
  GenObj* g = self_gen(self);
  return g->name.is_bound() ? g->name : make_str(g->code->name);
}
Value get_qualname(const Value& self) {
  GenObj* g = self_gen(self);
  return g->qualname.is_bound() ? g->qualname : make_str(g->code->qualname);
}
void set_name(const Value& self, const Value& v) {
  if (!is_str(v)) raise(E::TypeError, "__name__ must be set to a string object");
  self_gen(self)->name = v;
}
void set_qualname(const Value& self, const Value& v) {
  if (!is_str(v)) raise(E::TypeError, "__qualname__ must be set to a string object");
  self_gen(self)->qualname = v;
}

}  // namespace

void init_generator_type() {
  if (T::generator) return;
  TypeObj* t = new_builtin_type("generator", nullptr);
  t->allows_subclassing = false;
  t->iter = gen_iter_slot;
  t->next = gen_next_slot;
  t->repr = gen_repr_slot;
  t->finalize = gen_finalize;
  add_method(t, "__iter__", m_iter);
  add_method(t, "__next__", m_next);
  add_method(t, "send", m_send);
  add_method(t, "throw", m_throw);
  add_method(t, "close", m_close);
  add_getter(t, "gi_running", get_running);
  add_getter(t, "gi_suspended", get_suspended);
  add_getter(t, "gi_yieldfrom", get_yieldfrom);
  add_getter(t, "gi_frame", get_frame);
  add_getset(t, "__name__", get_name, set_name);
  add_getset(t, "__qualname__", get_qualname, set_qualname);
  T::generator = t;

  TypeObj* f = new_builtin_type("frame", nullptr);
  f->allows_subclassing = false;
  f->repr = frame_repr_slot;
  add_getter(f, "f_lineno", frame_lineno);
  add_getter(f, "f_back", frame_back);
  T::generator_frame = f;
}

}  // namespace py
