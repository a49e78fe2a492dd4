# RUN: %difftest %s
# sys.modules['__main__'] is the program's module: getattr reads a global,
# setattr binds one, delattr unbinds it, dir() lists them; `import __main__`
# and `from __main__ import x` reach it too.
import sys

x = 1
main = sys.modules["__main__"]
print(main is sys.modules[__name__], __name__, main.__name__, type(main).__name__)
print(main.x, getattr(main, "x"), hasattr(main, "nope"), getattr(main, "nope", "dflt"))
setattr(main, "x", 2)
print(x)
main.x += 40
print(x, main.x)


def f():
    return "f"


def use_counter():
    return counter


counter = 0
print(main.f(), main.f is f)
main.counter = 10
print(use_counter(), counter)


def g():
    global counter
    counter += 1
    return sys.modules[__name__].counter


print(g(), g())
main.f = lambda: "replaced"
print(f())


class K:
    pass


print(main.K is K, isinstance(main.K(), K))
later = "bound"
print(getattr(main, "later"))
del main.later
try:
    print(later)
except NameError as e:
    print("NameError", e)
try:
    main.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    del main.later
except AttributeError as e:
    print("AttributeError", e)
names = dir(main)
print([n for n in ("x", "f", "K", "counter", "main", "later", "sys", "__name__") if n in names])
print("__main__" in sys.modules, sorted(k for k in sys.modules if k in ("__main__", "sys")))
for name in ("x", "counter"):
    setattr(sys.modules["__main__"], name, name.upper())
print(x, counter)
import __main__

print(__main__ is main, __main__.x, __main__.counter)
from __main__ import f as imported_f, K as imported_K

print(imported_f(), imported_K is K)
try:
    from __main__ import nothing_here
except ImportError as e:  # (then the file's path in parentheses)
    print("ImportError", str(e).split(" (")[0])
