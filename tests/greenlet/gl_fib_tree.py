# RUN: %difftest %s
# REQUIRES: gevent
# Greenlets starting greenlets: fib(n) runs in its own greenlet, which
# starts one child greenlet per recursive call (each child's parent is the
# greenlet that made it, so results climb back level by level). The number
# of greenlets created is counted; all end dead.
from greenlet import greenlet

made = []


def fib(n):
    if n < 2:
        return n
    left = greenlet(fib)
    right = greenlet(fib)
    made.extend([left, right])
    return left.switch(n - 1) + right.switch(n - 2)


for n in (0, 1, 2, 5, 10):
    made.clear()
    top = greenlet(fib)
    print(f"fib({n}) = {top.switch(n)}, child greenlets: {len(made)}, "
          f"all dead: {all(g.dead for g in made) and top.dead}")
