# RUN: %difftest %s
# REQUIRES: gevent
# g.dead and bool(g) across a greenlet's life: unstarted (not dead, false),
# running (not dead, true), suspended (not dead, true), finished (dead,
# false). A greenlet that ended with an exception is dead too. The main
# greenlet is always alive and true.
from greenlet import greenlet, getcurrent

main = getcurrent()


def state(name, g):
    print(f"{name}: dead={g.dead} bool={bool(g)}")


def run():
    state("running (seen from inside)", getcurrent())
    main.switch()
    state("running again", getcurrent())


g = greenlet(run)
state("unstarted", g)
g.switch()
state("suspended", g)
g.switch()
state("finished", g)


def fails():
    raise RuntimeError("fails")


f = greenlet(fails)
try:
    f.switch()
except RuntimeError:
    pass
state("failed", f)
state("main", main)
