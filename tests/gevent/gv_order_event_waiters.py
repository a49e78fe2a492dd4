# RUN: %difftest %s
# REQUIRES: gevent
# Event and AsyncResult wake their waiters from one hub callback, in the order
# they began to wait (rawlink callbacks in line with them), after the setter
# yields; a greenlet that waits again while that callback runs goes last.
import gevent
from gevent.event import Event, AsyncResult

ev = Event()


def waiter(name, again=False):
    print(name, "waits")
    print(name, "woke with", ev.wait(), "| set:", ev.is_set())
    if again:
        # The event is still set, but the notification is under way: this
        # wait returns only after the other waiters have run.
        print(name, "waits again:", ev.wait())


gs = [gevent.spawn(waiter, "w1"), gevent.spawn(waiter, "w2", True), gevent.spawn(waiter, "w3")]
gevent.sleep(0)
ev.rawlink(lambda e: print("rawlink callback (after w3)"))
gs.append(gevent.spawn(waiter, "w4 (spawned before set)"))
ev.set()
print("set() returned; links:", ev.linkcount())
gs.append(gevent.spawn(waiter, "w5 (spawned after set)"))
gevent.joinall(gs)

# clear() by the first woken waiter does not stop the others being woken.
ev = Event()


def clearer():
    ev.wait()
    print("clearer woke first and clears")
    ev.clear()


def plain(name):
    print(name, "wait returned", ev.wait(), "| set now:", ev.is_set())


gs = [gevent.spawn(clearer), gevent.spawn(plain, "p1"), gevent.spawn(plain, "p2")]
gevent.sleep(0)
ev.set()
gevent.joinall(gs)

# A link that unlinks a later one; a duplicate link is called once per round.
ev = Event()


def first(e):
    print("first link unlinks 'second'")
    e.unlink(second)


def second(e):
    print("second link")


def third(e):
    print("third link")


for cb in (first, second, third, third):
    ev.rawlink(cb)
gevent.sleep(0)
ev.set()
gevent.sleep(0)
print("links left:", ev.linkcount())
gevent.sleep(0)
print("links left after another round:", ev.linkcount())

# AsyncResult: get() and wait() callers wake in order, get() with its value.
ar = AsyncResult()


def getter(name):
    print(name, "get ->", ar.get())


def waiter2(name):
    print(name, "wait ->", ar.wait())


gs = [gevent.spawn(getter, "g1"), gevent.spawn(waiter2, "v1"), gevent.spawn(getter, "g2")]
gevent.sleep(0)
ar.rawlink(lambda r: print("result link sees", r.value))
ar.set("forty-two")
print("set returned, ready:", ar.ready())
gevent.joinall(gs)
