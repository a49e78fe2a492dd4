# RUN: %difftest %s
# A generator expression evaluates its outermost iterable (and calls iter()
# on it) at creation; everything else, conditions and inner iterables
# included, runs lazily.
def source(tag, n):
    print("  source", tag, "evaluated")
    return range(n)

def inner(tag, i):
    print("  inner", tag, i, "evaluated")
    return range(i)

def cond(x):
    print("  cond", x)
    return x % 2 == 0

g = (x * 10 for x in source("outer", 4) if cond(x))
print("genexp created")
print(next(g))
print(list(g))

h = ((i, j) for i in source("outer2", 3) for j in inner("j", i))
print("nested genexp created")
print(list(h))

class Loud:
    def __iter__(self):
        print("  __iter__ called at creation")
        return iter([1, 2])

lg = (v for v in Loud())
print("after creating lg")
print(list(lg))

try:
    bad = (x for x in 5)
    print("not reached")
except TypeError as e:
    print("TypeError at creation:", e)

items = [1, 2, 3]
late = (x for x in items)
items = [7, 8, 9]
print("outer iterable bound early:", list(late))
factor = 1
scaled = (x * factor for x in [1, 2, 3])
factor = 100
print("body names bound late:", list(scaled))
