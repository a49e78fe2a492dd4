# RUN: %difftest %s
# Inheritance, overriding, super(), multiple inheritance and the MRO.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    def speak(self):
        return "Meow"

for pet in [Animal("thing"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(pet.intro())
print(Puppy("x", 2).age)
print(isinstance(Puppy("p", 1), Animal), isinstance(Cat("c"), Dog))
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy), issubclass(Cat, (Dog, Animal)))
print([c.__name__ for c in Puppy.__mro__])

class A:
    def who(self):
        return ["A"]

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__])

class Base:
    greeting = "hello"
    def __init__(self):
        self.log = ["Base"]

class Middle(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Middle")

class Leaf(Middle):
    greeting = "hi"
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")

leaf = Leaf()
print(leaf.log, leaf.greeting, Middle.greeting)
print(Leaf.__bases__[0].__name__, type(leaf).__name__)
