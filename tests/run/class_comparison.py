# RUN: %difftest %s
# Rich comparison dunders, __hash__ with __eq__, sorting and dict/set membership.
class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])

    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __hash__(self):
        return hash(self.parts)

a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a == c, a != b, a < b, a <= c, b > a, b >= b, a == "1.2.0")
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2")]))
print(max([a, b]), min([a, b]))
print(len({a, b, c}), a in {c: 1}, {a: "first", c: "second"})
print(a is c, a == c)

class Loose:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("Loose.__eq__ called")
        return self.n == getattr(other, "n", other)

print(Loose(3) == 3, 3 == Loose(3))
print(Loose(1) != Loose(2))
try:
    hash(Loose(1))
except TypeError as e:
    print("TypeError:", e)

class Weird:
    def __lt__(self, other):
        print("Weird.__lt__")
        return True

w = Weird()
print(w < 1, 1 > w)
try:
    print(w > 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Version("1") < 3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print((1, "b") < (1, "c"), [1, 2] < [1, 2, 0], "abc" < "abd", 2 < 2.5)
