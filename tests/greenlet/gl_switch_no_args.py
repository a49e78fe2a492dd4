# RUN: %difftest %s
# REQUIRES: gevent
# switch() with no arguments: the first one calls run() with no arguments;
# a later one makes the suspended switch() in the target return () (an empty
# tuple, not None). The same holds for the value main receives back.
from greenlet import greenlet, getcurrent

main = getcurrent()


def run(*args, **kwargs):
    print("run called with", args, kwargs)
    got = main.switch()
    print("child resumed with", repr(got))
    got = main.switch()
    print("child resumed again with", repr(got))
    return


g = greenlet(run)
print("main got", repr(g.switch()))
print("main got", repr(g.switch()))
print("main got", repr(g.switch()))
print("dead:", g.dead)
