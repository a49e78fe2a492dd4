# RUN: %difftest %s
# Slicing with steps and negative indices, slice assignment, del of slices.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[-5:-2], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[5:2], s[100:], s[-100:2], s[::100], s[3:3], s[:], s[:] is s)
print(s[slice(2, 8, 3)], s[slice(None, None, -3)], slice(1, 5, 2))
t = "abcdefghij"
print(t[2:5], t[::-1], t[::3], t[-2:], t[:-8], t[5:1:-1], t[100:], t[-100:3])
tup = (0, 1, 2, 3, 4, 5)
print(tup[1:4], tup[::-2], tup[:0], type(tup[1:2]).__name__)
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 200]
print(a)
b = list(range(10))
b[::2] = ["e"] * 5
print(b)
b[1::2] = [i * 10 for i in range(5)]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[1:2] = "xyz"
print(d)
d[-1:] = (9,)
print(d)
matrix = [[r * 3 + col for col in range(3)] for r in range(3)]
print([row[1] for row in matrix], [row[::-1] for row in matrix[::-1]])
text = "Hello, World"
print(text[:5].upper() + text[5:], text[7:].lower(), text[-5:][::-1])
word = "racecar"
print(word == word[::-1], "python"[::-1] == "python")
i, j = 2, 6
print(s[i:j], s[i:j:2], s[j:i:-1], s[-j:-i])
