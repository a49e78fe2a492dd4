# RUN: %difftest %s
# REQUIRES: gevent
# Queue hands items to blocked getters, and room to blocked putters, in the
# order they blocked, from one hub callback once the current greenlet yields;
# a bounded queue alternates woken putters and getters; Channel pairs them.
import gevent
from gevent.queue import Queue, Channel, Empty


def getter(q, name, n=1):
    for _ in range(n):
        print(name, "got", q.get())


q = Queue()
gs = [gevent.spawn(getter, q, "g%d" % i) for i in range(1, 4)]
gevent.sleep(0)
for item in ("a", "b"):
    q.put(item)
print("main put a, b; qsize", q.qsize(), "(nobody woken yet)")
gevent.sleep(0)
print("after one yield: qsize", q.qsize())
q.put("c")
q.put("d")
gevent.joinall(gs)
print("left:", q.get_nowait())

# Bounded: three putters block on a full Queue(1); two getters then drain it.
q = Queue(1)


def putter(name, item):
    print(name, "puts", item)
    q.put(item)
    print(name, "done")


ps = [gevent.spawn(putter, "p%d" % i, i) for i in range(4)]
gevent.sleep(0)
print("full:", q.full(), "qsize", q.qsize())
gs = [gevent.spawn(getter, q, "G1", 2), gevent.spawn(getter, q, "G2", 2)]
gevent.joinall(ps + gs)
print("empty:", q.empty())

# A getter with a timeout gives up; the later item goes to the next getter.
q = Queue()


def impatient():
    try:
        q.get(timeout=0.01)
    except Empty:
        print("impatient: Empty")


gs = [gevent.spawn(impatient), gevent.spawn(getter, q, "patient")]
gevent.sleep(0.05)
q.put("late item")
gevent.joinall(gs)

# Puts from hub callbacks hand items over at once, without blocking.
q = Queue(1)
gs = [gevent.spawn(getter, q, "h1"), gevent.spawn(getter, q, "h2")]
gevent.sleep(0)


def put_from_hub(x):
    q.put_nowait(x)
    print("callback put", x)


for x in ("x1", "x2", "x3"):
    gevent.get_hub().loop.run_callback(put_from_hub, x)
gevent.joinall(gs)
print("qsize", q.qsize(), "holding", q.peek())

# Channel: two getters and two putters pair up in arrival order.
ch = Channel()


def cget(name):
    print(name, "got", ch.get())


def cput(name, item):
    ch.put(item)
    print(name, "handed over", item)


gs = [gevent.spawn(cget, "c1"), gevent.spawn(cput, "P1", "one"),
      gevent.spawn(cput, "P2", "two"), gevent.spawn(cget, "c2")]
gevent.joinall(gs)
print("balance", ch.balance)
