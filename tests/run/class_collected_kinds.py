# RUN: %difftest %s
# Every kind of class made at run time is freed with its last reference:
# subclasses of the builtin types (their instances are the builtin's
# objects), of exceptions (raised and caught), of a namedtuple, classes with
# __slots__ (member descriptors name their class), properties, classmethods,
# staticmethods, functools.lru_cache and cached_property methods (a cache
# that holds the instances), and gc.collect() counts what it frees as
# CPython does (a class is its type, dict, __mro__ and __bases__ tuples and
# the getset descriptors type.__new__ adds).
import functools
import gc
from collections import namedtuple

freed = []


class Mark:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        freed.append(self.name)


def report(what):
    gc.collect()
    print(what, len(freed))
    freed.clear()


Point = namedtuple("Point", "x y")


def builtin_subclasses(i):
    class L(list):
        mark = Mark("list")

        def total(self):
            return sum(self)

    class D(dict):
        mark = Mark("dict")

        def __missing__(self, key):
            return key * 2

    class S(str):
        mark = Mark("str")

        def shout(self):
            return self.upper() + "!"

    class I(int):
        mark = Mark("int")

        def double(self):
            return self * 2

    class F(float):
        mark = Mark("float")

    class T(tuple):
        mark = Mark("tuple")

    class Fs(frozenset):
        mark = Mark("frozenset")

    class P(Point):
        mark = Mark("namedtuple")

        def norm1(self):
            return abs(self.x) + abs(self.y)

    out = (L([i, 1]).total(), D()[i], S("a").shout(), I(i).double(), F(0.5) + i, len(T((1, 2))),
           len(Fs({i})), P(i, -1).norm1())
    d = D(a=1)
    d.me = d
    return out


for i in range(300):
    r = builtin_subclasses(i)
print(r)
report("builtin subclasses")


def exceptions(i):
    class Failure(Exception):
        mark = Mark("exc")

        def __init__(self, n):
            super().__init__(f"failure {n}")
            self.n = n

    class Worse(Failure):
        pass

    try:
        raise Worse(i)
    except Failure as e:
        return str(e), type(e).__name__, e.n


for i in range(300):
    r = exceptions(i)
print(r)
report("exceptions")


def slotted(i):
    class P:
        __slots__ = ("x", "y")
        mark = Mark("slots")

        def __init__(self, x, y):
            self.x, self.y = x, y

    class Q(P):
        __slots__ = ("z",)

    q = Q(i, 2)
    q.z = 3
    return q.x + q.y + q.z, repr(P.x), repr(Q.z)


for i in range(300):
    r = slotted(i)
print(r)
report("slots")

member = None


def keep_member():
    global member

    class M:
        __slots__ = ("v",)
        mark = Mark("member kept")

    member = M.v  # the descriptor keeps its class


keep_member()
gc.collect()
print(freed, repr(member))
member = None
report("member descriptor dropped")


def descriptors(i):
    class W:
        mark = Mark("descriptors")

        def __init__(self):
            self.calls = 0

        @property
        def p(self):
            return i

        @classmethod
        def c(cls):
            return cls.__name__

        @staticmethod
        def s():
            return i + 1

        def count(self, n):
            self.calls += 1
            return n + i

        # (read from the class: a cache that holds the instances)
        cached = functools.lru_cache(maxsize=None)(count)

        @functools.cached_property
        def once(self):
            return [i]

    w = W()
    return w.p, W.c(), w.s(), W.cached(w, 1), W.cached(w, 1), w.calls, w.once is w.once


for i in range(300):
    r = descriptors(i)
print(r)
report("descriptors and caches")


# type(name, bases, dict) makes classes too.
def dynamic(i):
    base = type("Base", (), {"mark": Mark("type()"), "get": lambda self: i})
    sub = type("Sub", (base,), {"twice": lambda self: 2 * self.get()})
    return sub().twice()


for i in range(300):
    r = dynamic(i)
print(r)
report("type()")


# gc.collect()'s count when classes are garbage.
def counted(make):
    make()
    print(make.__name__, gc.collect())


def plain():
    class A:
        pass


def method():
    class A:
        def m(self):
            return 1


def subclass():
    class A:
        pass

    class B(A):
        pass


def with_super():
    class A:
        def m(self):
            return super().m()


def exception():
    class A(Exception):
        pass


def int_subclass():
    class A(int):
        pass


def list_subclass():
    class A(list):
        pass


def set_subclass():
    class A(set):
        pass


def tuple_subclass():
    class A(tuple):
        pass


def str_subclass():
    class A(str):
        pass


def slots_with_dict():
    class A:
        __slots__ = ("x", "__dict__")


def empty_slots():
    class A:
        __slots__ = ()

    class B(A):
        pass


def holds_list():
    class A:
        x = []


def holds_tuple():
    class A:
        x = (1, 2)


def wrappers():
    class A:
        @property
        def p(self):
            return 1

        @classmethod
        def c(cls):
            return 1

        @staticmethod
        def s():
            return 1


def with_instance_cycle():
    class A:
        pass

    a = A()
    a.me = a


gc.collect()
for make in (plain, method, subclass, with_super, exception, int_subclass, list_subclass, set_subclass,
             tuple_subclass, str_subclass, slots_with_dict, empty_slots, holds_list, holds_tuple, wrappers,
             with_instance_cycle):
    counted(make)
