// Exception groups' split()/subgroup() and the `try/except*` statement, as
// CPython 3.11's exceptions.c and ceval.c (CHECK_EG_MATCH, PREP_RERAISE_STAR)
// do them.
//
// except* runs each clause on the part of the caught group its type matches
// (a naked exception is matched as ExceptionGroup('', (exc,))), and at the
// end raises what no clause matched together with what the handlers raised:
//
//     try:
//         raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
//     except* ValueError:
//         raise RuntimeError("new")
//
// raises ExceptionGroup('', [RuntimeError('new'), ExceptionGroup('eg', [TypeError(2)])]).
// A handler's bare `raise` gives back its match unchanged (same traceback,
// context and cause as the caught group), so it rejoins the original
// group's structure instead of being nested as a new exception.
#include <fmt/format.h>

#include <set>

#include "core/core.h"
#include "core/internal.h"

namespace py {

namespace {

ExceptionObj* as_exc(const Value& v) { return v.as<ExceptionObj>(); }

const std::vector<Value>& group_exceptions(const Value& group) {
  return as_exc(group)->extra.as<TupleObj>()->items[1].as<TupleObj>()->items;
}

bool is_group(const Value& v) { return is_exception_instance(v) && isinstance_of(v, E::BaseExceptionGroup); }

// What split()/subgroup() and except* match with: an exception type, a
// tuple of them, or (split/subgroup only) a predicate.
struct Matcher {
  enum Kind { ByType, ByPredicate, ByIdentity } kind;
  Value value;
  const std::set<const Object*>* leaves = nullptr;  // ByIdentity: the leaf exceptions kept
  bool operator()(const Value& exc) const {
    switch (kind) {
      case ByType: return exc_matches(exc, value);
      case ByPredicate: return truthy(call(value, &exc, 1));
      case ByIdentity: return leaves->count(exc.obj()) > 0;
    }
    return false;
  }
};

Matcher matcher_of(const Value& condition) {
  auto is_exc_type = [](const Value& v) { return is_type(v) && is_subtype(v.as<TypeObj>(), E::BaseException); };
  if (is_exc_type(condition)) return {Matcher::ByType, condition};
  if (type_of(condition) == T::tuple) {
    bool all = true;
    for (const Value& item : condition.as<TupleObj>()->items) all = all && is_exc_type(item);
    if (all) return {Matcher::ByType, condition};
  } else if (is_callable(condition) && !is_type(condition)) {
    return {Matcher::ByPredicate, condition};
  }
  raise(E::TypeError, "expected a function, exception type or tuple of exception types");
}

// A group of `excs` derived from `orig` with orig's traceback, context,
// cause and notes (exceptiongroup_subset).
Value subset(const Value& orig, std::vector<Value> excs) {
  if (excs.empty()) return Value::none();  // (all of them still makes a new group, as CPython)
  Value list = make_list(std::move(excs));
  Value eg = call_method(orig, Value::borrow(intern("derive")), &list, 1);
  if (!is_group(eg)) raise(E::TypeError, "derive must return an instance of BaseExceptionGroup");
  ExceptionObj* e = as_exc(eg);
  ExceptionObj* o = as_exc(orig);
  e->traceback = o->traceback;
  e->context = o->context;
  e->cause = o->cause;
  Value notes = getattr_or_unbound(orig, intern("__notes__"));
  // A copy, so that the parts have lists of their own.
  if (notes.is_bound() && (type_of(notes) == T::list || type_of(notes) == T::tuple))
    generic_setattr(eg, intern("__notes__"), call(Value::borrow(T::list), &notes, 1));
  return eg;
}

// (match, rest) of `exc`, each None when empty (exceptiongroup_split_recursive).
std::pair<Value, Value> split(const Value& exc, const Matcher& matches, bool want_rest) {
  if (matches(exc)) return {exc, Value::none()};
  if (!is_group(exc)) return {Value::none(), exc};
  std::vector<Value> match_list, rest_list;
  for (const Value& e : group_exceptions(exc)) {
    auto [m, r] = split(e, matches, want_rest);
    if (!m.is_none()) match_list.push_back(std::move(m));
    if (want_rest && !r.is_none()) rest_list.push_back(std::move(r));
  }
  Value match = subset(exc, std::move(match_list));
  Value rest = want_rest ? subset(exc, std::move(rest_list)) : Value::none();
  return {match, rest};
}

Value group_split_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("split", nargs, kwnames, 2, 2);
  auto [match, rest] = split(args[0], matcher_of(args[1]), true);
  return make_tuple({match, rest});
}

Value group_subgroup_fn(const Value* args, size_t nargs, TupleObj* kwnames) {
  check_args("subgroup", nargs, kwnames, 2, 2);
  return split(args[0], matcher_of(args[1]), false).first;
}

void collect_leaves(const Value& exc, std::set<const Object*>& out) {
  if (!is_group(exc)) {
    out.insert(exc.obj());
    return;
  }
  for (const Value& e : group_exceptions(exc)) collect_leaves(e, out);
}

bool same_metadata(const Value& a, const Value& b) {
  ExceptionObj* x = as_exc(a);
  ExceptionObj* y = as_exc(b);
  if (!x->context.same(y->context) || !x->cause.same(y->cause)) return false;
  Value xn = getattr_or_unbound(a, intern("__notes__")), yn = getattr_or_unbound(b, intern("__notes__"));
  if (xn.is_bound() != yn.is_bound() || (xn.is_bound() && !xn.same(yn))) return false;  // identity, as CPython
  if (x->traceback.size() != y->traceback.size()) return false;
  for (size_t i = 0; i < x->traceback.size(); ++i) {
    const TracebackEntry &p = x->traceback[i], &q = y->traceback[i];
    if (p.code != q.code || p.line != q.line || p.depth != q.depth) return false;
  }
  return true;
}

}  // namespace

ExceptStar::ExceptStar(const Value& caught) : orig_(caught), rest_(caught) {
  trim_traceback_to_handler(as_exc(caught));
}

Value ExceptStar::match(const Value& type) {
  auto refuse_groups = [](const Value& t) {
    if (is_type(t) && is_subtype(t.as<TypeObj>(), E::BaseExceptionGroup))
      raise(E::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  };
  refuse_groups(type);
  if (type_of(type) == T::tuple)
    for (const Value& t : type.as<TupleObj>()->items) refuse_groups(t);
  if (rest_.is_none()) return Value();
  if (!is_group(rest_)) {
    if (!exc_matches(rest_, type)) return Value();
    // A naked exception matched: the handler sees it wrapped in a group.
    Value wrapped_args[2] = {make_str(""), make_tuple({rest_})};
    Value wrapped = call(Value::borrow(E::BaseExceptionGroup), wrapped_args, 2);
    as_exc(wrapped)->traceback = as_exc(rest_)->traceback;
    rest_ = Value::none();
    return wrapped;
  }
  exc_matches(rest_, type);  // CPython checks the type (TypeError) even before splitting
  auto [match, rest] = split(rest_, Matcher{Matcher::ByType, type}, true);
  rest_ = std::move(rest);
  return match.is_none() ? Value() : match;
}

void ExceptStar::handler_raised(const Value& exc) {
  // Caught here: its traceback ends at this frame, as CPython's does.
  as_exc(exc)->handled_depth = current_frame ? current_frame->depth : 0;
  trim_traceback_to_handler(as_exc(exc));
  if (raised_.is_unbound()) raised_ = make_list({});
  list_append(raised_, exc);
}

void ExceptStar::finish() {
  std::vector<Value> excs;
  if (raised_.is_bound()) excs = raised_.as<ListObj>()->items;
  if (!rest_.is_none()) excs.push_back(rest_);
  if (excs.empty()) return;
  if (!is_group(orig_)) raise_star_result(excs.front());  // at most one clause ran
  std::vector<Value> raised, reraised;
  for (const Value& e : excs) (same_metadata(e, orig_) ? reraised : raised).push_back(e);
  // The re-raised parts keep the original group's structure.
  Value kept = Value::none();
  if (!reraised.empty()) {
    std::set<const Object*> leaves;
    for (const Value& e : reraised) collect_leaves(e, leaves);
    Matcher by_identity{Matcher::ByIdentity, Value(), &leaves};
    kept = split(orig_, by_identity, false).first;
  }
  if (raised.empty()) {
    if (kept.is_none()) return;
    raise_star_result(kept);
  }
  if (!kept.is_none()) raised.push_back(kept);
  if (raised.size() == 1) raise_star_result(raised.front());
  Value group_args[2] = {make_str(""), make_list(std::move(raised))};
  raise_star_result(call(Value::borrow(E::BaseExceptionGroup), group_args, 2));
}

void init_exception_groups() {
  add_method(E::BaseExceptionGroup, "split", group_split_fn);
  add_method(E::BaseExceptionGroup, "subgroup", group_subgroup_fn);
}

}  // namespace py
