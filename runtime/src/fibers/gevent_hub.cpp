// _gevent: the parts of gevent's hub written in C++, for gevent._core
// (gevent_core.py, compiled into the runtime), which re-exports them:
// Loop (loop/gevent_loop.h), Waiter, get_hub, sleep, and the helpers of
// its error reports.
//
// A greenlet waits on the hub through a Waiter: it parks itself in the
// waiter and switches to the hub; the hub's loop later calls the waiter's
// switch (a callback, a timer), which switches back with a value:
//
//     sleep(0):   waiter = Waiter(hub)
//                 loop.run_callback(waiter.switch, None)
//                 waiter.get()            # -> hub; the hub's pass over the callbacks
//                                         #    switches back with None
//
// gevent's own sleep() does this; ours has no Waiter (sleep_one_pass,
// wait_on_timer): the callback or timer switches the sleeper directly, and
// is disarmed or stopped when the sleep ends, so it never wakes it late.
//
// Waiter behaves as gevent 22.10's (gevent/_waiter.py): a switch or throw
// before get() is kept for it; switch and throw only from the hub.
#include <fmt/format.h>

#include <ctime>

#include "core/core.h"
#include "fibers/greenlet.h"
#include "loop/gevent_loop.h"
#include "stdlib/clock.h"
#include "stdlib/mod_util.h"

namespace py {

namespace {

using namespace modutil;

TypeObj* waiter_type = nullptr;

struct WaiterObj : InstanceObj {
  Value hub;
  Value greenlet = Value::none();  // the greenlet in get(), waiting
  Value value = Value::none();
  Value exception;                  // Unbound: nothing arrived; None: a value did; a tuple: throw()'s arguments
  explicit WaiterObj(TypeObj* t) : InstanceObj(t) {}
  void gc_traverse(GcVisitor& visit) override {
    InstanceObj::gc_traverse(visit);
    visit(hub), visit(greenlet), visit(value), visit(exception);
  }
  void gc_clear() override {
    InstanceObj::gc_clear();
    hub.clear(), greenlet = Value::none(), value = Value::none(), exception.clear();
  }
};

WaiterObj* as_waiter(const Value& v) { return static_cast<WaiterObj*>(v.obj()); }

// The hub: made by the first get_hub(), never dropped (gevent keeps it in
// its thread state until the program ends).
Value& the_hub = *new Value();
TypeObj* hub_type = nullptr;         // gevent._core.Hub: its switch is run natively
GeventLoopObj* hub_loop = nullptr;   // the_hub.loop

Value core_attr(const char* attr) { return getattr(import_module("gevent._core"), name(attr)); }

[[noreturn]] void raise_core_error(const char* class_name, const std::string& message) {
  Value msg = make_str(message);
  raise(call(core_attr(class_name), &msg, 1));
}

Value get_hub() {
  if (the_hub.is_unbound()) {
    Value hub = call(core_attr("Hub"), nullptr, 0);
    the_hub = hub;
    hub_type = type_of(hub);
    Value loop = getattr(hub, name("loop"));
    if (loop.is_obj() && loop.obj()->type == T::gevent_loop) hub_loop = static_cast<GeventLoopObj*>(loop.obj());
  }
  return the_hub;
}

GeventLoopObj* loop_of_hub(const Value& hub) {
  if (hub.same(the_hub) && hub_loop) return hub_loop;
  Value loop = getattr(hub, name("loop"));
  if (!loop.is_obj() || loop.obj()->type != T::gevent_loop)
    raise(E::TypeError, fmt::format("the hub's loop is not a gevent loop: {}", type_name(loop)));
  return static_cast<GeventLoopObj*>(loop.obj());
}

// hub.switch(): gevent's Hub.switch, natively for the hub get_hub() made.
[[gnu::always_inline]] inline Value hub_switch(const Value& hub) {
  if (hub_type && type_of(hub) == hub_type) {
    if (greenlet_getcurrent().same(hub))
      raise_core_error("BlockingSwitchOutError", "Impossible to call blocking function in the event loop callback");
    return greenlet_switch_base(hub);
  }
  return call_method(hub, name("switch"), nullptr, 0);
}

void report_switch_error(const Value& hub, const Value& target, const char* method, PyError& e) {
  HandlerScope handling(e);
  Value context = getattr(target, name(method));
  Value tb = getattr(e.exc, name("__traceback__"));
  call_method(hub, name("handle_error"), {context, Value::borrow(type_of(e.exc)), e.exc, tb});
}

void check_in_hub(const Value& hub) {
  if (!greenlet_getcurrent().same(hub))
    raise(E::AssertionError, "Can only use Waiter.switch method from the Hub greenlet");
}

void waiter_switch(const Value& self, const Value& value) {
  WaiterObj* w = as_waiter(self);
  Value target = w->greenlet;
  if (target.is_none()) {
    w->value = value;
    w->exception = Value::none();
    return;
  }
  check_in_hub(w->hub);
  try {
    greenlet_switch_value(target, value);
  } catch (PyError& e) {
    report_switch_error(w->hub, target, "switch", e);
  }
}

// (Inlined, as the switch under it: see fibers/fiber.h.)
[[gnu::always_inline]] inline Value waiter_get(const Value& self) {
  WaiterObj* w = as_waiter(self);
  if (w->exception.is_bound()) {
    if (w->exception.is_none()) return w->value;
    auto& items = w->exception.as<TupleObj>()->items;
    return greenlet_throw_args(greenlet_getcurrent(), items.data(), items.size());
  }
  if (!w->greenlet.is_none())
    raise_core_error("ConcurrentObjectUseError", "This Waiter is already used by " + modutil::repr_string(w->greenlet));
  Value keep = self;
  w->greenlet = greenlet_getcurrent();
  struct Release {
    WaiterObj* w;
    ~Release() { w->greenlet = Value::none(); }
  } release{w};
  return hub_switch(w->hub);
}

// sleep(0)'s wake-up: a Waiter's switch, with the loop's callback standing
// for the Waiter. `sleeper` is the greenlet in sleep(0), or None once it
// left it some other way (a kill()'s throw): the value is then dropped, as
// a Waiter whose get() has returned keeps it for nobody.
void wake_sleeper(const Value& sleeper, const Value& value) {
  if (sleeper.is_none()) return;
  Value target = sleeper;
  check_in_hub(the_hub);
  try {
    greenlet_switch_value(target, value);
  } catch (PyError& e) {
    report_switch_error(the_hub, target, "switch", e);
  }
}

// sleep(0): one pass of the loop over its callbacks, the greenlets already
// scheduled first. What the Waiter of gevent's sleep does, without one:
// the callback is the only thing that could wake the sleeper late, and it
// is disarmed when the sleep ends.
void sleep_one_pass(const Value& hub, GeventLoopObj* loop) {
  GeventCallbackObj* wake = gevent_run_callback_native(loop, wake_sleeper, greenlet_getcurrent(), Value::none());
  Value keep = Value::borrow(wake);
  struct Disarm {
    GeventCallbackObj* wake;
    ~Disarm() {
      if (wake->call.owner.is_bound()) wake->call.owner = Value::none();  // (still queued)
    }
  } disarm{wake};
  hub_switch(hub);
}

// hub.wait(timer), natively: the timer switches the sleeper with the timer
// itself, which nothing else can send. (No Waiter: the timer is stopped
// when the wait ends, so it never wakes the sleeper late.)
void wait_on_timer(const Value& hub, GeventTimerObj* timer) {
  Value expected = Value::borrow(timer);
  gevent_timer_start_native(timer, wake_sleeper, greenlet_getcurrent(), expected, false);
  struct Stop {
    GeventTimerObj* t;
    ~Stop() { gevent_timer_stop(t); }
  } stop{timer};
  Value result = hub_switch(hub);
  if (!result.same(expected))
    raise_core_error("InvalidSwitchError", fmt::format("Invalid switch into {}: got {} (expected {})",
                                                       modutil::str_string(greenlet_getcurrent()), modutil::repr_string(result),
                                                       modutil::repr_string(expected)));
}

// ---------------------------------------------------------------- Waiter's methods

WaiterObj* checked_waiter(const Value& v, const char* method) {
  if (!isinstance_of(v, waiter_type))
    raise(E::TypeError, fmt::format("descriptor '{}' requires a 'gevent._gevent_c_waiter.Waiter' object but "
                                    "received a '{}'",
                                    method, type_name(v)));
  return as_waiter(v);
}

Object* alloc_waiter(TypeObj* t) { return new WaiterObj(t); }

Value w_init(const Value* args, size_t nargs, TupleObj* kwnames) {
  Value out[1];
  bind(Signature{"Waiter.__init__", {"hub"}, 1, 0, true}, args + 1, nargs - 1, kwnames, out);
  WaiterObj* w = checked_waiter(args[0], "__init__");
  w->hub = out[0].is_bound() && !out[0].is_none() ? out[0] : get_hub();
  w->greenlet = Value::none();
  w->value = Value::none();
  w->exception.clear();
  return Value::none();
}

Value w_clear(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("clear", nargs - 1, kwnames, 0);
  WaiterObj* w = checked_waiter(args[0], "clear");
  w->greenlet = Value::none();
  w->value = Value::none();
  w->exception.clear();
  return Value::none();
}

Value w_str(const Value& self) {
  WaiterObj* w = as_waiter(self);
  std::string head = fmt::format("<{} greenlet={}", type_of(self)->name, modutil::str_string(w->greenlet));
  if (w->exception.is_unbound()) return make_str(head + ">");
  if (w->exception.is_none()) return make_str(head + " value=" + modutil::repr_string(w->value) + ">");
  return make_str(head + " exc_info=" + modutil::repr_string(w->exception) + ">");
}

Value w_ready(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("ready", nargs - 1, kwnames, 0);
  return Value::from_bool(checked_waiter(args[0], "ready")->exception.is_bound());
}

Value w_successful(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("successful", nargs - 1, kwnames, 0);
  return Value::from_bool(checked_waiter(args[0], "successful")->exception.is_none());
}

Value w_switch(const Value* args, size_t nargs, TupleObj* kwnames) {
  Value out[1];
  bind(Signature{"Waiter.switch", {"value"}, 1, 1, true}, args + 1, nargs - 1, kwnames, out);
  waiter_switch(Value::borrow(checked_waiter(args[0], "switch")), out[0]);
  return Value::none();
}

Value w_switch_args(const Value* args, size_t nargs, TupleObj* kwnames) {
  no_kwargs("switch_args", kwnames);
  checked_waiter(args[0], "switch_args");
  return call_method(args[0], name("switch"), {make_tuple(std::vector<Value>(args + 1, args + nargs))});
}

Value w_throw(const Value* args, size_t nargs, TupleObj* kwnames) {
  no_kwargs("throw", kwnames);
  WaiterObj* w = checked_waiter(args[0], "throw");
  Value keep = args[0];
  Value target = w->greenlet;
  if (target.is_none()) {
    w->exception = make_tuple(std::vector<Value>(args + 1, args + nargs));
    return Value::none();
  }
  check_in_hub(w->hub);
  try {
    greenlet_throw_args(target, args + 1, nargs - 1);
  } catch (PyError& e) {
    report_switch_error(w->hub, target, "throw", e);
  }
  return Value::none();
}

Value w_get(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("get", nargs - 1, kwnames, 0);
  return waiter_get(Value::borrow(checked_waiter(args[0], "get")));
}

// waiter(source): a link, given the greenlet or AsyncResult that finished.
Value w_call(const Value* args, size_t nargs, TupleObj* kwnames) {
  Value out[1];
  bind(Signature{"Waiter.__call__", {"source"}, 1, 1, true}, args + 1, nargs - 1, kwnames, out);
  Value exc = getattr(out[0], name("exception"));
  if (exc.is_none()) return call_method(args[0], name("switch"), {getattr(out[0], name("value"))});
  return call_method(args[0], name("throw"), {exc});
}

Value get_exc_info(const Value& self) {
  WaiterObj* w = as_waiter(self);
  return w->exception.is_bound() ? w->exception : Value::none();
}

// ---------------------------------------------------------------- module functions

Value fn_get_hub(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("get_hub", nargs, kwnames, 0);
  return get_hub();
}

Value fn_get_hub_if_exists(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("get_hub_if_exists", nargs, kwnames, 0);
  return the_hub.is_bound() ? the_hub : Value::none();
}


// sleep(seconds=0, ref=True): 0 or less waits for one pass of the loop
// over its callbacks (the greenlets already scheduled run first); more
// waits on a timer that starts now, not at the loop's cached time.
Value fn_sleep(const Value* args, size_t nargs, TupleObj* kwnames) {
  Value out[2];
  if (nargs == 1 && !kwnames)
    out[0] = args[0];  // (the common call)
  else
    bind(Signature{"sleep", {"seconds", "ref"}, 2, 0}, args, nargs, kwnames, out);
  Value seconds = out[0].is_bound() ? out[0] : Value::from_int(0);
  bool ref = out[1].is_bound() ? truthy(out[1]) : true;
  Value hub = get_hub();
  GeventLoopObj* loop = loop_of_hub(hub);
  if (le_test(seconds, Value::from_int(0))) {
    sleep_one_pass(hub, loop);
  } else {
    Value timer = gevent_new_timer(loop, to_double(seconds), 0.0, ref, 0);
    gevent_update_now(loop);
    wait_on_timer(hub, static_cast<GeventTimerObj*>(timer.obj()));
  }
  return Value::none();
}

Value fn_print_exception(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("print_exception", nargs, kwnames, 1);
  if (is_exception_instance(args[0])) {
    args[0].as<ExceptionObj>()->handled_depth = 0;
    print_exception(args[0]);
  }
  return Value::none();
}

// gevent's error reports start with the UTC time: 2026-12-07T02:08:13Z.
Value fn_timestamp(const Value*, size_t nargs, TupleObj* kwnames) {
  exact_args("timestamp", nargs, kwnames, 0);
  std::time_t now = static_cast<std::time_t>(clock_wall());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return make_str(text);
}

// greenlet's own `dead`, under a subclass's property of the same name.
Value fn_greenlet_dead(const Value* args, size_t nargs, TupleObj* kwnames) {
  exact_args("greenlet_dead", nargs, kwnames, 1);
  return Value::from_bool(greenlet_is_dead(args[0]));
}

void init_waiter_type() {
  TypeObj* t = new_builtin_type("Waiter", nullptr, Layout::Object);
  t->module = "gevent._gevent_c_waiter";
  t->alloc_instance = alloc_waiter;
  t->str = w_str;
  add_method(t, "__init__", w_init);
  add_method(t, "clear", w_clear);
  add_method(t, "ready", w_ready);
  add_method(t, "successful", w_successful);
  add_method(t, "switch", w_switch);
  add_method(t, "switch_args", w_switch_args);
  add_method(t, "throw", w_throw);
  add_method(t, "get", w_get);
  add_method(t, "__call__", w_call);
  add_getset(t, "exc_info", get_exc_info, nullptr);
  add_getset(t, "hub", [](const Value& v) { return as_waiter(v)->hub; }, [](const Value& v, const Value& x) { as_waiter(v)->hub = x; });
  add_getset(t, "greenlet", [](const Value& v) { return as_waiter(v)->greenlet; },
             [](const Value& v, const Value& x) { as_waiter(v)->greenlet = x; });
  add_getset(t, "value", [](const Value& v) { return as_waiter(v)->value; },
             [](const Value& v, const Value& x) { as_waiter(v)->value = x; });
  waiter_type = t;
}

}  // namespace

void init__gevent_module(ModuleObj* m) {
  if (!T::gevent_loop) init_gevent_loop_types();
  if (!waiter_type) init_waiter_type();
  module_add(m, "Loop", Value::borrow(T::gevent_loop));
  module_add(m, "Waiter", Value::borrow(waiter_type));
  module_add_fn(m, "get_hub", fn_get_hub);
  module_add_fn(m, "get_hub_if_exists", fn_get_hub_if_exists);
  module_add_fn(m, "sleep", fn_sleep);
  module_add_fn(m, "print_exception", fn_print_exception);
  module_add_fn(m, "timestamp", fn_timestamp);
  module_add_fn(m, "greenlet_dead", fn_greenlet_dead);
}

}  // namespace py
