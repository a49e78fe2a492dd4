# RUN: %difftest %s
# REQUIRES: gevent
# A generator is not tied to a greenlet: created and partly consumed in one
# greenlet, it is resumed with next() and send() in another and in main;
# its local state (a running total) carries across.
from greenlet import greenlet, getcurrent

main = getcurrent()


def accumulate():
    total = 0
    while True:
        x = yield total
        print("generator got", x)
        total += x if x is not None else 0


def maker():
    gen = accumulate()
    print("maker primes:", next(gen))
    print("maker sends 5:", gen.send(5))
    main.switch(gen)
    print("maker sends 100:", gen.send(100))
    return "maker done"


def user(gen):
    print("user sends 10:", gen.send(10))
    print("user next:", next(gen))
    return "user done"


m = greenlet(maker)
gen = m.switch()
print(greenlet(user).switch(gen))
print("main sends 1:", gen.send(1))
print(m.switch())
gen.close()
print("closed generator: next raises", end=" ")
try:
    next(gen)
except StopIteration:
    print("StopIteration")


def squares(n):
    for i in range(n):
        yield i * i


shared = squares(6)
out = []
def take(tag, k):
    for _ in range(k):
        out.append((tag, next(shared)))
    return tag


print(greenlet(take).switch("g1", 2), greenlet(take).switch("g2", 3))
print(out, list(shared))
