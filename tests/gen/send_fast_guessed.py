# RUN: %difftest %s
# `g.send(v)` where the local g was assigned a call of a known generator
# function, so the compiler may guess g's machine: the guess must be checked.
# g rebound to a generator of another function, to a generator expression,
# to a user object with send, to a generator that is running (ValueError),
# finished, just started, or closed; all at the same send call sites.
def adder():
    total = 0
    while True:
        v = yield total
        total += v

def multiplier():
    prod = 1
    while True:
        v = yield prod
        prod *= v

class Recorder:
    def __init__(self):
        self.seen = []
    def send(self, v):
        self.seen.append(v)
        return len(self.seen)

def same_site(kind, n):
    g = adder()
    if kind == "mul":
        g = multiplier()
    elif kind == "rec":
        g = Recorder()
    elif kind == "genexp":
        g = (x for x in range(n + 1))
    if kind != "rec":
        next(g)
    last = None
    for i in range(1, n + 1):
        last = g.send(i)
    return last

for kind in ("add", "mul", "rec", "genexp"):
    print(kind, same_site(kind, 10))

def alternate(n):
    a = adder()
    m = multiplier()
    next(a)
    next(m)
    g = a
    out = []
    for i in range(1, n + 1):
        g = a if i % 2 else m
        out.append(g.send(i))
    g = adder()
    g = Recorder()
    out.append(g.send("rec"))
    return out

print(alternate(8))

def states():
    g = adder()
    try:
        g.send(5)
    except TypeError as e:
        print("just started:", e)
    g.send(None)
    print("started:", g.send(5))
    g.close()
    try:
        g.send(1)
    except StopIteration:
        print("closed: StopIteration")
    g = multiplier()
    next(g)
    try:
        g.send("x")
        g.send(2.5)
        g.send(None)
    except TypeError as e:
        print("error inside the generator:", e)
    try:
        g.send(3)
    except StopIteration:
        print("finished by its error: StopIteration")

states()

holder = []

def reenter(depth):
    g = adder()
    if holder:
        g = holder[0]
    else:
        next(g)
    try:
        return g.send(depth)
    except ValueError as e:
        return "ValueError: %s" % e

def calls_back():
    v = yield "ready"
    while True:
        v = yield reenter(v)

cb = calls_back()
holder.append(cb)
print(next(cb))
print(cb.send(7))
print(cb.send(8))
holder.clear()
print("fresh adder:", reenter(3))

class Loud:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __del__(self):
        print("  del", self.name)

def keeper():
    kept = None
    while True:
        v = yield kept
        print("  keeper got", v)
        if v is not None and v.name.startswith("keep"):
            kept = v

def lifetimes():
    g = keeper()
    next(g)
    print("send temp")
    g.send(Loud("temp1"))
    print("send keep")
    g.send(Loud("keep1"))
    print("send another temp")
    g.send(Loud("temp2"))
    print("send replaces kept")
    g.send(Loud("keep2"))
    print("closing")
    g.close()
    print("closed")

lifetimes()
