# RUN: %difftest %s
# REQUIRES: gevent
# Closures and nonlocal state shared between greenlets: two greenlets built
# from the same factory share a cell and see each other's updates between
# switches; a closure made inside a greenlet keeps working after that
# greenlet is dead.
from greenlet import greenlet, getcurrent

main = getcurrent()


def make_pair():
    count = 0
    log = []

    def bump(name, times):
        nonlocal count
        for _ in range(times):
            count += 1
            log.append(f"{name}:{count}")
            main.switch()
        return name

    return bump, (lambda: (count, log))


bump, peek = make_pair()
a = greenlet(bump)
b = greenlet(bump)
a.switch("a", 3)
b.switch("b", 2)
while not (a.dead and b.dead):
    for g in (a, b):
        if not g.dead:
            g.switch()
    print("count so far", peek()[0])
print(peek())


def factory():
    secret = ["made in a greenlet"]

    def reveal(extra):
        secret.append(extra)
        return list(secret)

    return reveal


f = greenlet(factory)
reveal = f.switch()
print("factory greenlet dead:", f.dead)
print(reveal("called from main"))
print(greenlet(reveal).switch("called from another greenlet"))
