# RUN: %difftest %s
# Arithmetic dunders: binary, reflected, in-place, unary, and NotImplemented.
class Vector:
    def __init__(self, *components):
        self.c = list(components)

    def __repr__(self):
        return "Vector(" + ", ".join([str(x) for x in self.c]) + ")"

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.c, other.c)])

    def __sub__(self, other):
        return Vector(*[a - b for a, b in zip(self.c, other.c)])

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum([a * b for a, b in zip(self.c, k.c)])
        return Vector(*[a * k for a in self.c])

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*[a / k for a in self.c])

    def __floordiv__(self, k):
        return Vector(*[a // k for a in self.c])

    def __mod__(self, k):
        return Vector(*[a % k for a in self.c])

    def __pow__(self, k):
        return Vector(*[a ** k for a in self.c])

    def __neg__(self):
        return Vector(*[-a for a in self.c])

    def __pos__(self):
        return self

    def __abs__(self):
        return sum([a * a for a in self.c]) ** 0.5

    def __iadd__(self, other):
        for i in range(len(self.c)):
            self.c[i] += other.c[i]
        return self

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w)
print(v / 2, w // 4, w % 4, v ** 2, -v, +v, abs(Vector(3, 4)))
alias = v
v += w
print(v, alias, v is alias, v == Vector(5, 7, 9))
v -= w
print(v, v is alias)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s" - v
except TypeError as e:
    print("TypeError:", e)
