# RUN: %difftest %s
# REQUIRES: gevent
# GreenletExit thrown into a suspended greenlet: caught, the greenlet may
# return a value, which throw() returns; not caught, it ends the greenlet
# quietly (it is not an error) and throw() returns the GreenletExit instance
# itself. GreenletExit derives from BaseException, not Exception.
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()
print("BaseException:", issubclass(GreenletExit, BaseException),
      "Exception:", issubclass(GreenletExit, Exception))


def catches():
    try:
        main.switch("catches waiting")
    except GreenletExit as e:
        print("catches got", type(e).__name__, e.args)
        return "value after exit"


def ignores():
    try:
        main.switch("ignores waiting")
    finally:
        print("ignores: finally")


def broad_except():
    try:
        main.switch("broad waiting")
    except Exception:
        print("never: GreenletExit is not an Exception")
    return "unreachable"


g = greenlet(catches)
print(g.switch())
print("throw returned", repr(g.throw(GreenletExit)), g.dead)

g = greenlet(ignores)
print(g.switch())
r = g.throw(GreenletExit("bye"))
print("throw returned", repr(r), g.dead)

g = greenlet(broad_except)
print(g.switch())
r = g.throw()
print("throw() returned", type(r).__name__, g.dead)
