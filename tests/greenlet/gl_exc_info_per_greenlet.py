# RUN: %difftest %s
# REQUIRES: gevent
# The exception being handled is per greenlet: a greenlet that switches out
# from inside an except block takes its sys.exc_info() with it -- the other
# greenlet sees its own (or none) -- and a bare `raise` after resuming
# re-raises the original exception.
import sys
from greenlet import greenlet, getcurrent

main = getcurrent()


def handled():
    try:
        raise KeyError("kept across the switch")
    except KeyError:
        print("child handling:", repr(sys.exc_info()[1]))
        main.switch("child switched out of its except block")
        print("child resumed, still handling:", repr(sys.exc_info()[1]))
        raise


g = greenlet(handled)
print(g.switch())
print("main sees:", sys.exc_info())
try:
    raise ValueError("main's own")
except ValueError:
    print("main handling:", repr(sys.exc_info()[1]))
    try:
        g.switch()
    except KeyError as e:
        print("main caught the re-raise:", repr(e))
        print("its context:", repr(e.__context__))
    print("main still handling:", repr(sys.exc_info()[1]))
print("main after:", sys.exc_info())
