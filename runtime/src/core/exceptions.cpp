// Exceptions: the BaseException family's behaviour (args, str, repr,
// __cause__/__context__, per-type attributes), raising with context
// chaining and traceback capture, and handler scopes.
#include <fmt/format.h>

#include "core/core.h"
#include "core/gc.h"

namespace py {

Value handled_exception;  // None (set by runtime_init) or the exception being handled

const Value& current_exception() { return handled_exception; }

static ExceptionObj* as_exc(const Value& v) { return v.as<ExceptionObj>(); }

Value new_exception(TypeObj* type, const Value* args, size_t nargs) {
  auto* e = new ExceptionObj(type);
  e->args = make_tuple(std::vector<Value>(args, args + nargs));
  e->cause = Value::none();
  e->context = Value::none();
  return Value::steal(e);
}

Value make_exception(TypeObj* type, std::string_view message) {
  Value msg = make_str(message);
  return new_exception(type, &msg, 1);
}

// ------------------------------------------------------------ raising

// Drops the entries of frames above the one that caught `e` (what CPython's
// traceback holds once the exception has been caught there).
void trim_traceback_to_handler(ExceptionObj* e) {
  size_t drop = 0;
  while (drop < e->traceback.size() && e->traceback[drop].depth < e->handled_depth) ++drop;
  if (drop) e->traceback.erase(e->traceback.begin(), e->traceback.begin() + drop);
}

// Puts the current chain's frames shallower than `limit` in front of e's
// traceback (outermost first).
static void prepend_frames(ExceptionObj* e, int limit) {
  std::vector<TracebackEntry> chain;
  for (Frame* f = current_frame; f; f = f->back) {
    if (!f->code) continue;
    if (f->depth >= limit) continue;
    chain.push_back({f->code, f->line, f->depth});
  }
  if (chain.empty()) return;
  std::vector<TracebackEntry> merged(chain.rbegin(), chain.rend());
  merged.insert(merged.end(), e->traceback.begin(), e->traceback.end());
  e->traceback = std::move(merged);
}

void record_traceback(ExceptionObj* e, bool is_reraise) {
  // Bare `raise`: the recorded part stays as it is; frames above it (cut off
  // if the exception was trimmed meanwhile) are added back. `raise e`: the
  // whole current chain goes in front of what the exception carried.
  int limit = INT32_MAX;
  if (is_reraise) {
    limit = e->traceback.empty() ? INT32_MAX : e->traceback.front().depth;
  } else {
    trim_traceback_to_handler(e);
  }
  e->handled_depth = 0;
  prepend_frames(e, limit);
}

// __context__ = the exception being handled, cutting any cycle it would make.
static void set_context(const Value& exc) {
  if (handled_exception.is_none() || handled_exception.is_unbound() || handled_exception.same(exc)) return;
  Value o = handled_exception;
  for (int guard = 0; guard < 10000; ++guard) {
    Value ctx = as_exc(o)->context;
    if (!is_exception_instance(ctx)) break;
    if (ctx.same(exc)) {
      as_exc(o)->context = Value::none();
      break;
    }
    o = ctx;
  }
  trim_traceback_to_handler(as_exc(handled_exception));
  as_exc(exc)->context = handled_exception;
}

void chain_to_handled(const Value& exc) { set_context(exc); }

static Value instantiate_exception(const Value& exc, const char* what) {
  if (is_type(exc) && is_subtype(exc.as<TypeObj>(), E::BaseException)) {
    Value inst = call(exc, nullptr, 0);
    if (!is_exception_instance(inst))
      raise(E::TypeError, fmt::format("calling {} should have returned an instance of BaseException, not {}",
                                      repr_string(exc), type_name(inst)));
    return inst;
  }
  if (is_exception_instance(exc)) return exc;
  raise(E::TypeError, what);
}

[[noreturn]] static void throw_exception(const Value& exc, bool is_reraise) {
  if (!is_reraise) set_context(exc);
  record_traceback(as_exc(exc), is_reraise);
  throw PyError{exc};
}

void raise_star_result(const Value& exc) {
  ExceptionObj* e = as_exc(exc);
  if (!e->traceback.empty()) throw_exception(exc, true);
  prepend_frames(e, current_frame ? current_frame->depth : 0);
  throw PyError{exc};
}

void raise_from_other_stack(const Value& exc) {
  ExceptionObj* e = as_exc(exc);
  int below = current_frame ? current_frame->depth + 1 : 0;
  for (TracebackEntry& entry : e->traceback) entry.depth += below;
  e->handled_depth = 0;
  prepend_frames(e, e->traceback.empty() ? INT32_MAX : e->traceback.front().depth);
  throw PyError{exc};
}

void raise(const Value& exc) {
  Value inst = instantiate_exception(exc, "exceptions must derive from BaseException");
  throw_exception(inst, false);
}

void raise_value(const Value& exc) { raise(exc); }

void raise(TypeObj* type, std::string message) { throw_exception(make_exception(type, message), false); }

void raise_from(const Value& exc, const Value& cause) {
  Value inst = instantiate_exception(exc, "exceptions must derive from BaseException");
  Value c;
  if (cause.is_none()) {
    c = Value::none();
  } else if (is_type(cause) && is_subtype(cause.as<TypeObj>(), E::BaseException)) {
    c = instantiate_exception(cause, "");
  } else if (is_exception_instance(cause)) {
    c = cause;
  } else {
    raise(E::TypeError, "exception causes must derive from BaseException");
  }
  if (is_exception_instance(c)) trim_traceback_to_handler(as_exc(c));
  as_exc(inst)->cause = c;
  as_exc(inst)->suppress_context = true;
  throw_exception(inst, false);
}

void reraise() {
  if (handled_exception.is_none() || handled_exception.is_unbound())
    raise(E::RuntimeError, "No active exception to reraise");
  Value exc = handled_exception;
  throw_exception(exc, true);
}

void raise_assertion(const Value& msg) {
  if (msg.is_unbound()) raise(Value::borrow(E::AssertionError));
  throw_exception(new_exception(E::AssertionError, &msg, 1), false);
}

bool exc_matches(const Value& exc, const Value& type_or_tuple) {
  TypeObj* t = type_of(exc);
  if (is_type(type_or_tuple)) {
    auto* want = type_or_tuple.as<TypeObj>();
    if (!is_subtype(want, E::BaseException))
      raise(E::TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return is_subtype(t, want);
  }
  if (type_of(type_or_tuple) == T::tuple) {
    for (const Value& item : type_or_tuple.as<TupleObj>()->items)
      if (!is_type(item) || !is_subtype(item.as<TypeObj>(), E::BaseException))
        raise(E::TypeError, "catching classes that do not inherit from BaseException is not allowed");
    for (const Value& item : type_or_tuple.as<TupleObj>()->items)
      if (is_subtype(t, item.as<TypeObj>())) return true;
    return false;
  }
  raise(E::TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

// Handler scopes nest like the C++ blocks they live in; the exception each
// one replaced is kept here so the destructor can put it back.
static std::vector<Value> outer_handled;

HandlerScope::HandlerScope(PyError& e, bool is_finally) : exc_(e.exc) {
  // The traceback is not cut here (a finally block or a bare `raise` sends
  // the exception on with its whole chain); only the catching depth is noted.
  (void)is_finally;
  as_exc(e.exc)->handled_depth = current_frame ? current_frame->depth : 0;
  outer_handled.push_back(std::move(handled_exception));
  handled_exception = e.exc;
}

HandlerScope::~HandlerScope() {
  handled_exception = std::move(outer_handled.back());
  outer_handled.pop_back();
}

void raise_type_error(std::string message) { raise(E::TypeError, std::move(message)); }
void raise_value_error(std::string message) { raise(E::ValueError, std::move(message)); }
void raise_stop_iteration(const Value& value) {
  if (value.is_unbound() || value.is_none()) raise(Value::borrow(E::StopIteration));
  throw_exception(new_exception(E::StopIteration, &value, 1), false);
}

void raise_name_error(const char* name) { raise(E::NameError, fmt::format("name '{}' is not defined", name)); }
void raise_unbound_local(const char* name) {
  raise(E::UnboundLocalError, fmt::format("cannot access local variable '{}' where it is not associated with a value", name));
}

void frame_entry_slow(Frame* frame) {
  if (gc::run_requested() && !recursion_exceeded(frame->depth, frame)) return;
  current_frame = frame->back;  // FrameScope's destructor will not run
  raise(E::RecursionError, "maximum recursion depth exceeded");
}

// ------------------------------------------------------------ BaseException's behaviour

static Value exc_new_fn(const Value* args, size_t nargs, TupleObj*) {
  if (nargs == 0 || !is_type(args[0])) raise(E::TypeError, "BaseException.__new__(X): X is not a type object");
  auto* type = args[0].as<TypeObj>();
  if (!is_subtype(type, E::BaseException))
    raise(E::TypeError, fmt::format("BaseException.__new__({}): {} is not a subtype of BaseException", type->name, type->name));
  return new_exception(type, args + 1, nargs - 1);
}

static Value exc_init_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (kwcount(kwnames)) raise(E::TypeError, fmt::format("{}() takes no keyword arguments", type_name(args[0])));
  as_exc(args[0])->args = make_tuple(std::vector<Value>(args + 1, args + nargs));
  return Value::none();
}

static const std::vector<Value>& exc_args(const Value& v) { return as_exc(v)->args.as<TupleObj>()->items; }

static Value exc_str_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__str__", nargs, kwnames, 1, 1);
  auto& a = exc_args(args[0]);
  if (a.empty()) return make_str("");
  if (a.size() == 1) return str(a[0]);
  return str(as_exc(args[0])->args);
}

static Value keyerror_str_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__str__", nargs, kwnames, 1, 1);
  auto& a = exc_args(args[0]);
  if (a.size() == 1) return repr(a[0]);
  return exc_str_fn(args, nargs, kwnames);
}

static Value oserror_str_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__str__", nargs, kwnames, 1, 1);
  auto& a = exc_args(args[0]);
  if (a.size() >= 3 && !a[2].is_none())
    return make_str(fmt::format("[Errno {}] {}: {}", str_string(a[0]), str_string(a[1]), repr_string(a[2])));
  if (a.size() >= 2) return make_str(fmt::format("[Errno {}] {}", str_string(a[0]), str_string(a[1])));
  return exc_str_fn(args, nargs, kwnames);
}

static Value exc_repr_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__repr__", nargs, kwnames, 1, 1);
  auto& a = exc_args(args[0]);
  const std::string& name = type_name(args[0]);
  if (a.size() == 1) return make_str(name + "(" + repr_string(a[0]) + ")");
  return make_str(name + repr_string(as_exc(args[0])->args));
}

static Value exc_with_traceback(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("with_traceback", nargs, kwnames, 2, 2);
  if (args[1].is_none()) as_exc(args[0])->traceback.clear();
  return args[0];
}

static Value exc_add_note(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("add_note", nargs, kwnames, 2, 2);
  if (!is_str_instance(args[1]))
    raise(E::TypeError, fmt::format("note must be a str, not '{}'", type_name(args[1])));
  Value notes = getattr_or_unbound(args[0], intern("__notes__"));
  if (notes.is_unbound()) {
    notes = make_list({});
    generic_setattr(args[0], intern("__notes__"), notes);
  }
  list_append(notes, args[1]);
  return Value::none();
}

static Value eget_args(const Value& s) { return as_exc(s)->args; }
static void eset_args(const Value& s, const Value& v) {
  if (v.is_unbound()) raise(E::TypeError, "args may not be deleted");
  if (type_of(v) == T::tuple) {
    as_exc(s)->args = v;
    return;
  }
  std::vector<Value> items;
  Value it = iter(v), x;
  while (next(it, x)) items.push_back(x);
  as_exc(s)->args = make_tuple(std::move(items));
}
static Value eget_cause(const Value& s) { return as_exc(s)->cause; }
static void eset_cause(const Value& s, const Value& v) {
  if (v.is_unbound()) raise(E::TypeError, "__cause__ may not be deleted");
  if (!v.is_none() && !is_exception_instance(v))
    raise(E::TypeError, "exception cause must be None or derive from BaseException");
  as_exc(s)->cause = v;
  as_exc(s)->suppress_context = true;
}
static Value eget_context(const Value& s) { return as_exc(s)->context; }
static void eset_context(const Value& s, const Value& v) {
  if (v.is_unbound()) raise(E::TypeError, "__context__ may not be deleted");
  if (!v.is_none() && !is_exception_instance(v))
    raise(E::TypeError, "exception context must be None or derive from BaseException");
  as_exc(s)->context = v;
}
static Value eget_suppress(const Value& s) { return Value::from_bool(as_exc(s)->suppress_context); }
static void eset_suppress(const Value& s, const Value& v) { as_exc(s)->suppress_context = truthy(v); }

struct TracebackObj : Object {
  Value exc;
  TracebackObj() : Object(T::traceback) {}
};
static Value eget_traceback(const Value& s) {
  if (as_exc(s)->traceback.empty()) return Value::none();
  auto* tb = new TracebackObj();
  tb->exc = s;
  return Value::steal(tb);
}
static void eset_traceback(const Value& s, const Value& v) {
  if (v.is_none()) as_exc(s)->traceback.clear();
}

// StopIteration.value, SystemExit.code: the first argument unless assigned.
static Value eget_value(const Value& s) {
  auto* e = as_exc(s);
  if (e->extra.is_bound()) return e->extra;
  auto& a = exc_args(s);
  return a.empty() ? Value::none() : a[0];
}
static Value eget_code(const Value& s) {
  auto* e = as_exc(s);
  if (e->extra.is_bound()) return e->extra;
  auto& a = exc_args(s);
  if (a.empty()) return Value::none();
  if (a.size() == 1) return a[0];
  return e->args;
}
static void eset_extra(const Value& s, const Value& v) { as_exc(s)->extra = v.is_unbound() ? Value::none() : v; }
static Value eget_errno(const Value& s) {
  auto& a = exc_args(s);
  return a.size() >= 2 ? a[0] : Value::none();
}
static Value eget_strerror(const Value& s) {
  auto& a = exc_args(s);
  return a.size() >= 2 ? a[1] : Value::none();
}
static Value eget_filename(const Value& s) {
  auto& a = exc_args(s);
  return a.size() >= 3 ? a[2] : Value::none();
}
static Value eget_name_none(const Value&) { return Value::none(); }

// ---- exception groups: BaseExceptionGroup(message, exceptions). The
// instance keeps (message, exceptions as a tuple) in `extra`; args stays
// what was passed.

static Value group_new_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  if (nargs == 0 || !is_type(args[0])) raise(E::TypeError, "BaseExceptionGroup.__new__(X): X is not a type object");
  auto* cls = args[0].as<TypeObj>();
  if (kwcount(kwnames)) raise(E::TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
  if (nargs != 3)
    raise(E::TypeError, fmt::format("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", nargs - 1));
  const Value& message = args[1];
  if (!is_str_instance(message))
    raise(E::TypeError, fmt::format("BaseExceptionGroup.__new__() argument 1 must be str, not {}", type_name(message)));
  TypeObj* et = type_of(args[2]);
  if (et != T::list && et != T::tuple) raise(E::TypeError, "second argument (exceptions) must be a sequence");
  const std::vector<Value>& items =
      et == T::list ? args[2].as<ListObj>()->items : args[2].as<TupleObj>()->items;
  if (items.empty()) raise(E::ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_exception_instance(items[i]))
      raise(E::ValueError, fmt::format("Item {} of second argument (exceptions) is not an exception", i));
    all_exceptions = all_exceptions && isinstance_of(items[i], E::Exception);
  }
  if (cls == E::BaseExceptionGroup && all_exceptions) cls = E::ExceptionGroup;
  if (is_subtype(cls, E::Exception) && !all_exceptions) {
    if (cls == E::ExceptionGroup) raise(E::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    raise(E::TypeError, fmt::format("Cannot nest BaseExceptions in '{}'", cls->name));
  }
  Value group = new_exception(cls, args + 1, 2);
  as_exc(group)->extra = make_tuple({message, make_tuple(std::vector<Value>(items))});
  return group;
}

static const std::vector<Value>& group_parts(const Value& s) { return as_exc(s)->extra.as<TupleObj>()->items; }
static Value eget_group_message(const Value& s) { return group_parts(s)[0]; }
static Value eget_group_exceptions(const Value& s) { return group_parts(s)[1]; }

static Value group_str_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("__str__", nargs, kwnames, 1, 1);
  const auto& parts = group_parts(args[0]);
  size_t n = parts[1].as<TupleObj>()->items.size();
  return make_str(fmt::format("{} ({} sub-exception{})", sv(parts[0]), n, n > 1 ? "s" : ""));
}

static Value group_derive_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("derive", nargs, kwnames, 2, 2);
  Value call_args[2] = {group_parts(args[0])[0], args[1]};
  return call(Value::borrow(E::BaseExceptionGroup), call_args, 2);
}

void init_exceptions() {
  TypeObj* b = E::BaseException;
  add_staticmethod(b, "__new__", exc_new_fn);
  add_method(b, "__init__", exc_init_fn);
  add_method(b, "__str__", exc_str_fn);
  add_method(b, "__repr__", exc_repr_fn);
  add_method(b, "with_traceback", exc_with_traceback);
  add_method(b, "add_note", exc_add_note);
  add_getset(b, "args", eget_args, eset_args);
  add_getset(b, "__cause__", eget_cause, eset_cause);
  add_getset(b, "__context__", eget_context, eset_context);
  add_getset(b, "__suppress_context__", eget_suppress, eset_suppress);
  add_getset(b, "__traceback__", eget_traceback, eset_traceback);
  add_getset(E::StopIteration, "value", eget_value, eset_extra);
  add_getset(E::StopAsyncIteration, "value", eget_value, eset_extra);
  add_getset(E::SystemExit, "code", eget_code, eset_extra);
  add_method(E::KeyError, "__str__", keyerror_str_fn);
  add_method(E::OSError, "__str__", oserror_str_fn);
  add_getter(E::OSError, "errno", eget_errno);
  add_getter(E::OSError, "strerror", eget_strerror);
  add_getter(E::OSError, "filename", eget_filename);
  add_getter(E::ImportError, "name", eget_name_none);
  add_getter(E::ImportError, "path", eget_name_none);
  add_staticmethod(E::BaseExceptionGroup, "__new__", group_new_fn);
  add_method(E::BaseExceptionGroup, "__str__", group_str_fn);
  add_method(E::BaseExceptionGroup, "derive", group_derive_fn);
  add_getter(E::BaseExceptionGroup, "message", eget_group_message);
  add_getter(E::BaseExceptionGroup, "exceptions", eget_group_exceptions);
  init_exception_groups();
  exception_new_fn = dict_find_str(b->dict, N::__new__)->obj();
  exception_init_fn = dict_find_str(b->dict, N::__init__)->obj();
}

// str(exc) for tracebacks: never raises.
Value exception_str(const Value& exc) {
  try {
    return str(exc);
  } catch (PyError&) {
    return Value();
  }
}

std::string exception_type_display_name(TypeObj* t) {
  // CPython's print_exception leaves out "builtins." and "__main__.".
  if (t->module == "builtins" || t->module == "__main__") return t->qualname;
  return t->module + "." + t->qualname;
}

}  // namespace py
