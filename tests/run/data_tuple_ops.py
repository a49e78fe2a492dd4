# RUN: %difftest %s
# Tuples: packing, nesting, comparison, hashing as keys, methods, slicing, concatenation errors.
t = (3, "a", (1, 2), [4], None)
print(t, t[2][1], t[-1], t[1:3], t[::-2], len(t), t.count(3), t.index("a"), (1,) * 3, () + (), (1, 2) + (3,), tuple("ab"), tuple([1, [2]]))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"), (1, 2) != (2, 1), max([(1, "z"), (2, "a"), (1, "zz")]))
d = {(1, 2): "x", (1, (2, 3)): "y", (): "empty"}
print(d[(1, 2)], d[1, (2, 3)], d[()], hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), (1, 2) in d, [1, 2] == list((1, 2)))
t[3].append(5)
print(t, (1,), (1), ((1,),), tuple(), tuple(range(3)), tuple(x * 2 for x in [1]) if False else tuple(map(str, (1, 2))))
a, (b, c), *rest = 1, (2, 3), 4, 5
print(a, b, c, rest, (*rest, *"xy"), [*t[:2], *range(2)], {**{"k": 1}}, (lambda *args: args)(1, 2))
for bad in [lambda: t.__setitem__(0, 1) if False else t[10], lambda: t + [1], lambda: (1, 2).index(9), lambda: hash((1, [2])), lambda: (1, 2) < (1, "a"), lambda: tuple(5)]:
    try:
        print(bad())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
nested = ((1, 2), (3, 4), (5, 6))
print([x for pair in nested for x in pair], sum(nested, ()), list(zip(*nested)), sorted(nested, key=lambda p: -p[1]), dict(nested))
