# RUN: %difftest %s
# REQUIRES: gevent
# The greenlet module's names: greenlet (a type, subclassable), getcurrent,
# error (an Exception subclass, for cross-thread misuse), GreenletExit (a
# BaseException subclass, not an Exception); `from greenlet import ...` and
# `import greenlet` give the same objects.
import greenlet
from greenlet import greenlet as G, getcurrent, GreenletExit, error

print("same type:", G is greenlet.greenlet)
print("same getcurrent:", getcurrent is greenlet.getcurrent)
print("same GreenletExit:", GreenletExit is greenlet.GreenletExit)
print("same error:", error is greenlet.error)
print("type names:", G.__name__, GreenletExit.__name__, error.__name__)
print("error is an Exception:", issubclass(error, Exception))
print("GreenletExit is an Exception:", issubclass(GreenletExit, Exception))
print("GreenletExit is a BaseException:", issubclass(GreenletExit, BaseException))
print("main is a greenlet:", isinstance(getcurrent(), G))
try:
    raise error("raised by hand")
except Exception as e:
    print("caught", type(e).__name__, e)
try:
    raise GreenletExit("exit by hand")
except BaseException as e:
    print("caught", type(e).__name__, e)
