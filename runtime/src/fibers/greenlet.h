// What the rest of the fibers layer (gevent's hub, gevent_hub.cpp) needs
// of the greenlet module (mod_greenlet.cpp): switching without going
// through Python-level method calls when nothing overrides them.
#pragma once

#include "core/core.h"

namespace py {

bool is_greenlet(const Value& v);   // an instance of greenlet.greenlet or a subclass
Value greenlet_getcurrent();        // greenlet.getcurrent()
bool greenlet_is_dead(const Value& g);  // greenlet's own `dead` (a subclass may hide it behind a property)
// g.switch(value), as a Python call would do it: a subclass's own switch
// method is called; greenlet's is run directly.
Value greenlet_switch_value(const Value& g, const Value& value);
// greenlet.switch(g) with no arguments: greenlet's own switch, whatever
// g's class defines (gevent's Hub.switch is built on this).
Value greenlet_switch_base(const Value& g);
// g.throw(*args), as a Python call would do it.
Value greenlet_throw_args(const Value& g, const Value* args, size_t nargs);

}  // namespace py
