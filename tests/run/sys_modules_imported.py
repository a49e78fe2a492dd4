# RUN: %difftest %s
# sys.modules holds every module imported so far, by name, and an import
# looks there first: a module imported twice is one object, a submodule's
# import brings its package, and a deleted entry is imported afresh.
import sys

print("asyncio" in sys.modules, "sys" in sys.modules)
import asyncio
print("asyncio" in sys.modules, sys.modules["asyncio"] is asyncio)
print(type(sys.modules).__name__, sys.modules["sys"] is sys)


def late():
    import heapq
    return heapq


h = late()
print(sys.modules["heapq"] is h, late() is h)
import gevent.queue
print("gevent" in sys.modules, sys.modules["gevent.queue"] is gevent.queue)
del sys.modules["heapq"]
print("heapq" in sys.modules)
h2 = late()
print(h2 is h, sys.modules["heapq"] is h2, h2.nsmallest(2, [5, 1, 3]))
