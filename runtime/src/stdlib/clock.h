// The clock every time-reading part of the runtime uses (time, datetime,
// asyncio's loop, gevent's hub).
//
// With PYCO2CPP_VIRTUAL_CLOCK=1 in the environment, sleeping does not block:
// it advances a virtual offset that is added to every reading, so a program
// that sleeps 3 s reports 3 s elapsed and finishes at once.
#pragma once

#include <cstdint>

namespace py {

double clock_monotonic();   // seconds, for monotonic() / perf_counter()
double clock_wall();        // seconds since the epoch, for time() / datetime.now()
int64_t clock_monotonic_ns();
int64_t clock_wall_ns();
void clock_sleep(double seconds);  // seconds >= 0
bool clock_is_virtual();

}  // namespace py
