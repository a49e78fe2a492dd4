# RUN: %difftest %s
# REQUIRES: gevent
# Pool.map and Pool.imap return results in input order whatever the
# completion order; imap_unordered yields them as they complete (delays
# 0.2, 0.16, ... 0.04 s, so the reverse order); apply runs one call and
# waits; apply_async returns a greenlet whose get() gives the result.
import gevent
from gevent.pool import Pool


def slow_square(x):
    gevent.sleep(0.04 * (5 - x))
    return x * x


pool = Pool(5)
print("map:", pool.map(slow_square, range(5)))
print("imap:", list(pool.imap(slow_square, range(5))))
print("imap_unordered:", list(pool.imap_unordered(slow_square, range(5))))
print("map of a lambda:", Pool(2).map(lambda s: s.upper(), ["a", "b", "c"]))
print("apply:", pool.apply(slow_square, (3,)))
r = pool.apply_async(slow_square, (4,))
print("apply_async returns a greenlet; get():", r.get())
print("imap with two iterables:", list(pool.imap(lambda a, b: a + b, [1, 2], [10, 20])))
