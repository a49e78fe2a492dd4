# RUN: %difftest %s
# collections.namedtuple: the class it makes, its instances as tuples, its
# methods, CPython's errors, and a class statement's subclass of one.
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p))
x, y = p
print(x, y, isinstance(p, tuple), isinstance(p, P), type(p), P, P.__name__, P.__qualname__, P.__module__)
print(p == (1, 2), (1, 2) == p, p != (2, 1), p < (1, 3), hash(p) == hash((1, 2)), p + (3,), (0,) + p, p * 2, 2 * p)
print(1 in p, 5 in p, p.index(2), p.count(1), sorted([P(3, 1), P(1, 2), P(1, 1)]), {p: "v"}[(1, 2)], set([p, (1, 2)]))
print(P._fields, P._field_defaults, P.__match_args__, P.__doc__, P.x, P.y.__doc__, P.__slots__)
print(P._make([3, 4]), P._make(iter("ab")), p._replace(y=5), p._replace(), p._asdict(), type(p._asdict()), p.__getnewargs__())
print(P(y=2, x=1), P(1, y=2), P(*[7, 8]), P(**{"x": 5, "y": 6}))

# field names as a list, with commas, and rename
Q = namedtuple("Q", ["a", "b", "c"])
R = namedtuple("R", "a, b,c")
S = namedtuple("S", "abc def ghi _x abc 1y", rename=True)
T = namedtuple("T", (f for f in ("u", "v")))
print(Q(1, 2, 3), R(4, 5, 6), S._fields, S(1, 2, 3, 4, 5, 6), T._fields, namedtuple("E", "")(), namedtuple("E", [])._fields)

# defaults apply to the last fields
D = namedtuple("D", "a b c", defaults=[20, 30])
print(D(1), D(1, 2), D(1, 2, 3), D(a=0, c=9), D._field_defaults, namedtuple("D2", "a", defaults=iter([5]))())
M = namedtuple("M", "a b", module="shapes")
print(M.__module__, M, M(1, 2))

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# construction errors (P.__new__ is a Python function in CPython)
show(lambda: P(1))
show(lambda: P())
show(lambda: namedtuple("Three", "a b c")())
show(lambda: P(1, 2, 3))
show(lambda: D())
show(lambda: D(1, 2, 3, 4))
show(lambda: P(1, 2, z=3))
show(lambda: P(1, x=2))
show(lambda: P._make([1]))
show(lambda: P._make([1, 2, 3]))
show(lambda: p._replace(z=1, w=2))
show(lambda: p._replace(1))
show(lambda: p[2])
# namedtuple's own validation
show(lambda: namedtuple("A", "x _y"))
show(lambda: namedtuple("A", "x x"))
show(lambda: namedtuple("A", "x def"))
show(lambda: namedtuple("class", "x"))
show(lambda: namedtuple("1A", "x"))
show(lambda: namedtuple("A", "x 1y"))
show(lambda: namedtuple("A", "x y-z"))
show(lambda: namedtuple("A", "x y", defaults=[1, 2, 3]))
show(lambda: namedtuple("A", "x", True))
show(lambda: namedtuple("A"))
show(lambda: namedtuple("A", "x", bogus=1))
show(lambda: namedtuple("A", 5))

# instances are immutable and have no __dict__
def set_x():
    p.x = 5
def del_x():
    del p.x
def set_z():
    p.z = 5
show(set_x)
show(del_x)
show(set_z)
show(lambda: p.__dict__)
show(lambda: p.nope)

# a class statement's subclass: methods, its own repr or P's, an instance dict
class Point(namedtuple("Point", "x y")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

class Labeled(P):
    def __repr__(self):
        return f"<{self.x}:{self.y}>"

pt = Point(3, 4)
print(pt, pt.norm(), pt + Point(1, 1), pt._replace(x=0), type(pt._replace(x=0)).__name__, Point._make((6, 8)).norm())
print(pt == (3, 4), hash(pt) == hash((3, 4)), pt[1], len(pt), list(pt), isinstance(pt, tuple), pt.__dict__, Point.__mro__)
a, b = pt
print(a, b, 4 in pt, pt < (4, 0), pt * 2, tuple(pt), sorted([Point(2, 0), Point(1, 5)]), pt._asdict())
lb = Labeled(5, 6)
print(lb, repr(lb), [lb], lb.x, lb + (7,), Labeled._fields, isinstance(lb, P))
pt.tag = "origin"
print(pt.tag, pt.__dict__)
def set_pt_x():
    pt.x = 10
show(set_pt_x)
show(lambda: Point(1))

print(Point.__match_args__, Labeled.__match_args__)

# the class it makes is mutable, as a class statement's
P.origin = P(0, 0)
P.__module__ = "geometry"
P.describe = lambda self: f"{self.x}/{self.y}"
print(P.origin, p.describe(), P, p.origin)
del P.describe
print(hasattr(p, "describe"))

# the usual idiom: `__slots__ = ()` keeps the subclass without a __dict__
class Slim(namedtuple("Slim", "a b")):
    __slots__ = ()
    def total(self):
        return self.a + self.b
sl = Slim(2, 3)
print(sl, sl.total(), sl._replace(a=10).total(), hasattr(sl, "__dict__"))
def set_slim():
    sl.c = 1
show(set_slim)
show(lambda: sl.__dict__)
class Wider(Slim):
    pass
wi = Wider(1, 1)
wi.note = "has a dict"
print(wi, wi.note, wi.__dict__)
def nonempty():
    class Bad(namedtuple("Base", "a")):
        __slots__ = ("extra",)
show(nonempty)

# the uncaught error: stdout so far, then the exit status
print(P(1, 2, 3))
