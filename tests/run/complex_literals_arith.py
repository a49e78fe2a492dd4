# RUN: %difftest %s
# Complex numbers: literals, + - * / ** and unary operators mixed with int
# (small and big), bool, float and complex, comparisons, hash, truth, the
# operators complex refuses, and the builtins that take numbers.
inf, nan = float("inf"), float("nan")
print(1j, 2.5J, 1e3j, 0j, 00j, 1_0j, .5j, 5.j, 1e400j, -1j, -0j, +1j, 1 + 2j, 3 - 4j, -1.5 - 2.25j)
print(1j.real, 2J.imag, 07j, 0_7j, 1.j, .0j, 0e0j, 1E-3J, 9_9.9_9e1_0j, [1j, 2j][1], 1j if 1j else 0, -1j.imag, 3j.conjugate(), -1e400j)
print(type(1j), type(1j).__name__, complex.__name__, complex.__qualname__, complex.__module__, repr(complex))
print(isinstance(1j, complex), isinstance(1.0, complex), isinstance(1, complex), issubclass(complex, object))
z = 3 + 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), (1.5).conjugate(), (7).conjugate(), (2j).real, (-2j).imag)
print(abs(z), abs(-z), abs(1j), abs(complex(-0.0, -0.0)), abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)))
print(-z, +z, -(-0j), -complex(0, -0.0), -complex(inf, nan))

def tryit(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

big = 10 ** 20
huge = 10 ** 400
values = [0, 1, -3, True, False, big, -big, 0.0, -0.0, 2.5, -1e-300, 1e300, inf, -inf, nan,
          0j, -0j, 1j, 1 + 1j, -2.5 + 0.5j, complex(0, -0.0), complex(-0.0, 0.0), complex(1e300, 1e300),
          complex(inf, 1), complex(1, inf), complex(nan, 0), complex(0.1, 0.2), complex(3, 0)]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b)]
for a in values:
    for b in values:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        print(repr(a), repr(b), end=": ")
        out = []
        for name, f in ops:
            try:
                out.append(repr(f(a, b)))
            except Exception as e:
                out.append(f"{type(e).__name__}({e})")
        print(" | ".join(out))

x = 1 + 2j
x += 1
x *= 2j
x -= 0.5
x /= 1 - 1j
print(x)
x **= 2
print(x)
tryit("big +", lambda: 1j + huge)
tryit("big radd", lambda: huge + 1j)
tryit("big *", lambda: huge * 1j)
tryit("big ==", lambda: 1j == huge)
tryit("big == real", lambda: complex(1e300, 0) == huge)
tryit("/0", lambda: (1 + 1j) / 0)
tryit("/0.0", lambda: 1 / 0j)
tryit("/-0j", lambda: 1j / complex(-0.0, -0.0))
tryit("nan/", lambda: 1j / complex(nan, 0))
tryit("inf/", lambda: complex(inf, 1) / (1 + 1j))
tryit("//", lambda: 1j // 2)
tryit("r//", lambda: 2 // 1j)
tryit("%", lambda: 1j % 2)
tryit("r%", lambda: 2.5 % 1j)
tryit("divmod", lambda: divmod(1j, 2))
tryit("rdivmod", lambda: divmod(2, 1j))
tryit("//=", lambda: eval_floordiv_inplace())
tryit("<<", lambda: 1j << 1)
tryit("&", lambda: 1 & 1j)
tryit("@", lambda: 1j @ 1j)
tryit("~", lambda: ~1j)
tryit("seq *", lambda: 1j * [1])
tryit("seq r*", lambda: [1] * 1j)
tryit("str *", lambda: "ab" * 2j)
tryit("str +", lambda: "a" + 1j)
tryit("+ str", lambda: 1j + "a")
tryit("+ None", lambda: 1j + None)
tryit("list +", lambda: [1] + 1j)

def eval_floordiv_inplace():
    v = 1j
    v //= 2
    return v

for a, b in [(1j, 1j), (1 + 0j, 1), (1 + 0j, 1.0), (1 + 0j, True), (0j, 0), (0j, -0.0), (1j, 1), (2 ** 53 + 1 + 0j, 2 ** 53 + 1),
             (complex(2 ** 53), 2 ** 53), (complex(2 ** 53), 2 ** 53 + 1), (complex(1e20), big), (complex(1e20), 10 ** 20 + 1),
             (complex(nan, 0), nan), (complex(1, nan), complex(1, nan)), (1j, "1j"), (1j, None), (1j, [1j])]:
    print(repr(a), repr(b), a == b, b == a, a != b, b != a)
for a, b in [(1j, 2j), (1, 1j), (1j, 1.0), (1j, "x")]:
    for name, f in [("<", lambda p, q: p < q), ("<=", lambda p, q: p <= q), (">", lambda p, q: p > q), (">=", lambda p, q: p >= q)]:
        tryit(f"{a!r} {name} {b!r}", lambda: f(a, b))
tryit("sorted", lambda: sorted([1j, 2j]))
tryit("max", lambda: max(1j, 2))

print(hash(1 + 2j), hash(complex(1.5, -2.25)), hash(complex(-1, 0)), hash(complex(0, -1)), hash(complex(2 ** 62, 1)))
print(hash(complex(inf, -inf)), hash(0j), hash(-0j), hash(1j), hash(complex(1e300, 1e-300)), hash(complex(-1, 1)))
for v in [0, 1, -1, 2.5, -7.25, 2 ** 61, 2 ** 70, 1e100, -1e-10, inf, -inf, True]:
    print(repr(v), hash(complex(v, 0)) == hash(v), hash(complex(v)) == hash(v), hash(v + 0j) == hash(v))
d = {1: "int one", 2.5: "float", 1j: "imag", complex(3, 0): "three"}
d[1 + 0j] = "complex one"
d[3] = "int three"
d[2.5 + 0j] = "complex float"
d[complex(0, 1.0)] = "imag again"
print(d, len(d), d[True], d[3.0], 1j in d, 2j in d, 1.0 + 0j in {1, 2})
print({1j, 1j, 0j, 0, 0.0, -0j, 2 + 0j, 2}, {1, 2j, 3} == {3, 2j, 1}, sorted({0j, 1j}, key=abs))
print(bool(0j), bool(-0j), bool(complex(0, -0.0)), bool(1j), bool(complex(nan, 0)), bool(complex(0, 1e-320)), not 0j, 0j or "empty", 1j and "yes")
if 2j:
    print("2j is true")
while 0j:
    print("never")

print(sum([1j, 2]), sum([0.5, 1j, 2 + 3j]), sum([1j] * 10), sum([], 0j), sum([1, 2], 1j), sum((1e16j, 1, -1e16j)))
print(pow(1j, 2), pow(2, 1j), pow(1 + 1j, 2.0), 2 ** 0.5j, (1j).__complex__(), (1 + 2j).__getnewargs__())
tryit("pow3", lambda: pow(1j, 2, 3))
tryit("pow3 r", lambda: pow(2, 1j, 3))
tryit("pow3 m", lambda: pow(1, 2, 3j))
tryit("pow3 f", lambda: pow(1.5, 2, 3j))
tryit("pow3 int", lambda: pow(2, 3, 5))
tryit("round", lambda: round(1j))
tryit("round2", lambda: round(1 + 1j, 2))
tryit("int", lambda: int(1j))
tryit("float", lambda: float(1j))
tryit("int big", lambda: int(3 + 0j))
tryit("index", lambda: [1, 2][z])
tryit("range", lambda: range(1j))
import math
tryit("math.sqrt(-1)", lambda: math.sqrt(-1))
tryit("math.sqrt(1j)", lambda: math.sqrt(1j))
tryit("math.floor(1j)", lambda: math.floor(1j))
tryit("math.pow", lambda: math.pow(-8, 1 / 3))
tryit("math.isclose", lambda: math.isclose(1j, 1j))
tryit("hex", lambda: hex(1j))
tryit("%f", lambda: "%f" % 1j)
tryit("%d", lambda: "%d" % 1j)
tryit("%x", lambda: "%x" % 1j)
tryit("%s %r", lambda: "%s %r %5s|%-8r|" % (1j, 1 + 2j, 2j, -1j))
tryit("len", lambda: len(1j))
tryit("iter", lambda: iter(1j))
tryit("attr", lambda: (1j).foo)
tryit("setattr", lambda: setattr(1j, "real", 2))
print(getattr(1j, "imag"), hasattr(1j, "conjugate"), hasattr(1j, "__floordiv__"), hasattr(1j, "__divmod__"), callable(complex))
import itertools
print(list(itertools.islice(itertools.count(1j, 0.5 + 1j), 4)), list(itertools.accumulate([1j, 2, 3j])))
print([z * z for z in (1j, 2j, 1 + 1j)], max([1j, 2j, 3 + 4j], key=abs), min(abs(z) for z in [3 + 4j, 1j]))
print(list(map(complex, [1, 2.5, "3+4j", True])), [complex(i, -i) for i in range(3)])
