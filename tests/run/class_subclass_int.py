# RUN: %difftest %s
# Classes deriving from int and float: instances are numbers to every
# operation that takes one (arithmetic, comparison, hashing, indexing,
# range, formatting, int()/float()), which return plain ints and floats;
# overridden dunders are honoured, reflected ones first when the right
# operand's class derives from the left's.

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


class MyInt(int):
    pass


x = MyInt(5)
print(x, repr(x), str(x), type(x).__name__, isinstance(x, int), isinstance(x, MyInt), MyInt.__mro__, MyInt.__bases__)
for label, f in [
    ("add", lambda: x + 1), ("radd", lambda: 1 + x), ("sub", lambda: x - 2), ("rsub", lambda: 10 - x),
    ("mul", lambda: x * 3), ("rmul", lambda: 3 * x), ("truediv", lambda: x / 2), ("rtruediv", lambda: 10 / x),
    ("floordiv", lambda: x // 2), ("rfloordiv", lambda: 11 // x), ("mod", lambda: x % 3), ("rmod", lambda: 12 % x),
    ("pow", lambda: x ** 2), ("rpow", lambda: 2 ** x), ("pow3", lambda: pow(x, 2, 7)), ("divmod", lambda: divmod(x, 2)),
    ("rdivmod", lambda: divmod(17, x)), ("lshift", lambda: x << 2), ("rlshift", lambda: 1 << x), ("rshift", lambda: x >> 1),
    ("and", lambda: x & 3), ("rand", lambda: 6 & x), ("or", lambda: x | 8), ("xor", lambda: x ^ 1), ("rxor", lambda: 1 ^ x),
    ("neg", lambda: -x), ("pos", lambda: +x), ("invert", lambda: ~x), ("abs", lambda: abs(MyInt(-4))),
    ("add float", lambda: x + 0.5), ("radd float", lambda: 0.5 + x), ("add self", lambda: x + x),
    ("int()", lambda: int(x)), ("float()", lambda: float(x)), ("round", lambda: round(x)), ("round2", lambda: round(x, -1)),
    ("real", lambda: x.real), ("imag", lambda: x.imag), ("conjugate", lambda: x.conjugate()),
    ("numerator", lambda: x.numerator), ("denominator", lambda: x.denominator), ("bit_length", lambda: x.bit_length()),
    ("to_bytes", lambda: x.to_bytes(2, "big")), ("from_bytes", lambda: MyInt.from_bytes(b"\x01\x00", "big")),
    ("as_integer_ratio", lambda: x.as_integer_ratio()), ("index", lambda: x.__index__()), ("hash", lambda: hash(x) == hash(5)),
    ("bool", lambda: bool(MyInt(0))), ("bool5", lambda: bool(x)), ("hex", lambda: hex(x)), ("bin", lambda: bin(x)),
    ("oct", lambda: oct(x)), ("chr", lambda: chr(MyInt(65))), ("format d", lambda: format(x, "04d")),
    ("format empty", lambda: format(x, "")), ("fstring", lambda: f"{x} {x:x} {x:>3}"), ("percent", lambda: "%d %s %r %x %5.1f" % (x, x, x, x, x)),
    ("str.format", lambda: "{} {:b}".format(x, x)), ("range", lambda: list(range(x))), ("range2", lambda: list(range(MyInt(1), x, MyInt(2)))),
    ("index list", lambda: [10, 20, 30, 40, 50, 60][x]), ("slice", lambda: "abcdefgh"[MyInt(1):x]), ("mul list", lambda: [0] * MyInt(3)),
    ("mul str", lambda: MyInt(2) * "ab"), ("eq", lambda: x == 5), ("req", lambda: 5 == x), ("lt", lambda: x < 6), ("gt float", lambda: x > 4.5),
    ("dict key", lambda: {5: "five"}[x]), ("in set", lambda: x in {5}), ("sum", lambda: sum([x, MyInt(2)])), ("max", lambda: max(x, 3)),
    ("min", lambda: min([MyInt(3), x])), ("sorted", lambda: sorted([MyInt(3), 1, x])), ("isinstance bool", lambda: isinstance(x, bool)),
    ("int of big", lambda: MyInt(10 ** 30)), ("big add", lambda: MyInt(10 ** 30) + 1), ("big str", lambda: str(MyInt(-10 ** 20))),
    ("big hash", lambda: hash(MyInt(2 ** 70)) == hash(2 ** 70)), ("int base", lambda: MyInt("ff", 16)), ("int str", lambda: MyInt(" 12 ")),
    ("int float", lambda: MyInt(3.9)), ("int bad", lambda: MyInt("x")), ("int none", lambda: MyInt(None)), ("empty", lambda: MyInt()),
    ("from myint", lambda: MyInt(MyInt(7))), ("int from bool", lambda: MyInt(True)),
]:
    show(label, f)
x.unit = "cm"
print(x.unit, vars(x), x + 1)
n = MyInt(3)
n += 1
print(n, type(n).__name__)
n2 = MyInt(3)
n2 *= MyInt(2)
print(n2, type(n2).__name__)


# Constants: a Color(int) with a custom repr.
class Color(int):
    names = {}

    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        cls.names[value] = name
        return obj

    def __repr__(self):
        return f"<Color.{self.name}: {int(self)}>"

    def __str__(self):
        return f"Color.{self.name}"


RED = Color(1, "RED")
GREEN = Color(2, "GREEN")
print(RED, repr(RED), [RED, GREEN], RED + GREEN, RED == 1, RED < GREEN, f"{RED}", f"{RED:d}", "%s %d" % (RED, RED))
print(sorted([GREEN, RED]), {RED: "r"}[1], Color.names, int(GREEN), RED * 10, type(RED * 10).__name__)


# __new__ doubling its value, super().__new__.
class Doubled(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


print(Doubled(4), type(Doubled(4)).__name__, Doubled(4) + 1, Doubled(-1))


# Overridden operators, reflected first for a subclass.
class Meters(int):
    def __add__(self, other):
        return Meters(int(self) + int(other))

    __radd__ = __add__

    def __sub__(self, other):
        return NotImplemented

    def __rsub__(self, other):
        return "rsub"

    def __repr__(self):
        return f"{int(self)}m"

    def __eq__(self, other):
        return "eq!"

    def __lt__(self, other):
        return "lt!"

    def __bool__(self):
        return True

    def __index__(self):
        return 1


m = Meters(3)
print(m + 2, 2 + m, m + m, m - 1, 1 - m, m == 3, 3 == m, m < 1, 1 > m, bool(Meters(0)), sum([m, m]))
print([10, 20, 30][Meters(2)], hex(Meters(255)), list(range(Meters(3))), "%d" % Meters(7), int(Meters(9)))
show("m hash", lambda: hash(m))


class Weird(int):
    def __int__(self):
        return 42

    def __float__(self):
        return 1.5

    def __abs__(self):
        return "abs!"

    def __neg__(self):
        return "neg!"

    def __round__(self, n=None):
        return "round!"

    def __divmod__(self, other):
        return "divmod!"

    def __format__(self, spec):
        return "format:" + spec

    def __str__(self):
        return "str!"


w = Weird(7)
print(int(w), float(w), abs(w), -w, round(w), divmod(w, 2), f"{w:x}", format(w), str(w), repr(w), w + 1, "%d" % w, "%s" % w)


class Base(int):
    def __mul__(self, other):
        return "base mul"


class Derived(Base):
    def __rmul__(self, other):
        return "derived rmul"


print(Base(2) * Derived(3), Derived(3) * Base(2), 2 * Derived(3), Derived(3) * 2)


class Slim(int):
    __slots__ = ()


show("slim attr", lambda: setattr(Slim(1), "x", 1))
try:
    class Bad(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)


# float subclasses.
class MyFloat(float):
    pass


f = MyFloat(2.5)
print(f, repr(f), type(f).__name__, isinstance(f, float), f + 1, type(f + 1).__name__, 1 + f, f * 2, f / 2, f // 1, -f, abs(MyFloat(-1.5)))
print(f == 2.5, 2.5 == f, f < 3, hash(f) == hash(2.5), int(f), float(f), type(float(f)).__name__, round(f), round(f, 1), f"{f:.3f}", "%.2f" % f)
print(f.is_integer(), f.as_integer_ratio(), f.real, type(f.real).__name__, f.hex(), MyFloat("1.25"), MyFloat(3), MyFloat(), bool(MyFloat(0.0)))
print(MyFloat.fromhex("0x1p1"), type(MyFloat.fromhex("0x1p1")).__name__, f ** 2, 2 ** f, divmod(f, 1), f % 1)
f.tag = "t"
print(f.tag)


class Celsius(float):
    def __new__(cls, degrees):
        return super().__new__(cls, round(degrees, 1))

    def __repr__(self):
        return f"{float(self)}°C"

    def to_f(self):
        return self * 9 / 5 + 32

    def __add__(self, other):
        return Celsius(float(self) + other)


c = Celsius(21.456)
print(c, repr(c), c.to_f(), type(c.to_f()).__name__, c + 1, type(c + 1).__name__, 1 + c, type(1 + c).__name__, [c])


class FSlots(float):
    __slots__ = ("unit",)


fs = FSlots(1.5)
fs.unit = "kg"
print(fs, fs.unit, fs * 2)
show("fslots dict", lambda: fs.__dict__)
show("fslots other", lambda: setattr(fs, "other", 1))


# Dunders returning an int subclass's instance: taken as its int.
class H:
    def __hash__(self):
        return MyInt(5)

    def __len__(self):
        return MyInt(3)

    def __index__(self):
        return MyInt(1)


print(hash(H()), len(H()), [1, 2][H()], bool(H()))
