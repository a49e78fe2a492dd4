# RUN: %difftest %s
# dir() of a module lists its namespace (not the module type's attributes);
# attributes of imported modules that the runtime has are read as CPython
# reads them, including through an `import m as n` alias and a module
# rebound later (then no compile-time check applies).
import heapq
import itertools as it
import math


def public(module):
    return [n for n in dir(module) if not n.startswith("_")]


print(public(math))
print(public(heapq))
print(sorted(public(it)) == public(it), "count" in public(it), "tee" in dir(it))
print(math.pi, it.accumulate([1, 2, 3]).__class__.__name__, heapq.nlargest(2, [3, 1, 4]))
try:
    math.no_such_function
except AttributeError as e:
    print("AttributeError:", e)
rebound = math
rebound = heapq
print(rebound.heapify.__name__)
