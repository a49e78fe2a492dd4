# RUN: %difftest %s
# Tuple unpacking, starred unpacking, swapping, nested targets, chained comparisons.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
*init, last = [1, 2, 3, 4]
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
one, *empty = [1]
print(one, empty)
[m, n] = [10, 20]
print(m, n)
for index, (key, value) in enumerate([("a", 1), ("b", 2)]):
    print(index, key, value)
for (i, j), label in [((0, 1), "first"), ((2, 3), "second")]:
    print(i + j, label)
point = (3, 4)
px, py = point
print(f"({px}, {py})", point[0], point[-1], point.count(3), point.index(4), len(point))
t = 1, 2, 3
single = (5,)
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__, len(empty))
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2, 3) == (1, 2, 3), tuple([1, 2]), tuple("ab"))
i = j = k = 0
i += 1
print(i, j, k)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 1, 99
print(idx, lst)
def min_max(values):
    return min(values), max(values)
low, high = min_max([3, 9, 1, 7])
print(low, high)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = (1,)
except ValueError as e:
    print("ValueError:", e)
n = 5
print(1 < n < 10, 1 < n > 10, 0 <= n <= 5 <= 6, n == 5 == 5.0, 3 < n != 4, 1 > n < 10)
print(10 > n >= 5 > 4, "a" < "b" < "c", 1 < 2 < 3 < 2, [1] == [1] != [2])
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
data = {"pos": (1, 2), "size": [3, 4]}
(x0, y0), [w0, h0] = data["pos"], data["size"]
print(x0, y0, w0, h0)
a, *b, c = "hello"
print(a, b, c, [*"ab", *[1, 2]], (*range(3),))
