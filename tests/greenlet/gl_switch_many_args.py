# RUN: %difftest %s
# REQUIRES: gevent
# switch(a, b, ...) with several positional arguments: the first switch
# passes them to run as separate arguments; later the suspended switch()
# returns them as one tuple. The same rule applies in both directions.
from greenlet import greenlet, getcurrent

main = getcurrent()


def run(a, b, c=30):
    print("run got", a, b, c)
    got = main.switch(1, 2)
    print("child got", repr(got))
    got = main.switch("x", "y", "z")
    print("child got", repr(got))
    return a + b + c


g = greenlet(run)
print("main got", repr(g.switch(10, 20)))
print("main got", repr(g.switch(3, 4)))
print("main got", repr(g.switch(5, 6, 7)))

h = greenlet(run)
print("main got", repr(h.switch(1, 2, 3)))
print("main got", repr(h.switch(None, None)))
print("main got", repr(h.switch(*[8, 9])))
