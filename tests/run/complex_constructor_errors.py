# RUN: %difftest %s
# complex(): numbers, strings (CPython's grammar: parentheses, spaces, the
# old "1+j" forms, nan/inf, underscores, Unicode digits), objects with
# __complex__, __float__ or __index__, keywords, and every error message.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r), type(r).__name__)

show("()", lambda: complex())
show("(1)", lambda: complex(1))
show("(1, 2)", lambda: complex(1, 2))
show("(1.5, -0.0)", lambda: complex(1.5, -0.0))
show("(-0.0)", lambda: complex(-0.0))
show("(0, -0.0)", lambda: complex(0, -0.0))
show("(-0.0, -0.0)", lambda: complex(-0.0, -0.0))
show("(1j, 1j)", lambda: complex(1j, 1j))
show("(1j)", lambda: complex(1j))
show("(2+3j, 4.0)", lambda: complex(2 + 3j, 4.0))
show("(2.0, 3+4j)", lambda: complex(2.0, 3 + 4j))
show("(True, False)", lambda: complex(True, False))
show("(10**20, -10**20)", lambda: complex(10 ** 20, -10 ** 20))
show("(10**400)", lambda: complex(10 ** 400))
show("(1, 10**400)", lambda: complex(1, 10 ** 400))
show("(inf, nan)", lambda: complex(float("inf"), float("nan")))
show("real=", lambda: complex(real=1, imag=2))
show("imag=", lambda: complex(imag=2))
show("real= str", lambda: complex(real="3-1j"))
show("imag= str", lambda: complex(imag="3"))
show("x=", lambda: complex(x=1))
show("1, x=", lambda: complex(1, x=2))
show("1, real=", lambda: complex(1, real=2))
show("1, 2, imag=", lambda: complex(1, 2, imag=3))
show("3 args", lambda: complex(1, 2, 3))
show("3 kwargs", lambda: complex(real=1, imag=2, x=3))
show("(1, None)", lambda: complex(1, None))
show("(None)", lambda: complex(None))
show("([])", lambda: complex([]))
show("(1, [])", lambda: complex(1, []))
show("(b'1')", lambda: complex(b"1"))
show("('1', 2)", lambda: complex("1", 2))
show("(1, '2')", lambda: complex(1, "2"))
show("('1', '2')", lambda: complex("1", "2"))
for text in ["1+2j", " ( 1.5-2e3J ) ", "j", "J", "-j", "+j", "1+j", "1-J", "nan+infj", "-nan-nanj", "infj", "-infinityJ",
             "INF", "Infinity-Infinityj", "1e500+1e500j", "-1e-500j", "1", "-2.5", "(3)", " 4j ", ".5j", "5.j", "1e3j",
             "1E+3-1E-3J", "0x10", "1_000+2_0j", "1__2j", "_1j", "1_j", "1_", "1j_", "1.5_5j", "1e1_0j", "", " ", "()", "(",
             "(1+2j", "1+2j)", "1 + 2j", "1+ 2j", "1 +2j", "1+2jj", "1+2i", "j1", "1j2", "1+-2j", "--1j", "+-j", "1e", "1e+j",
             "1ej", ".", ".j", "e5j", "nanj", "-nanj", "infinity", "infinit", "nana", "1..2j", "\t\n1j\r\f\v",
             "\u0661+\u0662j", "\u00a01j\u2003", "\uff11\uff12j", "1\u00b2j", "1\x00", "1_0\x00", "(1+2j)\x00", "1e308+1e309j",
             "4.9e-324j", "-0j", "-0-0j", "0-0j", "(-0+0j)"]:
    show(repr(text), lambda: complex(text))

class WithComplex:
    def __complex__(self):
        return 1 + 2j

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

class WithBoth:
    def __complex__(self):
        return 3j
    def __float__(self):
        return 9.0

class BadComplex:
    def __complex__(self):
        return 1.5

class BadFloat:
    def __float__(self):
        return 1

class BadIndex:
    def __index__(self):
        return "x"

class Plain:
    pass

for label, make in [("WithComplex", WithComplex), ("WithFloat", WithFloat), ("WithIndex", WithIndex), ("WithBoth", WithBoth),
                    ("BadComplex", BadComplex), ("BadFloat", BadFloat), ("BadIndex", BadIndex), ("Plain", Plain)]:
    show(label, lambda: complex(make()))
    show(label + ", 1", lambda: complex(make(), 1))
    show("1, " + label, lambda: complex(1, make()))
    show(label + ", 1j", lambda: complex(make(), 1j))
print(complex("1+2j") == 1 + 2j, complex(" 3 ") == 3, complex(5) is not None, complex(1j) == 1j)
print([complex(s) for s in ("1", "1j", "-1", "-1j", "+1.5e-3+2.5e3j")])
print(list(map(complex, ["0", "0j", "-0", "-0j"])))
