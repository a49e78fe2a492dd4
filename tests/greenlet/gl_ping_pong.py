# RUN: %difftest %s
# REQUIRES: gevent
# Ping-pong between two greenlets (the classic test1/test2 example) passing
# a counter back and forth: each switch resumes the other exactly where it
# stopped. When ping's run returns, control goes to main (ping's parent),
# and pong stays suspended forever.
from greenlet import greenlet


def ping(n):
    print("ping starts with", n)
    while n < 6:
        n = pong_g.switch(n + 1)
        print("ping got", n)
    return f"ping finished at {n}"


def pong(n):
    print("pong starts with", n)
    while True:
        n = ping_g.switch(n + 1)
        print("pong got", n)


ping_g = greenlet(ping)
pong_g = greenlet(pong)
print(ping_g.switch(0))
print("ping dead:", ping_g.dead, "pong dead:", pong_g.dead)


def test1():
    print(12)
    gr2.switch()
    print(34)


def test2():
    print(56)
    gr1.switch()
    print(78)


gr1 = greenlet(test1)
gr2 = greenlet(test2)
gr1.switch()
print("gr2 dead:", gr2.dead, "(78 never printed)")
