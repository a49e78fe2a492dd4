# RUN: %difftest %s
# The same method call in a loop, while what it names changes between the
# calls: the class's method replaced, an instance attribute shadowing it
# and deleted again, a base class's method replaced under a subclass that
# inherits it, __getattribute__ added to the class, the method deleted, and
# the same call made on objects of alternating types.


class Base:
    def greet(self):
        return "base"


class Child(Base):
    pass


def new_greet(self):
    return "replaced"


def base_again(self):
    return "base again"


def spy(self, name):
    if name == "greet":
        return lambda: "through __getattribute__"
    return object.__getattribute__(self, name)


child = Child()
for step in range(9):
    if step == 1:
        Child.greet = new_greet
    elif step == 2:
        child.greet = lambda: "instance attribute"
    elif step == 3:
        del child.greet
    elif step == 4:
        del Child.greet
        Base.greet = base_again
    elif step == 5:
        Child.__getattribute__ = spy
    elif step == 6:
        del Child.__getattribute__
    elif step == 7:
        del Base.greet
    try:
        print(step, child.greet())
    except AttributeError as e:
        print(step, "AttributeError:", e)


class Other:
    def greet(self):
        return "other"


for obj in [Child(), Other(), Base(), Other()]:
    try:
        print(type(obj).__name__, obj.greet())
    except AttributeError as e:
        print(type(obj).__name__, "AttributeError:", e)

for x in [[], "ab", [1], (2,), "b"]:
    first = x[0] if x else None
    print(type(x).__name__, x.count(first), x.index(first) if x else None)
