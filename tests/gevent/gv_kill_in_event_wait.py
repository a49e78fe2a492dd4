# RUN: %difftest %s
# REQUIRES: gevent
# kill() of a greenlet blocked in Event.wait(): it leaves the wait with
# GreenletExit; the event is not set and other waiters keep waiting, and
# later wake normally when the event is set.
import gevent
import gevent.event

ev = gevent.event.Event()


def waiter(name):
    try:
        print(name, "waits")
        r = ev.wait()
        print(name, "woke with", r)
        return name
    finally:
        print(name, "leaves")


a = gevent.spawn(waiter, "a")
b = gevent.spawn(waiter, "b")
gevent.sleep(0)
a.kill()
print("a killed: dead", a.dead, "| event set:", ev.is_set(), "| b dead:", b.dead)
ev.set()
b.join()
print("b value:", b.value, "| a value:", type(a.value).__name__)
