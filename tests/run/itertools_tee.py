# RUN: %difftest %s
# itertools.tee: n independent iterators over one source, each item read
# from the source once; tee of a tee iterator starts where it is; n=0 and
# a negative n as CPython.
import itertools

reads = []


def source():
    for i in range(5):
        reads.append(i)
        yield i


a, b = itertools.tee(source())
print(type(a).__name__, next(a), next(a), list(b), list(a), reads)
x, y, z = itertools.tee(range(3), 3)
print(list(x), list(zip(y, z)))
print(itertools.tee([1, 2], 0))
try:
    itertools.tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
p, q = itertools.tee("abcd")
print(next(p))
r, s = itertools.tee(p)
print(list(r), list(s), list(q), list(p))
pairs = itertools.tee(iter([10, 20, 30]))
print([list(t) for t in pairs])
