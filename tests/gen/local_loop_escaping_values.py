# RUN: %difftest %s
# Values created inside a generator consumed by a local generator loop
# outlive the loop: closures over the generator's locals and parameters,
# yielded containers; the generator's locals are released when the loop
# ends (a __del__ prints then, as CPython's refcounting does).
class Noisy:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Noisy(%s)" % self.name
    def __del__(self):
        print("  del", self.name)

def closures(n):
    for i in range(n):
        yield lambda: (n, i)
    n = "changed"
    yield lambda: n

def makes_cells(base):
    def add(k):
        nonlocal base
        base += k
        return base
    yield add
    yield add
    print("  makes_cells sees base =", base)

def containers(n):
    acc = []
    for i in range(n):
        acc.append(i)
        yield acc

def holds_noisy(tag):
    keep = Noisy(tag)
    yield 1
    yield 2
    print("  holds_noisy ends with", keep)

def use_closures():
    fns = []
    for f in closures(3):
        fns.append(f)
    print("closures:", [f() for f in fns])

def use_cells():
    adders = []
    for add in makes_cells(10):
        print("add(5) =", add(5))
        adders.append(add)
    print("after loop add(1) =", adders[0](1), "same cell:", adders[0] is adders[1])

def use_containers():
    seen = []
    for acc in containers(3):
        seen.append(acc)
    print("containers:", seen, "all same:", seen[0] is seen[2])

def use_noisy_break():
    for x in holds_noisy("break"):
        break
    print("after break")

def use_noisy_full():
    for x in holds_noisy("full"):
        pass
    print("after full loop")

def use_noisy_return():
    for x in holds_noisy("return"):
        return x

use_closures()
use_cells()
use_containers()
use_noisy_break()
use_noisy_full()
print("returned", use_noisy_return())
print("end")
