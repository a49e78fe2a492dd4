# RUN: %difftest %s
# PEP 380: the value of `yield from gen` is the delegate's return value.
def leaf(tag, n):
    for i in range(n):
        yield f"{tag}{i}"
    return f"{tag} done after {n}"

def collector():
    results = []
    for tag, n in [("a", 2), ("b", 0), ("c", 3)]:
        r = yield from leaf(tag, n)
        print("  delegate returned:", r)
        results.append(r)
    return results

g = collector()
try:
    while True:
        print("value", next(g))
except StopIteration as e:
    print("collector returned", e.value)

def sum_of_leaf():
    total = 0
    def numbers():
        yield 1
        yield 2
        return 10
    total += yield from numbers()
    total += (yield from numbers()) * 2
    return total

g = sum_of_leaf()
print(list(g))
g = sum_of_leaf()
for _ in range(4):
    next(g)
try:
    next(g)
except StopIteration as e:
    print("total", e.value)

def returns_via_raise():
    yield "x"
    return None

def outer():
    v = yield from returns_via_raise()
    print("  None return gives", v)
    v = yield from returns_via_raise() or ["fallback"]
    print("  expression value", v)

print(list(outer()))
