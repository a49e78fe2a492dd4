# RUN: %difftest %s
# REQUIRES: gevent
# Assigning g.parent redirects where g's return value (and any exception
# escaping g) goes. Here a collector greenlet becomes the parent of several
# workers: each worker's result resumes the collector, not main. Setting the
# parent back to main while suspended also works.
from greenlet import greenlet, getcurrent

main = getcurrent()


def collector():
    got = []
    while len(got) < 3:
        got.append(main.switch("collector waiting"))
        print("collector received", got[-1])
    return got


def worker(n):
    return n * n


col = greenlet(collector)
print(col.switch())
for n in (2, 3, 4):
    w = greenlet(worker)
    w.parent = col
    print("worker parent is collector:", w.parent is col)
    r = w.switch(n)
    print("main got", r)


def failing():
    raise ValueError("to the new parent")


def catcher():
    try:
        main.switch("catcher waiting")
    except ValueError as e:
        print("catcher caught", e)
        return "catcher done"


c = greenlet(catcher)
print(c.switch())
f = greenlet(failing, parent=c)
print("main got", f.switch())

# re-parent a suspended greenlet back to main
def pauser():
    main.switch("pauser paused")
    return "pauser result"


p = greenlet(pauser, parent=greenlet(lambda: None))
print(p.switch())
p.parent = main
print("main got", p.switch())
