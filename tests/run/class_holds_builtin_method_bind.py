# RUN: %difftest %s
# A builtin type's method held by a class checks its instance when it binds
# (CPython's method descriptor __get__), not only when it is called: taking
# `C().m` already raises, and so does getattr; through the class it stays the
# plain descriptor, which checks its first argument. A subclass's instance
# binds and runs it.
class C:
    m = list.append


class L(list):
    m = list.append


try:
    C().m(1)
except TypeError as e:
    print(1, e)
try:
    b = C().m
    print("bound", b)
except TypeError as e:
    print(2, e)
try:
    getattr(C(), "m")
except TypeError as e:
    print(3, e)
print(hasattr(C, "m"), C.m)
x = []
C.m(x, 1)
print(x)
try:
    C.m(C(), 1)
except TypeError as e:
    print(4, e)
try:
    C.m()
except TypeError as e:
    print(5, e)
l = L()
l.m(5)
bm = l.m
bm(6)
print(l, type(l).__name__)


class D:
    g = dict.get
    u = str.upper
    k = dict.keys


for name in ("g", "u", "k"):
    try:
        getattr(D(), name)()
    except TypeError as e:
        print(name, e)


class S(str):
    u = str.upper


print(S("abc").u(), D.u("xyz"))
