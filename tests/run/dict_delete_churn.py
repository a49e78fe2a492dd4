# RUN: %difftest %s
# Adding and deleting keys over and over (a per-greenlet or per-request
# table): lookups of missing keys and inserts keep working, order is kept,
# and popitem() takes the last live item past deleted ones.
d = {'main': 0}
for i in range(10000):
    d[i] = i
    del d[i]
    assert d.get(-1) is None
print(len(d), list(d))
e = {}
for i in range(50):
    e[i] = i * i
for i in range(0, 50, 3):
    del e[i]
print(len(e), list(e)[:8], e.popitem(), e.popitem())
del e[47]
print(e.popitem(), len(e))
for i in range(1000):
    e[('k', i)] = i
    if i % 2:
        del e[('k', i - 1)]
print(len(e), list(e)[-3:])
