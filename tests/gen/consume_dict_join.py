# RUN: %difftest %s
# dict() from a generator of pairs, str.join over generators, set(), and
# dict/set/list comprehensions iterating over generators.
def pairs():
    for i, name in enumerate(["zero", "one", "two"]):
        yield name, i

print(dict(pairs()))
print(dict(pairs(), extra=9))
d = {}
d.update(pairs())
print(d)

def pieces():
    yield "a"
    yield "b"
    yield "c"

print("".join(pieces()))
print(", ".join(pieces()))
print("-".join(str(i) for i in range(5)))
print("|".join(p.upper() for p in pieces() if p != "b"))
print(sorted(set(x % 3 for x in range(10))))
print({k: v * 10 for k, v in pairs()})
print([k for k, _ in pairs()])
try:
    ",".join(i for i in range(3))
except TypeError as e:
    print("TypeError:", e)

def bad_pairs():
    yield ("a", 1)
    yield ("b", 2, 3)

try:
    dict(bad_pairs())
except ValueError as e:
    print("ValueError:", e)
print(list(dict.fromkeys(pieces())))
