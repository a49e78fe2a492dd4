# RUN: %difftest %s
# REQUIRES: gevent
# An exception escaping a spawned greenlet does not stop the program: gevent
# prints a traceback and '<time> <Greenlet at 0x...: fails> failed with
# ValueError' on stderr (not compared); the greenlet is dead, unsuccessful;
# the others and main carry on, exit status 0.
import gevent


def fails():
    print("fails starts")
    gevent.sleep(0.01)
    raise ValueError("escaped")


def survives():
    print("survives starts")
    gevent.sleep(0.03)
    print("survives ends")
    return "survived"


f = gevent.spawn(fails)
s = gevent.spawn(survives)
gevent.joinall([f, s])
print("f dead:", f.dead, "| successful:", f.successful(),
      "| exception:", type(f.exception).__name__, f.exception)
print("s:", s.successful(), s.value)
g = gevent.spawn(lambda: [][1])
gevent.sleep(0.01)
print("second failure:", type(g.exception).__name__, "| main goes on")
