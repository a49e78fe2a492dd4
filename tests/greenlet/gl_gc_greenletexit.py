# RUN: %difftest %s
# REQUIRES: gevent
# A suspended greenlet that loses its last reference (del g, rebinding, a
# list pop) is killed at once: GreenletExit is raised at its pending switch
# and its except/finally run before `del` returns; its return value is
# dropped. Unstarted or finished greenlets die silently.
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()


def worker(tag):
    try:
        print(tag, "suspending")
        main.switch()
        print(tag, "never resumed")
    except GreenletExit as e:
        print(tag, "got", type(e).__name__, "| parent is main:",
              getcurrent().parent is main)
        raise
    finally:
        print(tag, "finally")


g = greenlet(worker)
g.switch("a")
print("del g")
del g
print("after del")

g = greenlet(worker)
g.switch("b")
print("rebinding g")
g = None
print("after rebinding")


def returns_on_exit():
    try:
        main.switch()
    except GreenletExit:
        print("c caught GreenletExit and returns a value")
        return "dropped"


c = greenlet(returns_on_exit)
c.switch()
del c
print("after del c")

u = greenlet(worker)
del u
print("unstarted deleted: nothing printed")
d = greenlet(lambda: None)
d.switch()
del d
print("finished deleted: nothing printed")

# a list holding suspended greenlets: each pop drops the last reference
gs = [greenlet(worker) for _ in range(3)]
for i, x in enumerate(gs):
    x.switch(f"list[{i}]")
del x
while gs:
    print("popping the first one")
    gs.pop(0)
print("end")
