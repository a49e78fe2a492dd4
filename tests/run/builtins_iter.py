# RUN: %difftest %s
# Iteration builtins: range, enumerate, zip, map, filter, reversed, sum, any, all, iter, next.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
r = range(3, 20, 4)
print(r, len(r), r[1], r[-1], 11 in r, 12 in r, r.index(15), list(r[1:3]), range(0, 10, 2) == range(0, 9, 2))
fruits = ["apple", "banana", "cherry"]
for i, fruit in enumerate(fruits):
    print(i, fruit)
print(list(enumerate(fruits, start=1)), list(enumerate("ab", 10)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], [3], [4, 5])), list(zip()), dict(zip(fruits, range(3))))
names, counts = zip(*[("x", 1), ("y", 2), ("z", 3)])
print(names, counts)
print(list(map(len, fruits)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(map(str.upper, "hi")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22c")))
print(list(reversed(fruits)), list(reversed(range(4))), "".join(reversed("stressed")), list(reversed((1, 2))))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(101)), sum([], 10), sum([1, 2], start=100))
print(any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([]), any([]), all([1, 0]))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
squares = map(lambda n: n * n, range(4))
print(next(squares), list(squares), list(squares))
pairs = zip("ab", "cd")
print(list(pairs), list(pairs))
total = 0
for value in map(int, "1 2 3 4".split()):
    total += value
print(total)
print(max(range(10), key=lambda n: (n % 4, n)), min(enumerate("zebra"), key=lambda t: t[1]))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(t) for t in zip(*[[1, 2], [3, 4], [5, 6]])])
print(sorted(map(lambda s: s[::-1], fruits)), tuple(filter(lambda n: n % 2, range(10))))
print(len(range(1000000)), list(range(-5, 5, 2)), list(range(5, -5, -2)), range(3)[::-1])
keys = iter(["k1", "k2"])
for k in keys:
    print("key", k)
print(list(enumerate(zip("ab", [1, 2]))), list(map(abs, [-1, 2, -3])), abs(-0))
print(isinstance(range(3), range), type(zip()).__name__, type(map(str, [])).__name__, type(iter([])).__name__)
