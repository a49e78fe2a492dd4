# RUN: %difftest %s
# REQUIRES: gevent
# gevent.Greenlet(run, *args, **kwargs) creates a greenlet that does nothing
# until start(); start() only schedules it: it runs when the current
# greenlet blocks (sleep(0), join). started is true once scheduled;
# calling start() twice does not run it twice.
import gevent
from gevent import Greenlet


def job(a, b=0):
    print("job runs with", a, b)
    return a + b


g = Greenlet(job, 1, b=2)
print("created: started", g.started, "ready", g.ready(), "bool", bool(g))
gevent.sleep(0)
print("after sleep(0): still not run")
g.start()
print("start() called: started", g.started, "bool", bool(g))
g.start()
gevent.sleep(0)
print("after sleep(0): ready", g.ready(), "value", g.value)

h = Greenlet(job, 10)
h.start()
print("h joined:", h.join(), "| value", h.value)
k = Greenlet.spawn(job, 100, b=1)
print("Greenlet.spawn returns a started greenlet:", k.started)
print("k.get():", k.get())
