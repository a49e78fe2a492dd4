# RUN: %difftest %s
# REQUIRES: gevent
# gevent.queue.Channel has no buffer: put() blocks until a getter takes the
# item (and get() until a putter offers one), so producer and consumer
# alternate step by step; put_nowait/get_nowait with nobody on the other
# side raise Full/Empty.
import gevent
from gevent.queue import Channel, Full, Empty

ch = Channel()


def producer():
    for i in range(3):
        print("producer offers", i)
        ch.put(i)
        print("producer handed over", i)


p = gevent.spawn(producer)
gevent.sleep(0)
print("main: qsize", ch.qsize())
for _ in range(3):
    print("main takes", ch.get())
p.join()
try:
    ch.put_nowait("x")
except Full:
    print("put_nowait with no getter: Full")
try:
    ch.get_nowait()
except Empty:
    print("get_nowait with no putter: Empty")


def taker():
    print("taker waits")
    print("taker got", ch.get())


t = gevent.spawn(taker)
gevent.sleep(0)
print("main puts to the waiting taker")
ch.put("hello")
print("main's put returned")
t.join()
