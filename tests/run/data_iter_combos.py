# RUN: %difftest %s
# zip/map/filter/enumerate/reversed/range combinations, exhausted iterators, strict zip.
a, b, c = [1, 2, 3, 4], "abc", (10.5, 20.5)
print(list(zip(a, b, c)), list(zip(a)), list(zip()), list(zip(*[(1, "x"), (2, "y")])), dict(zip(b, a)))
print(list(map(pow, [2, 3, 4], [3, 2])), list(map(str.upper, b)), list(map(lambda x, y: x * y, a, b)), list(map(len, ["", "ab", [1]])))
print(list(filter(None, [0, 1, "", "x", [], [0], None, 0.0])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(enumerate(b, start=-2)), list(enumerate(reversed(a))), list(reversed(range(1, 10, 3))), list(reversed(list(enumerate("xy")))))
it = iter(a)
print(next(it), list(zip(it, it)), list(it), next(it, "done"), list(map(abs, it)))
m = map(lambda x: x * 2, a)
print(list(m), list(m), sum(map(len, ["ab", "cde"])), any(map(str.isupper, "abC")), all(filter(None, [1, 0, 2])))
e = enumerate("abc")
print(next(e), list(e), list(enumerate([])), list(zip(range(3), range(10, 0, -1), "xyzw")))
r = range(10, -10, -3)
print(list(r), r[2], r[-1], r[1:4], r[::-1], len(r), 4 in r, -8 in r, r.index(1), r.count(4), range(0, 10, 2) == range(0, 9, 2), reversed(r).__class__.__name__)
print(list(zip(a, map(str, a), filter(lambda x: x > 1, a))), sorted(zip(b, a), reverse=True), max(zip(a, b)), list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
pairs = list(zip("abcd", range(4)))
keys, vals = zip(*pairs)
print(keys, vals, list(zip(keys, vals)) == pairs, [k * v for k, v in pairs], {k: v for k, v in pairs if v})
try:
    print(list(zip([1, 2], "abc", strict=True)))
except ValueError as err:
    print("ValueError", err)
try:
    print(list(zip([1, 2, 3], "ab", strict=True)))
except ValueError as err:
    print("ValueError", err)
for bad in [lambda: next(iter([])), lambda: list(map(None, [1])), lambda: list(zip(1)), lambda: reversed({1: 2}.items()) and 0, lambda: reversed(5), lambda: enumerate(3)]:
    try:
        print(bad())
    except (StopIteration, TypeError) as err:
        print(type(err).__name__, err)
