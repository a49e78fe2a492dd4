# RUN: %difftest %s
# min, max and sorted consume generators; key=, default=, reverse=.
def values():
    for v in [5, 3, 9, 1, 7, 3]:
        print("  produce", v)
        yield v

print("min", min(values()))
print("max", max(values()))
print("sorted", sorted(values()))
print("sorted reverse", sorted(values(), reverse=True))

def people():
    yield ("ann", 31)
    yield ("bob", 25)
    yield ("cy", 47)
    yield ("di", 25)

print(min(people(), key=lambda p: p[1]))
print(max(people(), key=lambda p: p[1]))
print(sorted(people(), key=lambda p: (p[1], p[0])))
print(sorted(name for name, age in people()))

def nothing():
    if False:
        yield 0

print(min(nothing(), default="no values"))
print(max(nothing(), default=None))
try:
    min(nothing())
except ValueError as e:
    print("ValueError:", e)
try:
    max(nothing())
except ValueError as e:
    print("ValueError:", e)
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min((x for x in range(10) if x % 4 == 3)))
