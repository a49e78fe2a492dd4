#include "stdlib/clock.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace py {

namespace {

// Nanoseconds of sleeping that the virtual clock pretended to do.
int64_t virtual_offset_ns = 0;

bool read_virtual_flag() {
  const char* v = std::getenv("PYCO2CPP_VIRTUAL_CLOCK");
  return v && std::strcmp(v, "") != 0 && std::strcmp(v, "0") != 0;
}

int64_t read_ns(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

}  // namespace

bool clock_is_virtual() {
  static const bool is_virtual = read_virtual_flag();
  return is_virtual;
}

int64_t clock_monotonic_ns() { return read_ns(CLOCK_MONOTONIC) + virtual_offset_ns; }
int64_t clock_wall_ns() { return read_ns(CLOCK_REALTIME) + virtual_offset_ns; }
double clock_monotonic() { return double(clock_monotonic_ns()) * 1e-9; }
double clock_wall() { return double(clock_wall_ns()) * 1e-9; }

void clock_sleep(double seconds) {
  if (!(seconds > 0)) return;
  if (clock_is_virtual()) {
    virtual_offset_ns += int64_t(std::llround(seconds * 1e9));
    return;
  }
  // Sleep to an absolute deadline so EINTR restarts don't stretch the wait.
  timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  double whole = std::floor(seconds);
  deadline.tv_sec += time_t(whole);
  deadline.tv_nsec += long(std::llround((seconds - whole) * 1e9));
  while (deadline.tv_nsec >= 1000000000) {
    deadline.tv_nsec -= 1000000000;
    ++deadline.tv_sec;
  }
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr) == EINTR) {
  }
}

}  // namespace py
