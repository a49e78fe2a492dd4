# RUN: %difftest %s
# REQUIRES: gevent
# LoopExit can be caught: a blocking call in main that nothing can ever
# satisfy (Queue.get, Event.wait, join of a greenlet blocked forever)
# raises gevent.exceptions.LoopExit, whose message starts 'This operation
# would block forever'; the program then goes on, and gevent works as usual.
import gevent
import gevent.event
from gevent.exceptions import LoopExit
from gevent.queue import Queue

print("LoopExit is an Exception:", issubclass(LoopExit, Exception))
print("gevent.hub.LoopExit is the same:", gevent.hub.LoopExit is LoopExit)
try:
    Queue().get()
except LoopExit as e:
    print("Queue.get:", type(e).__name__, "|", str(e).splitlines()[0])
try:
    gevent.event.Event().wait()
except LoopExit as e:
    print("Event.wait:", str(e).splitlines()[0])

stuck = gevent.spawn(lambda: gevent.event.Event().wait())
try:
    stuck.join()
except LoopExit:
    print("join of a stuck greenlet: LoopExit; stuck dead:", stuck.dead)
g = gevent.spawn(lambda: "still works")
print("afterwards:", g.get())
