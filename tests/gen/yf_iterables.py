# RUN: %difftest %s
# yield from over every kind of iterable: lists, tuples, ranges, strings,
# dicts (keys), sets of ints, iterators, class iterators, generator
# expressions; the value of the expression is None for non-generators.
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

def everything():
    r = yield from [1, 2]
    print("  list gave", r)
    yield from (3, 4)
    yield from range(5, 8)
    yield from "ab"
    yield from {"k1": 1, "k2": 2}
    yield from sorted({9, 8})
    yield from iter([10, 11])
    r = yield from CountDown(3)
    print("  CountDown gave", r)
    yield from (x * 100 for x in range(2))
    yield from []
    yield from b"hi"
    yield from enumerate("xy")
    yield from zip("pq", [1, 2])
    yield from map(str.upper, ["m"])

for value in everything():
    print(value)

def bad():
    yield from 42

try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
