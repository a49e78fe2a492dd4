# RUN: %difftest %s
# REQUIRES: gevent
# g.gr_frame is None before the greenlet starts and after it ends; it is a
# frame (not None) while the greenlet is suspended, at any depth; it is None
# for the greenlet that is running (its frame is live, not saved),
# including main. Only `is None` is printed, never the frame itself.
from greenlet import greenlet, getcurrent

main = getcurrent()


def inner():
    main.switch("suspended two calls deep")
    return "inner done"


def outer():
    print("running: own gr_frame is None:", getcurrent().gr_frame is None)
    r = inner()
    main.switch("suspended in outer")
    return r


g = greenlet(outer)
print("unstarted: gr_frame is None:", g.gr_frame is None)
print(g.switch())
print("suspended: gr_frame is None:", g.gr_frame is None)
print(g.switch())
print("suspended: gr_frame is None:", g.gr_frame is None)
print(g.switch())
print("dead: gr_frame is None:", g.gr_frame is None)
print("main: gr_frame is None:", main.gr_frame is None)

f = greenlet(lambda: 1 / 0)
try:
    f.switch()
except ZeroDivisionError:
    print("failed greenlet: gr_frame is None:", f.gr_frame is None)
