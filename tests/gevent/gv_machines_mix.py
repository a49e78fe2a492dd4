# RUN: %difftest %s
# REQUIRES: gevent
# gevent with the other machines: a greenlet killed while iterating a
# generator (its finally runs), an exception in a rawlink callback (reported,
# the program goes on), asyncio.run inside a gevent greenlet, runaway
# recursion in a greenlet (RecursionError as its exception), and 20 waiters
# of one Event woken in order.
import gevent
from gevent.queue import Queue
from gevent.event import Event
import asyncio

# gevent greenlets running generators and a kill delivered inside a generator's yield
def producer(q):
    def numbers():
        try:
            for i in range(100):
                yield i
        finally:
            print("numbers closed")
    for n in numbers():
        q.put(n)
        gevent.sleep(0.001)

q = Queue()
p = gevent.spawn(producer, q)
print([q.get() for _ in range(3)])
p.kill()
print("killed", p.dead, type(p.value).__name__)

# an exception inside a hub callback (rawlink) is reported, the program goes on
def boom(g):
    raise RuntimeError("in a link")
g = gevent.spawn(lambda: 1)
g.rawlink(boom)
g.join()
gevent.sleep(0)
print("after link error")

# Timeout around asyncio.run inside a gevent greenlet (asyncio runs to completion)
async def quick():
    await asyncio.sleep(0)
    return "asyncio ok"
print(gevent.spawn(lambda: asyncio.run(quick())).get())

# recursion in a gevent greenlet
def rec(n):
    return rec(n + 1)
r = gevent.spawn(rec, 0)
r.join()
print(type(r.exception).__name__)

# many greenlets waiting on one event, woken together
ev = Event()
order = []
def waiter(i):
    ev.wait()
    order.append(i)
ws = [gevent.spawn(waiter, i) for i in range(20)]
gevent.sleep(0)
ev.set()
gevent.joinall(ws)
print(order == list(range(20)))
