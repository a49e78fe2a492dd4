# RUN: %difftest %s
# REQUIRES: gevent
# parent must be a greenlet: assigning an int, None or a string to .parent,
# or passing one to the constructor, raises TypeError (greenlet 2.0 says
# "GreenletChecker: Expected any type of greenlet, not <type>"); a
# greenlet subclass instance is accepted.
from greenlet import greenlet, getcurrent

g = greenlet(lambda: "g ran")
for bad in [5, None, "main", object]:
    try:
        g.parent = bad
        print("accepted", bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    greenlet(lambda: None, 42)
except TypeError as e:
    print("constructor TypeError:", e)


class Sub(greenlet):
    pass


s = Sub(lambda: "sub ran")
g.parent = s
print("subclass parent accepted:", g.parent is s)
g.parent = getcurrent()
print(g.switch())
