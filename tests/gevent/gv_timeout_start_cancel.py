# RUN: %difftest %s
# REQUIRES: gevent
# Timeout.start()/cancel()/start_new(): a started timeout raises itself in
# the greenlet that started it at its blocking call past the deadline;
# cancel() disarms it; `pending` says whether it is armed. A timeout
# started in a spawned greenlet hits that greenlet only.
import gevent
from gevent import Timeout

t = Timeout(0.02)
print("created: pending", t.pending, "| seconds", t.seconds)
t.start()
print("started: pending", t.pending)
try:
    gevent.sleep(0.2)
except Timeout as e:
    print("fired: same object", e is t, "| pending", t.pending)

t = Timeout(0.02)
t.start()
gevent.sleep(0.005)
t.cancel()
print("cancelled: pending", t.pending)
gevent.sleep(0.04)
print("slept past the deadline: nothing raised")

t = Timeout.start_new(0.02)
print("start_new: pending", t.pending)
try:
    gevent.sleep(0.2)
except Timeout as e:
    print("start_new fired:", e is t)
t.close()


def worker():
    try:
        Timeout.start_new(0.02)
        gevent.sleep(0.2)
        return "worker finished"
    except Timeout:
        return "worker timed out"


def bystander():
    gevent.sleep(0.05)
    return "bystander finished"


w = gevent.spawn(worker)
b = gevent.spawn(bystander)
gevent.joinall([w, b])
print(w.value, "|", b.value)
