# RUN: %difftest %s
# REQUIRES: gevent
# Switching to a dead greenlet (greenlet 2.0): the switch goes to the dead
# greenlet's parent instead (the first live one up the chain). When that is
# the caller itself, switch() returns its own arguments at once, by the
# usual rules: () for none, the value for one, a tuple for several.
from greenlet import greenlet, getcurrent

main = getcurrent()
d = greenlet(lambda: "finished")
print(d.switch(), d.dead)
print(repr(d.switch()))
print(repr(d.switch("x")))
print(repr(d.switch(1, 2)))
print(repr(d.switch(k="v")))


def waiter():
    v = main.switch("waiter waiting")
    while v != "stop":
        print("waiter received", repr(v))
        v = main.switch("waiter waiting again")
    return "waiter done"


w = greenlet(waiter)
print(w.switch())
# d2's parent is the suspended waiter: d2's result resumes the waiter
d2 = greenlet(lambda: "d2 result", parent=w)
print("main got", repr(d2.switch()))
print("d2 dead:", d2.dead)
# switching to dead d2 resumes its live parent, the waiter, with the args
print("main got", repr(d2.switch("sent to dead d2")))
print("main got", repr(d2.switch(3, 4)))
print("main got", repr(d2.switch("stop")))
# now d2 and its parent are dead: the switch reaches main, the caller
print("main got", repr(d2.switch("nobody left")))
