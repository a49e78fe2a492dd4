# RUN: %difftest %s
# Reference cycles are collected as CPython collects them: gc.collect()
# finds them (its count: the instances, their own __dict__ not counted),
# each __del__ runs once and in creation order, an object a finaliser
# stores somewhere lives on (its __del__ does not run again), the
# collector runs by itself once enough containers were made, and at exit
# it collects what is garbage, then clears the globals, then collects again.
import gc

live = 0


class Node:
    def __init__(self, name):
        global live
        live += 1
        self.name = name
        self.peer = None

    def __del__(self):
        global live
        live -= 1
        if self.name is not None:
            print("del", self.name)


# A self-cycle, a two-object cycle, a cycle through a list, a dict, a
# tuple, a closure cell, a bound method.
a = Node("self-cycle")
a.peer = a
b = Node("b")
c = Node("c")
b.peer = c
c.peer = b
d = Node("via list")
d.peer = [1, "x", d]
e = Node("via dict")
e.peer = {"me": e}
f = Node("via tuple")
f.peer = [(f,)]


def make_closure():
    g = Node("via closure")

    def inner():
        return g
    g.peer = inner
    return None


make_closure()
h = Node("via bound method")
h.peer = h.__init__
del a, b, c, d, e, f, h
print("collect:", gc.collect())
print("again:", gc.collect())

# Resurrection: the finaliser keeps the object; it is not finalised twice.
saved = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)


p = Phoenix()
del p
print("collect:", gc.collect())
print("saved:", len(saved), type(saved[0]).__name__)
saved.clear()
print("collect after dropping it:", gc.collect())

# Cycles made in a loop without calling collect: the collector runs by
# itself, so the number alive stays bounded.
for i in range(20000):
    x = Node(None)
    y = Node(None)
    x.peer = y
    y.peer = x
del x, y
print("bounded:", live < 5000)
gc.collect()
print("live after collect:", live)

# Disabled, nothing is collected automatically; collect() still works.
gc.disable()
print("isenabled:", gc.isenabled())
for i in range(3000):
    x = Node(None)
    x.peer = x
del x
print("all alive while disabled:", live == 3000)
print("collect:", gc.collect())
gc.enable()
print("isenabled:", gc.isenabled(), "threshold:", gc.get_threshold()[0])
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)

# At exit: the garbage cycle is collected before the globals go, the
# global one after.
z = Node("garbage at exit")
z.peer = z
del z
kept = Node("global at exit")
kept.peer = [kept]
print("end")
