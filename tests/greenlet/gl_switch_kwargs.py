# RUN: %difftest %s
# REQUIRES: gevent
# switch with keywords (greenlet 2.0): the first switch calls run(*args,
# **kwargs); later, keywords alone arrive as a dict, keywords with
# positionals as the pair (args_tuple, kwargs_dict); both directions.
from greenlet import greenlet, getcurrent

main = getcurrent()


def run(a, b=2, **extra):
    print("run got", a, b, sorted(extra.items()))
    got = main.switch(k=1)
    print("child got", repr(got))
    got = main.switch(1, k=2)
    print("child got", repr(got))
    got = main.switch(1, 2, k=3, j=4)
    print("child got", repr(got))
    return "done"


g = greenlet(run)
print("main got", repr(g.switch(1, b=5, c=6)))
print("main got", repr(g.switch(x=1)))
print("main got", repr(g.switch(7, x=2)))
print("main got", repr(g.switch(7, 8, x=3, y=4)))

h = greenlet(run)
print("main got", repr(h.switch(a="only keywords")))
r = h.switch(z=26)
print("main got", type(r).__name__, r)
args, kwargs = h.switch((1, 2), k={"nested": True})
print("unpacked", args, kwargs)
print("main got", repr(h.switch()))
