# RUN: %difftest %s
# REQUIRES: gevent
# greenlet(run), greenlet(run, parent) and greenlet(run=..., parent=...):
# constructing a greenlet runs nothing; the first switch() calls run; when
# run returns, its value goes to the parent (the creator's current greenlet
# unless another parent is given), which is where the switch() returns.
from greenlet import greenlet, getcurrent

main = getcurrent()


def work(tag):
    print("run", tag, "starts; parent is main:", getcurrent().parent is main)
    return "result of " + tag


g1 = greenlet(work)
print("g1 built, nothing ran yet")
print("g1.parent is main:", g1.parent is main)
print(g1.switch("g1"))

g2 = greenlet(work, main)
print("g2.parent is main:", g2.parent is main)
print(g2.switch("g2"))

g3 = greenlet(run=work, parent=main)
print(g3.switch("g3"))


def outer():
    # created inside outer: its default parent is outer itself
    inner = greenlet(work)
    print("inner.parent is outer:", inner.parent is getcurrent())
    got = inner.switch("inner")
    print("outer got:", got)
    return "outer done"


print(greenlet(outer).switch())
