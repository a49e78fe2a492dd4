# RUN: %difftest %s
# Cycles through sets, frozensets, the builtin iterators and dict views are
# collected (gc.collect() counts them as CPython does, but for enumerate, zip
# and map, whose CPython objects keep a result tuple of their own).
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Node("in a set")
a.bag = {a}
del a
print("set:", gc.collect())

b = Node("in a frozenset")
b.bag = frozenset([b, 1, "x"])
del b
print("frozenset:", gc.collect())

c = Node("in a list iterator")
c.it = iter([c, 2])
del c
print("list iterator:", gc.collect())

d = Node("in a tuple iterator")
d.it = iter((d,))
del d
print("tuple iterator:", gc.collect())

e = Node("in a dict iterator")
e.it = iter({e: 1})
del e
print("dict iterator:", gc.collect())

f = Node("in a dict view")
f.view = {1: f}.values()
del f
print("dict view:", gc.collect())

g = Node("in a set iterator")
g.it = iter({g})
del g
print("set iterator:", gc.collect())

h = Node("in enumerate")
h.it = enumerate([h])
del h
print("enumerate:", gc.collect() > 0)

i = Node("in zip")
i.it = zip([i], [1])
del i
print("zip:", gc.collect() > 0)

j = Node("in map")
j.it = map(str, [j])
del j
print("map:", gc.collect() > 0)

k = Node("in filter")
k.it = filter(None, [k])
del k
print("filter:", gc.collect())

l = Node("in reversed")
l.it = reversed([l])
del l
print("reversed:", gc.collect())

n = Node("in a callable iterator")
n.it = iter(lambda n=n: n, None)
del n
print("callable iterator:", gc.collect())

# A set that reaches itself through a frozenset's member.
t = Node("set of tuples")
s = {(t, 1)}
t.s = s
del s, t
print("set of tuples:", gc.collect())
print("end")
