# RUN: %difftest %s
# send() to a generator delegating with yield from: each value reaches the
# innermost generator; its return value becomes the value of the yield
# from; sending non-None to a delegate that is not a generator (a list
# iterator, a range iterator) raises AttributeError at the yield from, while
# send(None) steps it; deep chains in hot loops.
def accumulator(label):
    total = 0
    while True:
        v = yield "%s:%d" % (label, total)
        if v is None:
            return total
        total += v

def delegator():
    first = yield from accumulator("first")
    print("  first returned", first)
    second = yield from accumulator("second")
    print("  second returned", second)
    return first + second

def chain(depth):
    if depth == 0:
        return (yield from accumulator("leaf"))
    r = yield from chain(depth - 1)
    return r

def over_list():
    try:
        yield from [1, 2, 3]
    except AttributeError as e:
        print("  delegator sees AttributeError:", e)
        yield "recovered"

def over_range():
    r = yield from range(3)
    print("  range delegate returned", r)
    yield "after range"

def observing_inner():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received

def observing_outer():
    got = yield from observing_inner()
    yield ("inner received", got)

def two_stage():
    g = delegator()
    print(next(g))
    for i in range(1, 4):
        print(g.send(i))
    print(g.send(None))
    for i in range(10, 12):
        print(g.send(i))
    try:
        g.send(None)
    except StopIteration as e:
        print("delegator returned", e.value)

def deep(depth, n):
    g = chain(depth)
    next(g)
    last = None
    for i in range(n):
        last = g.send(i)
    try:
        g.send(None)
    except StopIteration as e:
        return last, e.value

def to_list():
    g = over_list()
    print(next(g))
    print(g.send(None))
    try:
        print(g.send("x"))
    except AttributeError as e:
        print("AttributeError:", e)
    print(list(g))
    g = over_range()
    print(next(g), g.send(None), g.send(None), g.send(None))

def observed():
    g = observing_outer()
    print(next(g), g.send("a"), g.send("b"), g.send("c"))

two_stage()
print("depth 1:", deep(1, 100000))
print("depth 10:", deep(10, 100000))
print("depth 50:", deep(50, 20000))
to_list()
observed()
