# RUN: %difftest %s
# REQUIRES: gevent
# A bounded Queue(maxsize): put() blocks while it is full until a get()
# makes room; put_nowait/get_nowait raise gevent.queue.Full/Empty;
# put/get with a timeout raise them after waiting; full()/empty()/qsize()
# report the state.
import gevent
from gevent.queue import Queue, Full, Empty

print("Full and Empty are Exceptions:", issubclass(Full, Exception), issubclass(Empty, Exception))
q = Queue(maxsize=2)
print("maxsize", q.maxsize, "| empty", q.empty(), "| full", q.full())


def producer():
    for i in range(5):
        print("producer puts", i)
        q.put(i)
        print("producer put", i, "qsize", q.qsize())


p = gevent.spawn(producer)
gevent.sleep(0)
print("main: full", q.full(), "qsize", q.qsize())
for _ in range(5):
    print("main gets", q.get())
    gevent.sleep(0)
p.join()

q.put("a")
q.put("b")
try:
    q.put_nowait("c")
except Full as e:
    print("put_nowait on a full queue:", type(e).__name__)
try:
    q.put("c", timeout=0.01)
except Full:
    print("put with timeout on a full queue: Full")
try:
    q.put("c", block=False)
except Full:
    print("put(block=False) on a full queue: Full")
print("drain:", q.get_nowait(), q.get_nowait())
try:
    q.get_nowait()
except Empty as e:
    print("get_nowait on an empty queue:", type(e).__name__)
try:
    q.get(timeout=0.01)
except Empty:
    print("get with timeout on an empty queue: Empty")
