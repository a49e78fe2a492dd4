# RUN: %difftest %s
# REQUIRES: gevent
# DIFFTEST: stderr-last-line
# An exception escaping a greenlet that nobody catches reaches main at the
# switch() and ends the program: the child's finally runs first, nothing
# after the switch runs, traceback on stderr (last line `KeyError: 'lost
# key'`), exit status 1.
from greenlet import greenlet


def child():
    try:
        print("child raising")
        raise KeyError("lost key")
    finally:
        print("child finally")


g = greenlet(child)
print("before switch")
g.switch()
print("never printed")
