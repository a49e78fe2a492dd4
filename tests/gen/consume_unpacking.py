# RUN: %difftest %s
# Unpacking generators: exact, starred, nested, and the two ValueErrors.
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
*init, last = gen(4)
print(init, last)
x, *middle, y = gen(2)
print(x, middle, y)
(p, q), r = gen(2), 7
print(p, q, r)
try:
    a, b = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = gen(1)
except ValueError as e:
    print("ValueError:", e)
for i, (u, v) in enumerate(((j, j * j) for j in range(3))):
    print(i, u, v)
merged = [*gen(2), *gen(3)]
print(merged)
tup = (*gen(1), 99)
print(tup)
s = {*gen(3)}
print(sorted(s))
