# RUN: %difftest %s
# REQUIRES: gevent
# PriorityQueue hands out the smallest item first (tuples compare by
# priority, then by the next field); LifoQueue the last one put. A getter
# blocked on an empty PriorityQueue runs only once main blocks, when all
# three items are in: it gets them smallest first.
import gevent
from gevent.queue import PriorityQueue, LifoQueue

pq = PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(item)
print("priority order:", [pq.get() for _ in range(4)])

lq = LifoQueue()
for item in ["first", "second", "third"]:
    lq.put(item)
print("lifo order:", [lq.get() for _ in range(3)])


def getter(q, name, n):
    for _ in range(n):
        print(name, "got", q.get())


pq = PriorityQueue()
g = gevent.spawn(getter, pq, "pq getter", 3)
gevent.sleep(0)
for x in (5, 9, 1):
    pq.put(x)
g.join()

lq = LifoQueue(maxsize=2)
lq.put("a")
lq.put("b")
print("lifo full:", lq.full(), "| get:", lq.get(), lq.get(), "| empty:", lq.empty())
