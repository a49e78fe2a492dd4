# RUN: %difftest %s
# Powers: complex ** int is CPython's repeated multiplication up to |n| 100
# (digit for digit), polar form otherwise; int and float ** with a negative
# base and a fractional exponent give a complex; the errors CPython raises
# (0 to a negative or complex power, overflow, float's own cases).
import math
inf, nan = float("inf"), float("nan")

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

print((1 + 1j) ** 10, (1.1 + 2.2j) ** 3, (1 + 1j) ** -3, (0.5 - 0.25j) ** 7, (2 + 3j) ** 100, (1.0001 + 0.0001j) ** 99)
print((1 + 1j) ** 101, (1 + 1j) ** -101, (1 + 1j) ** 100.0, (1 + 1j) ** 0, (1 + 1j) ** 0.0, (1 + 1j) ** -0.0, 1j ** 2, 1j ** 3, 1j ** 4)
print(1j ** 1j, (1 + 2j) ** (3 - 4j), (-1) ** 0.5, 2 ** (1 + 1j), 2.5 ** -1j, (1 + 1j) ** 0.5, (1 + 1j) ** (1e-320))
bases = [1j, -1j, 1 + 1j, -2.5 + 0.5j, complex(0.1, -0.7), 3 + 0j, complex(-0.0, 2), complex(1e-200, 1e-200), complex(1e150, 1e150),
         complex(inf, 0), complex(nan, 1), 0j, complex(-0.0, -0.0), 2, -3, 0.5, -0.5, 0, 10 ** 20]
exps = [2, 3, -1, -2, 7, 50, 100, -100, 101, 0.5, -0.5, 1 / 3, 2.0, 1j, -1j, 0.5 + 0.5j, 0j, 0, 1e308, -1e308, 1.5e308, inf, nan]
for b in bases:
    row = []
    for e in exps:
        if not (isinstance(b, complex) or isinstance(e, complex)):
            continue
        try:
            row.append(repr(b ** e))
        except Exception as err:
            row.append(f"{type(err).__name__}({err})")
    print(repr(b), " | ".join(row))
# Negative int or float bases with fractional exponents are complex now.
for b in [-8, -8.0, -1, -2, -0.5, -1e-300, -1e300, -(10 ** 20), -True]:
    row = []
    for e in [1 / 3, 0.5, -0.5, 2.5, -2.5, 1e-10, 0.1, 1e300 + 0.5 if False else 1.5, 3.0, -3.0, 1e20, -1e20, inf, -inf, nan, 1e-320]:
        try:
            row.append(repr(b ** e))
        except Exception as err:
            row.append(f"{type(err).__name__}({err})")
    print(repr(b), " | ".join(row))
show("(-8) ** (1/3)", lambda: (-8) ** (1 / 3))
show("(-8.0) ** 0.5", lambda: (-8.0) ** 0.5)
show("pow(-8, 0.5)", lambda: pow(-8, 0.5))
show("pow(-8.0, -1.5)", lambda: pow(-8.0, -1.5))
show("(-1e308) ** 0.5", lambda: (-1e308) ** 0.5)
show("(-1e308) ** 1.5", lambda: (-1e308) ** 1.5)
show("(-10**400) ** 0.5", lambda: (-(10 ** 400)) ** 0.5)
show("x = -27; x **= 1/3", lambda: ipow(-27, 1 / 3))
show("0.0 ** -1", lambda: 0.0 ** -1)
show("0 ** -1", lambda: 0 ** -1)
show("0 ** -1.5", lambda: 0 ** -1.5)
show("-0.0 ** -0.5", lambda: (-0.0) ** -0.5)
show("(-2.0) ** 1e400", lambda: (-2.0) ** 1e400)
show("(-8) ** 1e20", lambda: (-8) ** 1e20)
show("10.0 ** 400", lambda: 10.0 ** 400)
show("2 ** -2000", lambda: 2 ** -2000)
show("math.pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3))
show("math.pow(-8.0, 0.5)", lambda: math.pow(-8.0, 0.5))
show("math.sqrt(-1)", lambda: math.sqrt(-1))
show("math.sqrt(-4.0)", lambda: math.sqrt(-4.0))
show("math.log(-1)", lambda: math.log(-1))
show("0j ** -1", lambda: 0j ** -1)
show("0j ** -1.5", lambda: 0j ** -1.5)
show("0j ** 1j", lambda: 0j ** 1j)
show("0 ** -1j", lambda: 0 ** -1j)
show("0.0 ** (1+1j)", lambda: 0.0 ** (1 + 1j))
show("0j ** 0", lambda: 0j ** 0)
show("0j ** 0j", lambda: 0j ** 0j)
show("0j ** 0.5", lambda: 0j ** 0.5)
show("0j ** 2", lambda: 0j ** 2)
show("(1e200+1e200j) ** 2", lambda: (1e200 + 1e200j) ** 2)
show("(1e200+1e200j) ** 1.5", lambda: (1e200 + 1e200j) ** 1.5)
show("(1e100+0j) ** 4", lambda: (1e100 + 0j) ** 4)
show("complex(inf, 0) ** 0.5", lambda: complex(inf, 0) ** 0.5)
show("(1+1j) ** 1e308", lambda: (1 + 1j) ** 1e308)
show("(-1+1j) ** 1e308", lambda: (-1 + 1j) ** 1e308)
show("(0.5+0.5j) ** 1e308", lambda: (0.5 + 0.5j) ** 1e308)
show("(1+1j) ** 1e308j", lambda: (1 + 1j) ** 1e308j)
show("(1+1j) ** 10**400", lambda: (1 + 1j) ** 10 ** 400)
show("(1+1j) ** 10**20", lambda: (1 + 1j) ** 10 ** 20)
show("(1+0j) ** 10**20", lambda: (1 + 0j) ** 10 ** 20)
show("1j ** -2**62", lambda: 1j ** -(2 ** 62))
show("pow(1j, 2, None)", lambda: pow(1j, 2, None))
show("pow(base=2j, exp=2)", lambda: pow(base=2j, exp=2))

def ipow(x, y):
    x **= y
    return x

z = 1 + 1j
for n in range(-4, 13):
    print(n, z ** n, (0.5 - 1.5j) ** n, (-1.25 + 0.75j) ** n)
print(sum(complex(k, -k) ** 2 for k in range(10)), [(-2) ** (k / 4) for k in range(1, 8)])
