# RUN: %difftest %s
# Driving a generator by hand with next(): StopIteration at the end, again
# and again after exhaustion, and next(g, default).
def three():
    yield 1
    yield 2
    yield 3

g = three()
print(next(g), next(g), next(g))
for attempt in range(3):
    try:
        next(g)
        print("unexpected")
    except StopIteration as e:
        print("attempt", attempt, "StopIteration", e.args, e.value)

g = three()
print(next(g, "dflt"), next(g, "dflt"), next(g, "dflt"), next(g, "dflt"), next(g, None))

g = three()
print(g.__next__())
print(iter(g) is g, g.__iter__() is g)
print(list(g))

def empty():
    return
    yield

e = empty()
print(next(e, "empty generator"))
print(list(empty()), tuple(empty()))

def while_next():
    n = 0
    while n < 4:
        yield n * n
        n += 1

it = while_next()
while True:
    try:
        value = next(it)
    except StopIteration:
        print("done")
        break
    print("got", value)
