# RUN: %difftest %s
# REQUIRES: gevent
# throw() into a greenlet that never started: run is never called, the
# greenlet is dead afterwards, and the exception is raised in its parent
# (here main). throw() with no argument throws GreenletExit, which a dead
# greenlet "returns": main gets the GreenletExit instance as the value.
from greenlet import greenlet, GreenletExit


def run():
    print("run should never print")
    return "never"


g = greenlet(run)
print("dead before:", g.dead, "bool:", bool(g))
try:
    g.throw(ValueError("into unstarted"))
except ValueError as e:
    print("main caught", repr(e))
print("dead after:", g.dead, "bool:", bool(g))

g = greenlet(run)
r = g.throw()
print("throw() returned", type(r).__name__, isinstance(r, GreenletExit), r.args)
print("dead after:", g.dead)

g = greenlet(run)
r = g.throw(GreenletExit("custom exit"))
print("throw(GreenletExit(...)) returned", repr(r))
