# RUN: %difftest %s
# REQUIRES: gevent
# Unbounded recursion inside a greenlet raises RecursionError there; the
# greenlet catches it and carries on (switching back and forth works
# afterwards). Uncaught, it reaches main like any exception. Only the
# exception type is printed (the depth reached depends on the stack).
from greenlet import greenlet, getcurrent

main = getcurrent()


def runaway(n):
    return runaway(n + 1) + 1


def careful():
    try:
        runaway(0)
    except RecursionError as e:
        print("caught inside the greenlet:", type(e).__name__)
    v = main.switch("still alive")
    print("resumed with", v)
    return "careful done"


g = greenlet(careful)
print(g.switch())
print(g.switch("after recursion"))

try:
    greenlet(runaway).switch(0)
except RecursionError as e:
    print("main caught:", type(e).__name__)

# main itself can still recurse normally afterwards
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print("main recursion of 200:", count_down(200))
print("greenlet recursion of 200:", greenlet(count_down).switch(200))
