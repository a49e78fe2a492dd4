# RUN: %difftest %s
# REQUIRES: gevent
# Generators inside gevent greenlets: a generator whose body calls
# gevent.sleep suspends the whole greenlet iterating it (other greenlets
# run meanwhile); a generator shared by two greenlets hands out its items
# to whichever asks next; a generator expression over a Queue.
import gevent
from gevent.queue import Queue

log = []


def ticking_numbers(name, n):
    for i in range(n):
        gevent.sleep(0)
        log.append(f"{name} yields {i}")
        yield i


def consume(name, n):
    total = 0
    for x in ticking_numbers(name, n):
        total += x
        log.append(f"{name} consumed {x}")
    return total


gs = [gevent.spawn(consume, "A", 3), gevent.spawn(consume, "B", 2)]
gevent.joinall(gs)
print("\n".join(log))
print("totals:", [g.value for g in gs])

shared = (c for c in "abcdef")


def take(name, k):
    got = []
    for _ in range(k):
        got.append(next(shared))
        gevent.sleep(0)
    return name, got


print([g.get() for g in [gevent.spawn(take, "x", 3), gevent.spawn(take, "y", 3)]])

q = Queue()
for i in range(4):
    q.put(i)
q.put(StopIteration)
print("squares from the queue:", list(x * x for x in q))
