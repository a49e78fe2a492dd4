# RUN: %difftest %s
# REQUIRES: gevent
# gevent.wait(objects) returns the ready ones: all of them, the first with
# count=1, those ready by the deadline with timeout=t (counts and
# membership printed). Racing timers are started from greenlets, with wide
# margins (0.02 / 0.06 / 0.5 s against a 0.25 s timeout).
import gevent
import gevent.event


def sleeper(name, delay):
    gevent.sleep(delay)
    return name


def set_later(event, delay):
    gevent.sleep(delay)
    event.set()


ev = gevent.event.Event()
gevent.spawn(set_later, ev, 0.06)
a = gevent.spawn(sleeper, "a", 0.02)
b = gevent.spawn(sleeper, "b", 0.5)
first = gevent.wait([b, a, ev], count=1)
print("count=1: a first:", first == [a], "| event set:", ev.is_set())
# from t=0.02 to t=0.27: the event (t=0.06) becomes ready, b (t=0.5) not
partial = gevent.wait([b, a, ev], timeout=0.25)
print("timeout: ready count", len(partial), "| event in:", ev in partial,
      "| a in:", a in partial, "| b in:", b in partial)
everything = gevent.wait([a, b, ev])
print("all:", len(everything), "| b done:", b.value)
