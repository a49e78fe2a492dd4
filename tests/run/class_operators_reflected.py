# RUN: %difftest %s
# Reflected operators (__radd__, sum with a start value) and NotImplemented
# falling back to TypeError.
class Meters:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.n + other.n)
        if isinstance(other, (int, float)):
            return Meters(self.n + other)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return f"{self.n}m"
    def __lt__(self, other):
        return self.n < other.n

print(Meters(2) + Meters(3), Meters(1) + 4, 10 + Meters(1), sum([Meters(1), Meters(2)], Meters(0)))
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError:", e)
print(sorted([Meters(3), Meters(1), Meters(2)]), max([Meters(5), Meters(9)]))
