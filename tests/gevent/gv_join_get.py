# RUN: %difftest %s
# REQUIRES: gevent
# join() returns None (also for a failed greenlet); an expired
# join(timeout) leaves the greenlet running; get() returns the value or
# re-raises; get(block=False) or an expiring get(timeout) raise
# gevent.Timeout. The failure report goes to stderr (not compared).
import gevent


def slow(v):
    gevent.sleep(0.2)
    return v


def fails():
    raise KeyError("missing")


g = gevent.spawn(slow, "slow value")
print("join(timeout=0.01):", g.join(timeout=0.01), "| dead:", g.dead)
try:
    g.get(block=False)
except gevent.Timeout as e:
    print("get(block=False): Timeout", repr(str(e)))
try:
    g.get(timeout=0.01)
except gevent.Timeout as e:
    print("get(timeout=0.01): Timeout", repr(str(e)))
print("get():", g.get(), "| dead:", g.dead)
print("join() on a dead greenlet:", g.join())
print("get() again:", g.get())

f = gevent.spawn(fails)
print("join() of a failing greenlet:", f.join())
try:
    f.get()
except KeyError as e:
    print("get() re-raises:", repr(e))
try:
    f.get(block=False)
except KeyError as e:
    print("get(block=False) re-raises too:", repr(e))
