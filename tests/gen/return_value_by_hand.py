# RUN: %difftest %s
# A generator's return value travels in StopIteration.value; driving the
# generator by hand shows it. for loops and list() drop it.
def compute(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total

g = compute(4)
while True:
    try:
        print("yielded", next(g))
    except StopIteration as e:
        print("returned", e.value, "args", e.args)
        break

def returns_none():
    yield 1

g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)

def returns_tuple():
    yield
    return 1, "two"

g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)

def returns_stopiteration_like():
    yield
    return StopIteration("inner")

g = returns_stopiteration_like()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("value", repr(e.value))

print(list(compute(3)), "(return value dropped)")
try:
    next(compute(0))
except StopIteration as e:
    print("immediately returned", e.value)
