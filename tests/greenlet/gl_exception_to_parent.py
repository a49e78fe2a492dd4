# RUN: %difftest %s
# REQUIRES: gevent
# An exception escaping a greenlet's run is raised in its parent, at the
# parent's pending switch(): main catches it with try/except. Through a
# chain grandchild -> child -> main, the child may catch it; if it does
# not, it travels on to main, running the child's finally on the way.
from greenlet import greenlet, getcurrent


def fails(msg):
    print("fails: raising", msg)
    raise ValueError(msg)


g = greenlet(fails)
try:
    g.switch("first")
except ValueError as e:
    print("main caught:", e, "| g dead:", g.dead)


def child(catch):
    gc = greenlet(fails)  # parent: this child
    try:
        gc.switch("from grandchild")
    except ValueError as e:
        if not catch:
            raise
        print("child caught:", e)
        return "child handled it"
    finally:
        print("child finally (catch=%s)" % catch)


print("main got:", greenlet(child).switch(True))
try:
    greenlet(child).switch(False)
except ValueError as e:
    print("main caught:", e)


main = getcurrent()


def grandchild_run():
    main.switch("grandchild paused")
    fails("after its parent died")


def middle_run():
    # the grandchild's parent is this greenlet, which is dead when the
    # grandchild fails: the exception goes to the next live parent, main
    global gc
    gc = greenlet(grandchild_run)
    print("middle got:", gc.switch())
    return "middle returns"


middle = greenlet(middle_run)
print("main got:", middle.switch())
print("main got:", middle.switch("main resumes middle"))
print("grandchild's parent dead:", gc.parent.dead, "grandchild alive:", not gc.dead)
try:
    gc.switch()
except ValueError as e:
    print("main caught:", e)
