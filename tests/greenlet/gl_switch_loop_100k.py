# RUN: %difftest %s
# REQUIRES: gevent
# 100000 round trips between main and one greenlet, carrying an integer
# that both sides increment: the final value and a checksum show no switch
# was lost or duplicated (and switching stays cheap enough to finish fast).
from greenlet import greenlet, getcurrent

main = getcurrent()


def echo(n):
    checksum = 0
    while n is not None:
        checksum = (checksum * 31 + n) % 1000003
        n = main.switch(n + 1)
    return checksum


g = greenlet(echo)
v = g.switch(0)
for _ in range(99999):
    v = g.switch(v + 1)
print("last value", v)
print("checksum", g.switch(None), "dead:", g.dead)
