# RUN: %difftest %s
# Sets and frozensets; printed through sorted() so the order is CPython-independent.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, {100})), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {5}, a.issubset(range(10)), a.isdisjoint({9}), a.issuperset([1, 2]))
s = set()
for x in [3, 1, 3, 2, 1, 3]:
    s.add(x)
print(sorted(s), len(s), 2 in s, 9 in s, 9 not in s)
s.discard(2)
s.discard(42)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
popped = {7}.pop()
print(popped)
s.update([10, 11], (12,))
print(sorted(s))
s |= {20}
s &= {1, 3, 10, 20, 99}
print(sorted(s))
s -= {1}
s ^= {3, 4}
print(sorted(s))
words = ["pear", "apple", "pear", "fig", "apple", "pear"]
unique = set(words)
print(sorted(unique), len(unique), sorted(set("hello world")))
fs = frozenset([1, 2, 3])
print(sorted(fs), fs == {1, 2, 3}, type(fs).__name__, len(fs), sorted(fs | {4}), type(fs | {4}).__name__)
lookup = {fs: "frozen key", (1, 2): "tuple key"}
print(lookup[frozenset({3, 2, 1})], lookup[(1, 2)])
print(set() == set(), set([1, 2]) == {2, 1}, {1, 2} != {1, 3}, bool(set()), bool({0}))
print(sorted({x % 7 for x in range(100)}), sorted({1, 2, 3} - set(range(2))))
s2 = {1, 2, 3}
s2.clear()
print(s2, sorted(set(range(5)) - {0, 4}), min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}))
print({1, 2, 3} == frozenset({1, 2, 3}), sorted({(1, "a"), (0, "b")}), repr(set()), repr(frozenset()))
print({5}, {True}, {None}, {"single"}, {(1, 2)})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
