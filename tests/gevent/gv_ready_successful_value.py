# RUN: %difftest %s
# REQUIRES: gevent
# ready() / successful() / value / exception / dead / started through a
# greenlet's life: created, scheduled, suspended in sleep, finished with a
# value, finished with an exception (its report goes to stderr, not
# compared; the program goes on).
import gevent
from gevent import Greenlet


def show(label, g):
    exc = g.exception
    print(f"{label}: started={g.started} ready={g.ready()} "
          f"successful={g.successful()} dead={g.dead} value={g.value!r} "
          f"exception={type(exc).__name__ if exc is not None else None}")


def napper():
    gevent.sleep(0.02)
    return 42


def crasher():
    gevent.sleep(0.02)
    raise ZeroDivisionError("crash")


g = Greenlet(napper)
show("created", g)
g.start()
show("scheduled", g)
gevent.sleep(0)
show("sleeping", g)
g.join()
show("finished", g)

c = gevent.spawn(crasher)
gevent.sleep(0)
show("crasher sleeping", c)
c.join()
show("crasher finished", c)
print("program continues after the crash")
