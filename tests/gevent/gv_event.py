# RUN: %difftest %s
# REQUIRES: gevent
# gevent.event.Event: wait() blocks until set() and returns True; several
# waiters all wake, in the order they started waiting, after the setter
# goes on (set() itself does not switch); wait(timeout) on an unset event
# returns False; clear() makes it block again; is_set/ready agree.
import gevent
from gevent.event import Event

ev = Event()
print("initial: is_set", ev.is_set(), "ready", ev.ready())
print("wait(0.01) on unset:", ev.wait(0.01))


def waiter(name):
    print(name, "waits")
    r = ev.wait()
    print(name, "woke with", r)


gs = [gevent.spawn(waiter, n) for n in ("w1", "w2", "w3")]
gevent.sleep(0)


def setter():
    print("setter sets the event")
    ev.set()
    print("setter continues right after set()")


gevent.spawn(setter)
gevent.joinall(gs)
print("is_set", ev.is_set(), "| wait() on a set event:", ev.wait())
ev.clear()
print("after clear: is_set", ev.is_set(), "| wait(timeout=0):", ev.wait(timeout=0))


def late_setter():
    gevent.sleep(0.02)
    ev.set()


gevent.spawn(late_setter)
print("main wait with a 1 s timeout:", ev.wait(timeout=1))
