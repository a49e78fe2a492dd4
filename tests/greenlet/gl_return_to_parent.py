# RUN: %difftest %s
# REQUIRES: gevent
# A greenlet's return value is delivered to its parent, as the value of the
# parent's pending switch() -- even when another greenlet made the last
# switch into it. Returning nothing delivers None; the greenlet is then dead.
from greenlet import greenlet, getcurrent

main = getcurrent()


def returns_value(n):
    print("returns_value running with", n)
    return n * 10


def returns_nothing():
    print("returns_nothing running")


g = greenlet(returns_value)
print("main got", g.switch(4), "dead:", g.dead)
g = greenlet(returns_nothing)
print("main got", g.switch(), "dead:", g.dead)

# child is started by a sibling, but its parent is main: child's return
# value arrives at main's switch into the sibling.
def child_run():
    print("child running, switching back to main")
    v = main.switch("child paused")
    print("child resumed with", v)
    return "child's return value"


child = greenlet(child_run)


def sibling_run():
    print("sibling starts child")
    r = child.switch()
    print("sibling never gets", r)


sibling = greenlet(sibling_run)
print("main got", sibling.switch())
print("main resumes child directly")
print("main got", child.switch("go"))
print("child dead:", child.dead, "sibling dead:", sibling.dead)
