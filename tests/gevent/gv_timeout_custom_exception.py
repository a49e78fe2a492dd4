# RUN: %difftest %s
# REQUIRES: gevent
# Timeout(t, exception): when it fires, the given exception is raised
# instead of the Timeout: a class is instantiated with no arguments, an
# instance is raised as is; a string is not an exception, so a Timeout
# whose message ends with that string is raised.
import gevent
from gevent import Timeout


class TooSlow(Exception):
    pass


try:
    with Timeout(0.02, TooSlow):
        gevent.sleep(0.2)
except TooSlow as e:
    print("class:", repr(e), e.args)

inst = TooSlow("with a message", 7)
try:
    with Timeout(0.02, inst):
        gevent.sleep(0.2)
except TooSlow as e:
    print("instance:", repr(e), "| same object:", e is inst)

try:
    with Timeout(0.02, "took too long"):
        gevent.sleep(0.2)
except Timeout as e:
    print("string:", type(e).__name__, "|", str(e))

t = Timeout(0.02, KeyError("k"))
t.start()
try:
    gevent.sleep(0.2)
except KeyError as e:
    print("started by hand:", repr(e))
