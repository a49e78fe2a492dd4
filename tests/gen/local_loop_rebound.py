# RUN: %difftest %s
# XFAIL: *
# Reason: globals() is not provided (a compile-time error), so rebinding a known generator function at run time cannot be written; the run-time fallback is covered by the unit tests.
# Local generator loops whose generator function's name is rebound at run
# time through globals() (the compiler still sees one def): the loop must
# iterate whatever the name holds when the call runs: another generator, a
# plain function returning a list, a class, a non-callable (TypeError), and
# the original again once restored.
def gen(n):
    try:
        for i in range(n):
            yield "gen%d" % i
    finally:
        print("  gen finally")

def other_gen(n):
    try:
        yield from ("other%d" % i for i in range(n))
    finally:
        print("  other_gen finally")

def returns_list(n):
    return ["list%d" % i for i in range(n)]

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return "counter%d" % self.i

original = gen

def consume(n, stop=None):
    out = []
    for x in gen(n):
        out.append(x)
        if x == stop:
            break
    return out

def show(label):
    print(label, consume(3), consume(3, stop="gen1"))

show("original:")
globals()["gen"] = other_gen
print("other_gen:", consume(2), consume(3, stop="other0"))
globals()["gen"] = returns_list
print("returns_list:", consume(3))
globals()["gen"] = Counter
print("Counter:", consume(4), consume(4, stop="counter2"))
globals()["gen"] = 42
try:
    consume(1)
except TypeError as e:
    print("TypeError:", e)
globals()["gen"] = lambda n: iter(range(n))
print("lambda:", consume(3))
globals()["gen"] = original
show("restored:")

# a function object equal in code but a different object: a copy of the def
def make_copy():
    def gen(n):
        yield "copy%d" % n
    return gen
globals()["gen"] = make_copy()
print("copy:", consume(7))
globals()["gen"] = original

# module-level loop over the rebound name
globals()["gen"] = returns_list
for x in gen(2):
    print("module loop over rebound:", x)
globals()["gen"] = original
for x in gen(2):
    print("module loop over original:", x)

# rebound while the loop is running: the running loop keeps its generator
def rebinding_body():
    for x in gen(3):
        print("body", x)
        globals()["gen"] = returns_list
    print("after: next call gives", consume(2))
    globals()["gen"] = original

rebinding_body()

# the generator deleted from globals: NameError at the loop
del globals()["gen"]
try:
    consume(1)
except NameError as e:
    print("NameError:", e)
globals()["gen"] = original
print("back:", consume(2))
