# RUN: %difftest %s
# functools.cached_property: computed on first access, then read from the
# instance's __dict__ (deleting it recomputes); the class sees the
# descriptor; one cached_property under two names, or without a name, is
# CPython's TypeError.
import functools


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        """The area, computed once."""
        print("computing area of", self.r)
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
c.r = 10
print(c.area)
del c.area
print(c.area)
d = Circle(1)
print(d.area, c.area)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__, Circle.area.func.__name__)
c.area = "assigned"
print(c.area)

shared = functools.cached_property(lambda self: 1)
try:
    class Twice:
        a = shared
        b = shared
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e.__cause__ if e.__cause__ else e)
loose = functools.cached_property(lambda self: 1)
try:
    loose.__get__(Circle(1))
except TypeError as e:
    print("TypeError:", e)
