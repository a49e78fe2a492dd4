# RUN: %difftest %s
# REQUIRES: gevent
# gevent.queue.Queue between greenlets: get() on an empty queue blocks the
# consumer until a producer puts; items come out FIFO; with an unbounded
# queue put() never blocks, so the producer runs ahead until it sleeps.
# Iterating a queue stops at a StopIteration item.
import gevent
from gevent.queue import Queue

q = Queue()


def producer():
    for i in range(3):
        print("put", i)
        q.put(i)
    gevent.sleep(0.02)
    for i in range(3, 5):
        print("put", i)
        q.put(i)
    q.put(StopIteration)


def consumer():
    got = []
    for item in q:
        print("consumer got", item)
        got.append(item)
    return got


c = gevent.spawn(consumer)
p = gevent.spawn(producer)
gevent.joinall([c, p])
print("consumer returned", c.value, "| empty:", q.empty(), "| qsize:", q.qsize())

q2 = Queue()
for x in "abc":
    q2.put(x)
print("len", len(q2), "| get order:", q2.get(), q2.get(), q2.get())
