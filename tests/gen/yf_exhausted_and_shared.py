# RUN: %difftest %s
# yield from an already-exhausted generator finishes at once with None;
# two consumers sharing one generator each take what is left.
def source():
    yield 1
    yield 2
    yield 3
    return "source return"

def take_two(shared):
    a = next(shared)
    b = next(shared)
    yield a + b

def drain(shared, tag):
    r = yield from shared
    print("  drain", tag, "got return", r)

s = source()
print(list(take_two(s)))
print(list(drain(s, "first")))
print(list(drain(s, "second")))

shared = source()
d1 = drain(shared, "d1")
d2 = drain(shared, "d2")
print(next(d1), next(d2), next(d1))
print(next(d2, "d2 end"))
print(next(d1, "d1 end"))

def running():
    yield from running_helper()

def running_helper():
    yield "helper"

r = running()
print(next(r))
print(list(r))
