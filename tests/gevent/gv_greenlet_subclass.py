# RUN: %difftest %s
# REQUIRES: gevent
# Subclassing gevent.Greenlet and overriding _run: start()/join()/value
# work as with a function; __init__ may keep extra state (calling
# Greenlet.__init__ first); the instance is gevent.getcurrent() inside
# _run; a function passed to the constructor replaces the class's _run.
import gevent
from gevent import Greenlet


class Countdown(Greenlet):
    def __init__(self, label, n):
        Greenlet.__init__(self)
        self.label = label
        self.n = n

    def _run(self):
        print(self.label, "running; current is self:", gevent.getcurrent() is self)
        while self.n > 0:
            print(self.label, self.n)
            self.n -= 1
            gevent.sleep(0)
        return f"{self.label} lift-off"


a = Countdown("A", 3)
b = Countdown("B", 2)
a.start()
b.start()
gevent.joinall([a, b])
print(a.value, "|", b.value, "|", isinstance(a, Greenlet))


class WithDefault(Greenlet):
    def _run(self):
        return "class _run"


w = WithDefault()
w.start()
print("no function given:", w.get())
# a function given to the constructor becomes the instance's _run and wins
# over the class's _run (the opposite of greenlet.greenlet's run)
o = WithDefault(lambda x, y: x * y, 6, 7)
o.start()
print("function given:", o.get())
