# RUN: %difftest %s
# Generator expressions are generator objects: next, send(None), throw,
# close, exhaustion, and errors inside them.
g = (x + 1 for x in range(5))
print(type(g).__name__)
print(next(g), g.send(None), g.__next__())
try:
    g.send(1)
    print("send of non-None to a started genexp is allowed; value ignored")
except TypeError as e:
    print("TypeError:", e)
g.close()
print(next(g, "closed genexp is finished"))

g = (x for x in range(3))
try:
    g.send("x")
except TypeError as e:
    print("TypeError:", e)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("throw propagates:", e)
print(list(g))

g = (10 // x for x in [5, 2, 0, 1])
try:
    for v in g:
        print(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g))

it = iter([1, 2, 3])
g = (next(it) for _ in range(10))
try:
    print(list(g))
except RuntimeError as e:
    print("RuntimeError:", e)
