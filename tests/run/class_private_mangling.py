# RUN: %difftest %s
# Private name mangling as CPython's compiler does it: inside class C (and
# what is nested in it) `__x` is `_C__x` for attributes, names, parameters,
# imports and handlers; `__x__`, strings, and keyword names in calls are not.


class A:
    def __init__(self):
        self.__x = "A's"

    def get_a(self):
        return self.__x


class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B's"  # a different attribute than A's

    def get_b(self):
        return self.__x


b = B()
print(b.get_a(), b.get_b())
print(sorted(b.__dict__))
print(hasattr(b, "_A__x"), hasattr(b, "_B__x"), hasattr(b, "__x"))
print(b._A__x, b._B__x)
print(getattr(b, "__x", "no plain __x"))
b._A__x = "changed from outside"
print(b.get_a())


class Counter:
    __count = 0  # class attribute, stored as _Counter__count
    __dunder__ = "not mangled"

    def __bump(self):
        Counter.__count += 1
        return self.__count

    def bump(self):
        return self.__bump()

    def names(self):
        return sorted(k for k in Counter.__dict__ if "count" in k or "bump" in k or "dunder" in k)


c = Counter()
c.bump()
print(c.bump(), Counter._Counter__count, Counter.__dunder__)
print(c.names())
print(Counter._Counter__bump.__name__, Counter._Counter__bump.__qualname__)
try:
    c.__bump()
except AttributeError as e:
    print("AttributeError:", e)


# Leading underscores of the class name are stripped; a name of only
# underscores mangles nothing.
class _Private:
    def __init__(self):
        self.__v = 1


class __Dunder:
    def __init__(self):
        self.__v = 2


class ___:
    def __init__(self):
        self.__v = 3


print(sorted(_Private().__dict__), sorted(__Dunder().__dict__), sorted(___().__dict__))


# Nested classes: the innermost class's name wins; a class named __Inner
# inside Outer is bound as _Outer__Inner, but its __name__ stays.
class Outer:
    class __Inner:
        def __init__(self):
            self.__y = "inner"

        def peek(self):
            return self.__y

    def make(self):
        return self.__Inner()


inner = Outer().make()
print(sorted(inner.__dict__), inner.peek(), type(inner).__name__, type(inner).__qualname__)
print(hasattr(Outer, "_Outer__Inner"), hasattr(Outer, "__Inner"))


# Functions nested in methods and lambdas and comprehensions inside the
# class see the same class name.
class Nest:
    def __init__(self):
        self.__z = 10

    def deep(self):
        def inner():
            return self.__z + 1

        grab = lambda o: o.__z + 2
        return inner(), grab(self), [o.__z for o in (self, self)]


print(Nest().deep())


# Parameters, locals, globals, keyword-only defaults, annotations.
__shared = "module-level __shared"


class Params:
    def m(self, __a, *, __k=3):
        __local = __a + __k
        return __local

    def kw(self, **kw):
        return sorted(kw)

    def call_kw(self):
        return self.kw(__z=1, plain=2)  # keyword names in calls are not mangled

    def call_m(self):
        try:
            return self.m(__a=1)
        except TypeError as e:
            return "TypeError: " + str(e)

    def read_global(self):
        try:
            return __shared
        except NameError as e:
            return "NameError: " + str(e)

    __ann: int = 5
    plain: str


print(Params().m(1), Params().m(1, _Params__k=10))
print(Params.m.__kwdefaults__)
print(Params().call_kw())
print(Params().call_m())
print(Params().read_global())
print(Params.__annotations__)
print(Params._Params__ann)


class Globals:
    global __g
    __g = "set through global"


print(_Globals__g)


class Imports:
    import math as __math
    from math import pi as __pi, tau

    def area(self, r):
        return round(self.__pi * r * r, 3), round(self.__math.sqrt(16))


print(Imports().area(2), sorted(k for k in Imports.__dict__ if "math" in k or "pi" in k or k == "tau"))


class Handler:
    def run(self):
        try:
            raise ValueError("boom")
        except ValueError as __err:
            return repr(__err)


print(Handler().run())


# Deleting and augmenting a private attribute.
class Aug:
    def __init__(self):
        self.__n = 1
        self.__n += 41

    def drop(self):
        del self.__n
        return sorted(self.__dict__)


a = Aug()
print(a._Aug__n, a.drop())


# In f-strings, generator methods, walrus targets, decorators and through super().
def _Tools__deco(f):
    f.decorated = True
    return f


class Tools:
    def __init__(self):
        self.__items = [3, 1, 2]

    def show(self):
        return f"{self.__items!r} {len(self.__items)}"

    def gen(self):
        for __i in sorted(self.__items):
            yield __i * 10

    def walrus(self):
        if (__n := len(self.__items)) > 2:
            return __n
        return -1

    @__deco
    def marked(self):
        return "marked"


t = Tools()
print(t.show(), list(t.gen()), t.walrus(), t.marked(), Tools.marked.decorated)


class Base:
    __secret = "Base's secret"

    def reveal(self):
        return self.__secret


class Derived(Base):
    __secret = "Derived's secret"

    def both(self):
        return self.reveal(), self.__secret, super()._Base__secret


print(Derived().both())
