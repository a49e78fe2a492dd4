#include "stdlib/mod_util.h"

#include <cmath>

namespace py::modutil {

namespace {

std::string quoted_list(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += '\'';
    out += names[i];
    out += '\'';
  }
  return out;
}

// One binder for both parameter lists (a Signature's literals, a namedtuple's
// field names made at run time).
template <class Param>
void bind_impl(std::string_view display, const Param* params, size_t nparams, size_t npositional, size_t nrequired,
               bool self_counted, bool varargs, const Value* args, size_t nargs, TupleObj* kwnames, Value* out,
               std::vector<Value>* rest) {
  for (size_t i = 0; i < nparams; ++i) out[i] = Value();
  size_t take = nargs < npositional ? nargs : npositional;
  for (size_t i = 0; i < take; ++i) out[i] = args[i];
  if (nargs > npositional && varargs && rest) rest->assign(args + npositional, args + nargs);

  // Keywords first, as CPython does (an unexpected keyword wins over a count error).
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kw = sv(kwnames->items[k]);
    size_t found = nparams;
    for (size_t i = 0; i < nparams; ++i)
      if (kw == std::string_view(params[i])) found = i;
    if (found == nparams)
      raise(E::TypeError, std::string(display) + "() got an unexpected keyword argument '" +
                              std::string(kw) + "'");
    if (out[found].is_bound())
      raise(E::TypeError,
            std::string(display) + "() got multiple values for argument '" + std::string(kw) + "'");
    out[found] = args[nargs + k];
  }

  if (nargs > npositional && !varargs) {
    size_t extra = self_counted ? 1 : 0;
    size_t given = nargs + extra;
    std::string msg = std::string(display) + "() takes ";
    if (nrequired < npositional)
      msg += "from " + std::to_string(nrequired + extra) + " to " +
             std::to_string(npositional + extra) + " positional arguments";
    else
      msg += std::to_string(npositional + extra) +
             (npositional + extra == 1 ? " positional argument" : " positional arguments");
    msg += " but " + std::to_string(given) + (given == 1 ? " was given" : " were given");
    raise(E::TypeError, msg);
  }

  std::vector<std::string_view> missing;
  for (size_t i = 0; i < nrequired; ++i)
    if (out[i].is_unbound()) missing.push_back(params[i]);
  if (!missing.empty())
    raise(E::TypeError, std::string(display) + "() missing " + std::to_string(missing.size()) +
                            " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " +
                            quoted_list(missing));
}

}  // namespace

void bind(const Signature& sig, const Value* args, size_t nargs, TupleObj* kwnames, Value* out,
          std::vector<Value>* rest) {
  bind_impl(sig.display, sig.params.begin(), sig.params.size(), sig.npositional, sig.nrequired, sig.self_counted,
            sig.varargs, args, nargs, kwnames, out, rest);
}

void bind_positional(std::string_view display, const std::vector<std::string>& params, size_t nrequired,
                     bool self_counted, const Value* args, size_t nargs, TupleObj* kwnames, Value* out) {
  bind_impl(display, params.data(), params.size(), params.size(), nrequired, self_counted, false, args, nargs,
            kwnames, out, nullptr);
}

void parse_c_args(const char* fname, std::initializer_list<const char*> names, size_t nrequired,
                  const Value* args, size_t nargs, TupleObj* kwnames, Value* out) {
  const char* const* params = names.begin();
  size_t nparams = names.size();
  std::string who = fname ? std::string(fname) + "()" : std::string("function");
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  if (nargs + nkw > nparams)
    raise(E::TypeError, who + " takes at most " + std::to_string(nparams) + " argument" +
                            (nparams == 1 ? "" : "s") + " (" + std::to_string(nargs + nkw) + " given)");
  for (size_t i = 0; i < nparams; ++i) out[i] = i < nargs ? args[i] : Value();
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kw = sv(kwnames->items[k]);
    size_t found = nparams;
    for (size_t i = 0; i < nparams; ++i)
      if (kw == params[i]) found = i;
    if (found == nparams)
      raise(E::TypeError, "'" + std::string(kw) + "' is an invalid keyword argument for " +
                              (fname ? std::string(fname) + "()" : std::string("this function")));
    if (found < nargs)
      raise(E::TypeError, "argument for " + (fname ? std::string(fname) + "()" : std::string("function")) +
                              " given by name ('" + std::string(kw) + "') and position (" +
                              std::to_string(found + 1) + ")");
    out[found] = args[nargs + k];
  }
  for (size_t i = 0; i < nrequired; ++i)
    if (out[i].is_unbound())
      raise(E::TypeError, who + " missing required argument '" + params[i] + "' (pos " + std::to_string(i + 1) + ")");
}

void no_kwargs(const char* display, TupleObj* kwnames) {
  if (kwnames && !kwnames->items.empty())
    raise(E::TypeError, std::string(display) + "() takes no keyword arguments");
}

void exact_args(const char* display, size_t nargs, TupleObj* kwnames, size_t n) {
  no_kwargs(display, kwnames);
  if (nargs == n) return;
  std::string msg = std::string(display) + "() takes ";
  if (n == 0)
    msg += "no arguments";
  else if (n == 1)
    msg += "exactly one argument";
  else
    msg += "exactly " + std::to_string(n) + " arguments";
  raise(E::TypeError, msg + " (" + std::to_string(nargs) + " given)");
}

void inherit_slots(TypeObj* t, const TypeObj* b) {
  t->repr = b->repr;
  t->str = b->str;
  t->hash = b->hash;
  t->call = b->call;
  t->tp_new = b->tp_new;
  t->iter = b->iter;
  t->next = b->next;
  t->len = b->len;
  t->getitem = b->getitem;
  t->setitem = b->setitem;
  t->delitem = b->delitem;
  t->contains = b->contains;
  t->richcompare = b->richcompare;
  t->getattr = b->getattr;
  t->setattr = b->setattr;
  t->binop = b->binop;
  t->unaryop = b->unaryop;
}

namespace {
Value noop_init(const Value*, size_t, TupleObj*) { return Value::none(); }
}  // namespace

void add_noop_init(TypeObj* type) { add_method(type, "__init__", noop_init); }

bool float_is_integral(double d) { return std::isfinite(d) && std::floor(d) == d; }

Value int_from_u64(uint64_t v) {
  if (v <= uint64_t(INT64_MAX)) return Value::from_int(int64_t(v));
  Value high = Value::from_int(int64_t(v >> 32));
  Value low = Value::from_int(int64_t(v & 0xffffffffu));
  return bitor_(lshift(high, Value::from_int(32)), low);
}

}  // namespace py::modutil
