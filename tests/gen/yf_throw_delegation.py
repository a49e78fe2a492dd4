# RUN: %difftest %s
# throw() through yield from: the delegate sees the exception first; if it
# handles it, its next value comes back; if not, the exception surfaces at
# the outer generator's `yield from`.
def inner():
    n = 0
    while True:
        try:
            yield f"inner {n}"
        except ValueError as e:
            print("  inner handled", e)
        except KeyError:
            print("  inner finishing on KeyError")
            return "inner result"
        n += 1

def outer():
    while True:
        try:
            r = yield from inner()
            print("  outer: inner returned", r)
            yield "outer after inner"
        except TypeError as e:
            print("  outer handled", e)
            yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(g.throw(TypeError("t1")))
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(ValueError("v2")))
try:
    g.throw(OSError("nobody handles this"))
except OSError as e:
    print("OSError escaped:", e)
print(next(g, "outer finished"))

def deep(level):
    if level == 0:
        try:
            yield "bottom"
        except ZeroDivisionError:
            print("  bottom handled at level 0")
            yield "bottom again"
    else:
        try:
            yield from deep(level - 1)
        finally:
            print("  unwinding level", level)

d = deep(3)
print(next(d))
print(d.throw(ZeroDivisionError))
print(list(d))
