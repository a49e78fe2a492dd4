# RUN: %difftest %s
# REQUIRES: gevent
# Switching to the greenlet that is already running returns at once with the
# switch's own arguments (by the usual rules: () for none, the value for
# one, a tuple for several, a dict for keywords); throw() at the running
# greenlet raises right there. Works in main and in a child.
from greenlet import greenlet, getcurrent

main = getcurrent()
print(repr(main.switch()))
print(repr(main.switch("one")))
print(repr(main.switch(1, 2)))
print(repr(main.switch(k=1)))
try:
    main.throw(ValueError("thrown at myself"))
except ValueError as e:
    print("main caught:", e)


def child():
    me = getcurrent()
    print("child self-switch:", repr(me.switch("echo")))
    try:
        me.throw(KeyError, "self")
    except KeyError as e:
        print("child caught:", repr(e))
    return "child done"


print(greenlet(child).switch())
