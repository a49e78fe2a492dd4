# RUN: %difftest %s
# Dunders and attributes through inheritance: inherited __repr__/__eq__,
# overriding one of them, super().__repr__(), explicit Base.method(self).
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return type(self) is type(other) and self.name == other.name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name}: {self.sides} sides, area {self.area():.2f}"

class Square(Shape):
    sides = 4
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2

class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def __str__(self):
        return "a circle of radius " + str(self.r)

class Cube(Square):
    def __repr__(self):
        return "Cube<" + super().__repr__() + ">"
    def area(self):
        return 6 * Square.area(self)

shapes = [Shape("blob"), Square(3), Circle(1.5), Cube(2)]
for s in shapes:
    print(repr(s), "|", str(s), "|", s.describe())
print(shapes)
print(Square(3) == Square(4), Square(3) == Cube(3), Circle(1) == Circle(2), Shape("x") != Shape("x"))
print(Cube.sides, Circle.sides, Cube(1).sides, [type(s).__name__ for s in shapes])
Shape.sides = -1
print(Circle.sides, Square.sides, Circle(2).describe())
print(hasattr(Cube, "area"), isinstance(Cube(1), Square), Cube.__mro__[1].__name__)

class Base:
    def __init__(self):
        self.trace = ["Base.__init__"]
    def hello(self):
        return "Base.hello"

class NoInit(Base):
    def hello(self):
        return "NoInit.hello -> " + super().hello()

n = NoInit()
print(n.trace, n.hello(), Base.hello(n))
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"O{self.v}"
class Reverse(Ordered):
    def __lt__(self, other):
        return self.v > other.v
print(sorted([Ordered(2), Ordered(1), Ordered(3)]), sorted([Reverse(2), Reverse(1), Reverse(3)]))
