# RUN: %difftest %s
# REQUIRES: gevent
# kill() of a greenlet blocked in gevent.sleep: GreenletExit is raised at
# the sleep, its handlers and finally run before kill() returns (kill
# blocks by default), and the greenlet counts as successful with the
# GreenletExit instance as its value. kill(block=False) only schedules it.
import gevent
from gevent import GreenletExit


def sleeper(name):
    try:
        print(name, "sleeps")
        gevent.sleep(10)
        print(name, "never wakes")
    except GreenletExit as e:
        print(name, "got", type(e).__name__)
        raise
    finally:
        print(name, "finally")


g = gevent.spawn(sleeper, "s1")
gevent.sleep(0)
print("killing s1")
print("kill returned", g.kill())
print("dead", g.dead, "successful", g.successful(),
      "value", repr(g.value), "exception", g.exception)

h = gevent.spawn(sleeper, "s2")
gevent.sleep(0)
h.kill(block=False)
print("after kill(block=False): dead", h.dead)
h.join()
print("after join: dead", h.dead, "value", repr(h.value))
