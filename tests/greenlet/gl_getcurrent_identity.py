# RUN: %difftest %s
# REQUIRES: gevent
# getcurrent() is the running greenlet: in main it is the main greenlet
# (same object every time, parent None); inside a child it is the child
# object itself; after the child returns, main is current again.
import greenlet

main = greenlet.getcurrent()
print("same object twice:", main is greenlet.getcurrent())
print("main parent is None:", main.parent is None)
print("type:", type(main).__name__)


def child():
    me = greenlet.getcurrent()
    print("in child: current is g:", me is g, "is main:", me is main)
    inner = greenlet.greenlet(lambda: greenlet.getcurrent() is inner)
    print("inner sees itself:", inner.switch())
    print("back in child: current is g:", greenlet.getcurrent() is g)
    main.switch()
    print("resumed child: current is g:", greenlet.getcurrent() is g)


g = greenlet.greenlet(child)
g.switch()
print("in main again:", greenlet.getcurrent() is main)
g.switch()
print("at the end:", greenlet.getcurrent() is main)
