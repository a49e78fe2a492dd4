# RUN: %difftest %s
# REQUIRES: gevent
# A generator whose body switches greenlets mid-iteration: the consumer's
# for loop and the generator frame are suspended together and resumed
# later. Entering that generator from another greenlet meanwhile raises
# ValueError "generator already executing".
from greenlet import greenlet, getcurrent

main = getcurrent()


def numbers():
    for i in range(4):
        if i % 2 == 1:
            v = main.switch(f"generator paused before {i}")
            print("generator resumed with", v)
        yield i


def consumer():
    got = []
    for x in numbers():
        print("consumer got", x)
        got.append(x)
    return got


c = greenlet(consumer)
r = c.switch()
step = 0
while not c.dead:
    print("main:", r)
    step += 1
    r = c.switch(f"resume {step}")
print("consumer returned", r)


def gen_switches_out():
    main.switch("inside gen")
    yield "after switch"


g = gen_switches_out()
holder = greenlet(lambda: next(g))
print(holder.switch())
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(holder.switch())
