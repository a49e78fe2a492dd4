# RUN: %difftest %s
# Classes: __init__, methods, class attributes versus instance attributes.
class Dog:
    species = "Canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def describe(self):
        return f"{self.name} is {self.age} years old and knows {len(self.tricks)} tricks"

    def birthday(self):
        self.age += 1

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
rex.add_trick("sit").add_trick("roll over")
fido.birthday()
print(rex.describe())
print(fido.describe())
print(rex.tricks, fido.tricks)
print(Dog.count, rex.count, fido.species)
rex.species = "wolf?"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
Dog.species = "dog"
print(rex.species, fido.species)

class Empty:
    pass

e = Empty()
e.x = 1
e.y = "two"
print(e.x, e.y, hasattr(e, "z"), getattr(e, "z", "default"))
setattr(e, "z", 3.5)
print(e.z, type(e).__name__, isinstance(e, Empty))

class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def as_tuple(self):
        return (self.x, self.y)

p = Point(1, 2).move(3, 4).move(-1, 0)
print(p.as_tuple(), Point().as_tuple())
method = p.move
print(method(10, 10).as_tuple())
print(Point.move(p, 1, 1).as_tuple())
print(Dog.__name__, type(rex) is Dog, type(Dog).__name__)
