# RUN: %difftest %s
# REQUIRES: gevent
# g.throw(type, value[, None]): the value becomes the exception's argument
# (an instance of the type is raised as is). An instance plus a value, or
# a non-exception, is a TypeError raised in the thrower, and g stays
# suspended and can be resumed.
from greenlet import greenlet, getcurrent

main = getcurrent()


def worker():
    while True:
        try:
            main.switch("ready")
        except Exception as e:
            print("worker caught", type(e).__name__, e.args)


g = greenlet(worker)
print(g.switch())
print(g.throw(ValueError, "the value"))
print(g.throw(ValueError, ("a", "tuple")))
print(g.throw(ValueError, ValueError("already an instance")))
print(g.throw(KeyError, "k", None))
for bad in [(ValueError("x"), "y"), (1,), ("text",)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError in main:", e)
print("still alive:", not g.dead)
print(g.switch())
