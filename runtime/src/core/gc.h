// The cycle collector (CPython's design, one generation): reference
// counting frees everything but cycles; this finds the containers that only
// cycles keep alive and frees them.
//
//     a = A(); b = A(); a.peer = b; b.peer = a; del a, b   # refcounts stay 1
//     gc.collect()   # both are found unreachable: __del__ runs, then they go
//
// A collection, from the tracked containers (Object::gc_slot):
//   1. each one's count of references from outside the tracked set is its
//      refcount minus the references the others report (gc_traverse);
//   2. those with outside references, and everything they reach, live;
//   3. the rest is garbage: each __del__ runs once (PEP 442); what a
//      finaliser made reachable again lives on; each of the rest drops what
//      it holds (gc_clear), which breaks the cycles, and reference counting
//      frees them.
// Collections run at safe points only (a function's or a generator's entry,
// where every live value is held by a Value): when enough containers were
// made, the next entry is made to take its slow path (the stack-limit
// check), which collects and goes on.
#pragma once

#include <cstdint>

#include "core/object.h"

namespace py::gc {

void track(Object* o);
inline void untrack(Object* o) {
  if (o->gc_slot & Object::kGcSlotMask) Object::gc_untrack_slot(o);
}

// A full collection; returns how many unreachable objects it found (as
// gc.collect() counts them: an instance's own __dict__ is part of it).
int64_t collect();
// At exit, before the main module's globals are cleared: finalises what
// only they (and cycles) keep alive, as if they were garbage too.
void finalize_at_exit(void (*visit_globals)(GcVisitor&));
// At the entry slow path: collects if one was asked for; true if so.
bool run_requested();

// The gc module's settings.
extern bool enabled;
extern int64_t threshold;   // collections start after this many new containers (700)
int64_t pending_count();    // containers made since the last collection (gc.get_count()[0])

// The stack limit as a fiber switch saves and restores it (a requested
// collection replaces the live one until it runs).
char* saved_stack_limit();
void restore_stack_limit(char* limit);

}  // namespace py::gc
