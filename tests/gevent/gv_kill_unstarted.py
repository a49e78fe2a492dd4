# RUN: %difftest %s
# REQUIRES: gevent
# Killing a greenlet before it ever ran: its function never runs, it is
# dead at once (even with block=False), its value is the GreenletExit
# instance; killing an unstarted Greenlet (no start()) works the same, and
# killing a dead greenlet again does nothing.
import gevent
from gevent import Greenlet


def job():
    print("job must not run")
    return "never"


g = gevent.spawn(job)
g.kill()
print("spawned then killed: dead", g.dead, "value", type(g.value).__name__,
      "successful", g.successful())
h = gevent.spawn(job)
h.kill(block=False)
print("kill(block=False): dead", h.dead)
k = Greenlet(job)
k.kill()
print("never started: dead", k.dead, "started", k.started)
done = gevent.spawn(lambda: "finished")
done.join()
done.kill()
print("finished then killed: value", repr(done.value), "successful", done.successful())
gevent.sleep(0.01)
print("nothing ran")
