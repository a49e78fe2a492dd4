# RUN: %difftest %s
# REQUIRES: gevent
# Greenlet.start_later(seconds) schedules the start after a delay; a plain
# start() made afterwards still runs first; two start_later with delays
# 0.03 s apart run in deadline order. Killing a greenlet before its delayed
# start means it never runs.
import gevent
from gevent import Greenlet

log = []


def job(name):
    log.append(name)
    return name


a = Greenlet(job, "a (0.05)")
b = Greenlet(job, "b (0.02)")
c = Greenlet(job, "c (now)")
d = Greenlet(job, "d (killed)")
a.start_later(0.05)
b.start_later(0.02)
c.start()
d.start_later(0.03)
print("started flags:", a.started, b.started, c.started, d.started)
d.kill()
print("d after kill: dead", d.dead, "value type", type(d.value).__name__)
gevent.joinall([a, b, c, d])
print(log)
