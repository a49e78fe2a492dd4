# RUN: %difftest %s
# Set algebra printed directly (CPython's order for small and large ints, negatives, strings' sorted()).
a = {5, 3, 9, 1, 7, 100, 64, 33}
b = set(range(0, 20, 3))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([200, -1], (8,)), a.intersection(b, {9}), a.difference([1], [3]), a.symmetric_difference(range(5)))
c = set([-1, -2, -3, 0, 2 ** 40, 2 ** 61 - 1, 2 ** 61, 10 ** 20])
print(c, {x % 7 for x in c}, set([3, 1, 2, 3, 1]), set(), frozenset(), frozenset([2, 1]))
print(a <= a, a < a, {1} < {1, 2}, {1, 2} > {2}, a.issubset(range(200)), a.issuperset([1, 3]), a.isdisjoint({2, 4}), {1} == frozenset([1]))
d = set(a)
d |= {11, 12}
d &= set(range(50))
d -= {1}
d ^= {3, 4}
print(d, len(d), sorted(d), max(d), min(d), sum(d))
d.update([13], {14})
d.intersection_update(range(14))
d.difference_update([5])
d.symmetric_difference_update({0})
print(d, d.pop(), d, d.discard(999), d.copy(), d.add(1), d)
print(frozenset([3, 1]) | {2}, {2} | frozenset([3, 1]), type(frozenset([1]) & {1}).__name__, type({1} & frozenset([1])).__name__)
print({1, 2} == {2, 1}, {frozenset({1}): "x"}, {(1, 2), (2, 1)}, set("mississippi") == set("ipsm"), sorted(set("mississippi")))
big = set(range(1000, 0, -7))
print(len(big), list(big)[:12], sorted(big)[-3:], 500 in big, 503 in big)
s = {10, 20}
s.remove(10)
for bad in [lambda: s.remove(99), lambda: set().pop(), lambda: {[1]}, lambda: s.add({}), lambda: frozenset([1]).add]:
    try:
        print(bad())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(set([1.0, 1, True]), {0, False, 0.0}, {1.5, 2.5, -0.5}, {"b", "a"} == {"a", "b"})
