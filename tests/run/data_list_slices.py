# RUN: %difftest %s
# List slice assignment and deletion with steps, negative indices, aliasing; list methods at the edges.
a = list(range(10))
a[::2] = "abcde"
print(a)
a[1::3] = [None] * len(a[1::3])
print(a)
b = list(range(10))
b[2:5] = []
print(b)
b[1:1] = [100, 200]
print(b)
b[-2:] = range(3)
print(b)
b[:0] = b
print(b)
b[5:2] = ["x"]
print(b)
c = list(range(12))
del c[::3]
print(c)
del c[-1:-5:-2]
print(c)
del c[100:]
print(c)
c[::-1] = c[:]
print(c)
c[len(c):] = [7, 8]
c[-100:2] = ["head"]
print(c)
d = [1, 2, 3]
d[:] = d + d
print(d, d[::-1], d[-2::-2], d[1:-1:2], d[10:20], d[::100])
for bad in [lambda: d.__setitem__(slice(None, None, 2), [1]), lambda: d.__setitem__(slice(None, None, 0), []), lambda: d.__setitem__(slice(1, 2), 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
e = [3, 1, 2]
print(e.index(2), e.count(3), e.pop(), e.pop(0), e, e.insert(-100, 9), e, e.insert(100, 8), e)
e.extend(range(3))
e.extend("ab")
e += (5,)
print(e, e.copy() == e, e * 2, [e] * 0, e.reverse(), e)
e.remove(9)
print(e, [] * 3, [[]] * 2, [0] * -1, e[-1], e[-len(e)])
for bad in [lambda: e.remove(42), lambda: e.index(42), lambda: [].pop(), lambda: e.pop(100), lambda: e[100], lambda: e.index(1, 5, 2)]:
    try:
        bad()
    except (ValueError, IndexError) as err:
        print(type(err).__name__, err)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(m, alias, m == alias, m < alias, [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [[]])
