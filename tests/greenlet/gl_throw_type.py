# RUN: %difftest %s
# REQUIRES: gevent
# g.throw(ExcType): the exception (an instance made from the class, with no
# arguments) is raised at the switch() where g is suspended; if g catches
# it and returns, the return value goes to the thrower (g's parent).
# If g does not catch it, it propagates out of g into the parent.
from greenlet import greenlet, getcurrent

main = getcurrent()


def catcher():
    try:
        main.switch("suspended")
    except KeyError as e:
        print("catcher caught", type(e).__name__, e.args)
        return "catcher returned"


def non_catcher():
    try:
        main.switch("suspended")
    finally:
        print("non_catcher finally runs")
    print("never")


g = greenlet(catcher)
print(g.switch())
print("throw returned", g.throw(KeyError))
print("dead:", g.dead)

h = greenlet(non_catcher)
print(h.switch())
try:
    h.throw(IndexError)
except IndexError as e:
    print("main caught", type(e).__name__, e.args)
print("dead:", h.dead)
