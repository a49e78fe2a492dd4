# RUN: %difftest %s
# REQUIRES: gevent
# Default greenlet names are 'Greenlet-N', where N is a small number handed
# out when the name is first asked for (not at creation): the first greenlet
# asked gets 0, whatever its creation order. A name can be assigned (the
# attribute is writable); the main greenlet is a plain greenlet, no name.
import gevent
from gevent import Greenlet


def job():
    return gevent.getcurrent().name


a = gevent.spawn(job)
b = gevent.spawn(job)
c = gevent.spawn(job)
print("c asked first:", c.name)
print("a asked next:", a.name)
print("b asked last:", b.name)
print("asking again gives the same:", a.name, c.name)
print("values (names seen from inside):", [g.get() for g in (a, b, c)])
b.name = "worker-b"
print("assigned:", b.name)
d = Greenlet(job)
print("an unstarted Greenlet:", d.name)
e = gevent.spawn(job)
e.name = "named before running"
print("e sees its own name:", e.get())
print("main has a name attribute:", hasattr(gevent.getcurrent(), "name"))
