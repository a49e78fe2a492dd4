# RUN: %difftest %s
# Classes made at run time are ordinary objects, freed as CPython frees
# them: a class made by each call of a function, or by a class statement
# in a loop's body, goes with its last instance and its last name (the
# collector frees the cycles a class is in: its methods' __class__ cell,
# an instance it holds, a subclass that names it); a class its instances
# alone keep alive still works; __del__ of an instance of a class being
# collected runs first, with its class whole (PEP 442).
import gc

freed = []


class Mark:
    """A class attribute that notes when its class's dict is freed."""

    def __init__(self, name):
        self.name = name

    def __del__(self):
        freed.append(self.name)


def report(what):
    gc.collect()
    print(what, len(freed), sorted(freed)[:3])
    freed.clear()


# A class per call, one instance and one method call each.
def make(i):
    class A:
        mark = Mark(f"A{i:04}")

        def get(self):
            return i

    return A


total = 0
for i in range(1000):
    total += make(i)().get()
print(total)
report("made by calls")

# A class statement in the loop's body: each iteration rebinds the name.
for i in range(1000):

    class B:
        mark = Mark(f"B{i:04}")

        def __init__(self, n):
            self.n = n

        def twice(self):
            return 2 * self.n

    total += B(i).twice()
del B
print(total)
report("made in the loop")


# Cycles a class is in: super() (the __class__ cell), an instance stored on
# the class, the class in its own dict, a subclass stored on its base, a
# closure made in a method that names the class.
def cycles(i):
    class Base:
        mark = Mark(f"Base{i}")

        def hello(self):
            return "base"

    class Child(Base):
        mark = Mark(f"Child{i}")

        def hello(self):
            return "child of " + super().hello()

    Base.sub = Child
    Child.me = Child
    Child.one = Child()

    def later():
        return Child

    Child.later = staticmethod(later)
    return Child.one.hello()


for i in range(3):
    print(cycles(i))
report("cycles")


# Kept alive by its instance alone.
def lonely():
    class Lonely:
        mark = Mark("Lonely")

        def hello(self):
            return "hello from " + type(self).__qualname__

    return Lonely()


obj = lonely()
gc.collect()
print(obj.hello(), freed)
again = type(obj)()
print(again.hello(), type(again) is type(obj), isinstance(again, type(obj)))
del obj, again
report("lonely")


# __del__ on the instances of a class being collected: it runs before
# anything is cleared, its class and the class's methods intact.
def finalised(i):
    class F:
        mark = Mark(f"F{i}")

        def describe(self):
            return f"{type(self).__name__} #{self.n}"

        def __del__(self):
            print("__del__", self.describe(), F.mark.name)

    f = F()
    f.n = i
    f.me = f
    F.keep = f


for i in range(3):
    finalised(i)
report("finalised")

# A finaliser that resurrects its instance keeps its class too.
saved = []


def resurrecting():
    class R:
        mark = Mark("R")

        def __del__(self):
            saved.append(self)

        def what(self):
            return "still here"

    r = R()
    r.me = r


resurrecting()
gc.collect()
print(freed, saved[0].what(), type(saved[0]).__name__)
saved.clear()
report("resurrected, then gone")
