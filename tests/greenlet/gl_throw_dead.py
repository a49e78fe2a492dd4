# RUN: %difftest %s
# REQUIRES: gevent
# throw() into a dead greenlet: the exception is raised in the dead
# greenlet's first live parent. From main, with main as parent, it is
# raised right back in main; with a live, suspended parent, that parent
# receives it at its pending switch.
from greenlet import greenlet, getcurrent

main = getcurrent()
d = greenlet(lambda: "done")
print(d.switch(), "dead:", d.dead)
try:
    d.throw(ValueError("into the dead"))
except ValueError as e:
    print("main caught:", e)
print("throw() (GreenletExit) into the dead returns:", repr(d.throw()))


def guardian():
    while True:
        try:
            main.switch("guardian waiting")
        except Exception as e:
            print("guardian caught", type(e).__name__, e)


gd = greenlet(guardian)
print(gd.switch())
child = greenlet(lambda: "child finished", parent=gd)
print("main got", child.switch())  # child's result resumes guardian normally
print("child dead:", child.dead)
print("main got", child.throw(KeyError("for the guardian")))
print("main got", child.throw(IndexError))
