# RUN: %difftest %s
# The iterator protocol with classes: __iter__ / __next__ / StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print("tick", n)
print(list(Countdown(5)), sum(Countdown(4)))

class Range2:
    """An iterable (not an iterator): each iter() starts afresh."""
    def __init__(self, stop):
        self.stop = stop
    def __iter__(self):
        return Range2Iterator(self.stop)

class Range2Iterator:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.stop:
            raise StopIteration()
        self.i += 2
        return self.i - 2

r = Range2(7)
print(list(r), list(r), [x * x for x in r])
it = iter(r)
print(next(it), next(it), next(it), next(it), next(it, "end"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")

letters = iter("abc")
print(next(letters), list(letters), list(letters))
pairs = iter([(1, "one"), (2, "two")])
for number, word in pairs:
    print(number, word)
print(dict(zip(Countdown(3), "xyz")))
a, b, c = Countdown(3)
print(a, b, c)
print(max(Countdown(6)), min(Range2(9)), sorted(Countdown(4)), 3 in Countdown(5))
e = enumerate(Countdown(2), start=10)
print(next(e), next(e))
