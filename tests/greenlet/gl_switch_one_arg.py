# RUN: %difftest %s
# REQUIRES: gevent
# switch(x) with one positional argument: run(x) on the first switch; later
# the suspended switch() returns x itself (not a 1-tuple), whatever x is:
# None, a tuple, a list, a string.
from greenlet import greenlet, getcurrent

main = getcurrent()


def run(first):
    print("run got", repr(first))
    value = main.switch("from child")
    while value != "stop":
        print("child got", repr(value), type(value).__name__)
        value = main.switch(value)
    return "stopped"


g = greenlet(run)
print("main got", repr(g.switch(1)))
for v in [None, (1, 2), (), [3], "text", 0, (None,)]:
    print("main got back", repr(g.switch(v)))
print("main got", repr(g.switch("stop")))
