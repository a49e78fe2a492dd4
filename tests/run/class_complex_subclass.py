# RUN: %difftest %s
# A class deriving from complex: made by complex.__new__ (its parts parsed
# and combined as complex() does), methods and super() calls, an instance
# dict, repr and operators through the MRO; arithmetic, unary + and
# __complex__ give plain complex numbers, as in CPython.
class C(complex):
    def double(self):
        return C(self.real * 2, self.imag * 2)

    def __repr__(self):
        return "C" + super().__repr__()


class P(complex):
    pass


class Q(complex):
    def __add__(self, other):
        return Q(super().__add__(other))

    def __new__(cls, re=0, im=0, tag="q"):
        obj = super().__new__(cls, re, im)
        obj.tag = tag
        return obj


c = C(1, 2)
print(c, repr(c), str(c), type(c).__name__, isinstance(c, complex), c.real, c.imag)
print(c.double(), type(c.double()).__name__)
print(c + 1, type(c + 1).__name__, 1 + c, type(1 - c).__name__, c * c, c / 2, c ** 2, -c, +c, abs(P(3, 4)))
print(c == 1 + 2j, c != 1, hash(c) == hash(1 + 2j), bool(P()), bool(P(0, 1)))
p = P("3+4j")
print(p, type(p).__name__, complex(p), type(complex(p)).__name__, p.conjugate(), type(p.conjugate()).__name__)
print(type(p.__complex__()).__name__, p.__getnewargs__(), format(p, ".2f"), f"{p}")
p.x = 5
print(p.x, vars(p))
q = Q(1, 1, tag="t")
print(q, q.tag, type(q + 1).__name__, q + 1, type(q - 1).__name__)
print(P(1.5), P(), P(2j), P(1, 2j), P(c), type(P(c)).__name__, complex(c), C.__mro__)
print(isinstance(P(1), C), issubclass(P, complex), P.__bases__)
try:
    P("x")
except ValueError as e:
    print(e)
try:
    c < c
except TypeError as e:
    print(e)
print(sorted([P(1).real, P(0, 3).imag]), sum([P(1), P(2)]), type(sum([P(1), P(2)])).__name__)
print({P(1, 2): "v"}[1 + 2j], P(1, 2) in {1 + 2j})
