# RUN: %difftest %s
# REQUIRES: gevent
# A sleep and Timeouts due in the same loop iteration: the sleeper runs first
# (libev runs priority-0 timers before the Timeouts' priority -1, whatever the
# deadlines), so its put/set comes too late for the timed get()/wait().
import time
import gevent
from gevent.queue import Queue, Empty
from gevent.event import Event

q = Queue()


def getter(name):
    try:
        print(name, "got", q.get(timeout=0.01))
    except Empty:
        print(name, "Empty")


def late_putter():
    gevent.sleep(0.02)
    q.put("late item")
    print("late_putter put")


gs = [gevent.spawn(getter, "x"), gevent.spawn(getter, "y"), gevent.spawn(late_putter)]
gevent.sleep(0)
time.sleep(0.05)  # blocks the loop: all three timers are due together
gevent.joinall(gs)
print("qsize", q.qsize())

ev = Event()


def event_waiter():
    print("wait(0.01) ->", ev.wait(0.01))


def setter():
    gevent.sleep(0.02)
    ev.set()
    print("setter set the event")


gs = [gevent.spawn(event_waiter), gevent.spawn(setter)]
gevent.sleep(0)
time.sleep(0.05)
gevent.joinall(gs)
