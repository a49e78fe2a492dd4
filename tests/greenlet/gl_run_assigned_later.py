# RUN: %difftest %s
# REQUIRES: gevent
# run assigned after greenlet(): the last one set is called. No run at all:
# switch raises AttributeError 'run' (the greenlet stays unstarted). After
# the start, setting run raises AttributeError 'run cannot be set after the
# start of the greenlet' and reading it AttributeError 'run'.
from greenlet import greenlet, getcurrent

main = getcurrent()

g = greenlet()
g.run = lambda: "first run"
g.run = lambda *a: ("second run", a)
print(g.switch(1, 2))

empty = greenlet()
try:
    empty.switch()
except AttributeError as e:
    print("AttributeError:", e)
print("empty dead:", empty.dead)


def pausing():
    main.switch("paused")
    return "finished"


p = greenlet()
p.run = pausing
print(p.switch())
for when in ("suspended", "finished"):
    try:
        p.run = lambda: None
    except AttributeError as e:
        print(when, "set: AttributeError:", e)
    try:
        p.run
    except AttributeError as e:
        print(when, "get: AttributeError:", e)
    if when == "suspended":
        print(p.switch())
