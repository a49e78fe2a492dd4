# RUN: %difftest %s
# The number types' dunders are attributes that can be called directly
# (complex's too: 3.11's complex has no //, % or divmod), and three-argument
# pow() calls the base's own __pow__(exp, mod) and never __rpow__.
names = ["__abs__", "__int__", "__float__", "__index__", "__round__", "__trunc__", "__floor__", "__ceil__",
         "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__neg__", "__pos__", "__bool__", "__repr__",
         "__str__", "__hash__", "__eq__", "__ne__", "__lt__", "__ge__", "__pow__", "__rpow__", "__truediv__",
         "__rtruediv__", "__floordiv__", "__mod__", "__divmod__", "__format__", "__complex__", "real", "imag",
         "conjugate", "numerator", "denominator", "bit_length", "as_integer_ratio", "is_integer", "hex",
         "__invert__", "__lshift__", "__and__"]
for v in (5, True, 2.5, 1 + 2j):
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
print((5).__abs__(), (-2.5).__abs__(), (3 + 4j).__abs__(), (2.7).__int__(), (7).__float__(), (2.5).__round__())
print((1 + 2j).__add__(1), (1j).__mul__(1j), (1j).__rsub__(2), (1j).__neg__(), (1j).__pos__(), (1j).__bool__())
print((1j).__eq__(1j), (1j).__ne__(2), (1j).__lt__(1), (1j).__add__("x"), (2j).__truediv__(2), (2j).__rtruediv__(1))
print((1j).__pow__(2), (2).__rpow__(1j), (1j).__hash__() == hash(1j), (1 + 1j).__repr__(), (1j).__str__())
try:
    (1j).__pow__(2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    (1j).__truediv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)


class Declines:
    def __pow__(self, other, mod=None):
        return NotImplemented


print(pow(P(), 2, 5), pow(P(), 3), P() ** 4, 2 ** P(), pow(P(), exp=2, mod=7))
for args in [(2, P(), 5), (2, 3, P()), (Declines(), 2, 5), (2.0, 3, P())]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError:", e)


class I(int):
    def __pow__(self, other, mod=None):
        return ("I.pow", other, mod)


print(pow(I(2), 3, 5), I(2) ** 3, pow(3, I(2), 5))
