# RUN: %difftest %s
# __slots__: instances hold their slots and no __dict__; CPython's errors for
# unset slots, unknown attributes and a missing __dict__; inheritance (slots
# add up, a subclass without __slots__ gets a __dict__ again, "__dict__" as a
# slot), private slot names, and what type.__new__ refuses.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p, p.x, p.y, p.norm2(), Point.__slots__, Point.x, type(Point.x).__name__, hasattr(p, "__dict__"))
p.x = 10
print(p, getattr(p, "y"), hasattr(p, "z"), hasattr(p, "x"))
setattr(p, "y", 20)
print(p)
del p.y
print(hasattr(p, "y"))
show(lambda: p.y)
def del_y():
    del p.y
def set_z():
    p.z = 1
def set_method():
    p.norm2 = None
show(del_y)
show(set_z)
show(set_method)
show(lambda: p.__dict__)
show(lambda: vars(p))
show(lambda: delattr(p, "z"))
p.y = 7
print(p, p.norm2())

class Empty:
    __slots__ = ()
e = Empty()
show(lambda: e.__dict__)
def set_e():
    e.a = 1
show(set_e)

# slots add up down the hierarchy
class Point3(Point):
    __slots__ = "z"
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q, q.z, q.norm2(), Point3.__slots__, isinstance(q, Point))
show(lambda: q.__dict__)
def set_q():
    q.w = 4
show(set_q)
show(lambda: Point3.__new__(Point3).z)

class Still(Point3):
    __slots__ = ()
print(Still(1, 1, 1).z, hasattr(Still(0, 0, 0), "__dict__"))

# a subclass without __slots__ has a __dict__ again
class Loose(Point):
    pass
lo = Loose(5, 6)
lo.extra = "yes"
print(lo, lo.extra, lo.__dict__, lo.x)
show(lambda: Loose.__new__(Loose).x)

# "__dict__" among the slots, private names mangled
class Both:
    __slots__ = ("a", "__dict__", "__secret")
    def __init__(self):
        self.a = 1
        self.__secret = 2
        self.b = 3
    def secret(self):
        return self.__secret
bo = Both()
print(bo.a, bo.b, bo.__dict__, bo.secret(), bo._Both__secret, hasattr(Both, "_Both__secret"))

# a list of names; the class attribute is whatever the body bound
class Listed:
    __slots__ = ["one", "two"]
li = Listed()
li.one = 1
print(li.one, Listed.__slots__, type(Listed.__slots__).__name__)
show(lambda: li.two)

# what type.__new__ refuses
def conflict():
    class C:
        __slots__ = ("a",)
        a = 1
def not_identifier():
    class C:
        __slots__ = ("1a",)
def not_str():
    class C:
        __slots__ = (1,)
def layout():
    class A:
        __slots__ = "a"
    class B:
        __slots__ = "b"
    class AB(A, B):
        pass
show(conflict)
show(not_identifier)
show(not_str)
show(layout)

# the uncaught error: stdout so far, then the exit status
print(Point(1, 2).nope)
