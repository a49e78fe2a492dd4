# RUN: %difftest %s
# REQUIRES: gevent
# A parent chain may not contain a cycle: making a greenlet its own parent,
# or the parent of one of its ancestors, raises ValueError('cyclic parent
# chain') and leaves the parents unchanged. The main greenlet's parent
# cannot be set at all (AttributeError).
from greenlet import greenlet, getcurrent

main = getcurrent()
a = greenlet(lambda: "a")
b = greenlet(lambda: "b", parent=a)
c = greenlet(lambda: "c", parent=b)

for target, new_parent, label in [(a, a, "a.parent = a"),
                                  (a, b, "a.parent = b"),
                                  (a, c, "a.parent = c"),
                                  (b, c, "b.parent = c")]:
    try:
        target.parent = new_parent
        print(label, "accepted")
    except ValueError as e:
        print(label, "->", type(e).__name__, e)

print("a.parent is main:", a.parent is main)
print("b.parent is a:", b.parent is a, "c.parent is b:", c.parent is b)
try:
    main.parent = a
except AttributeError as e:
    print("main.parent = a -> AttributeError:", e)
c.parent = main
print("c.parent = main accepted:", c.parent is main)
print(c.switch())
