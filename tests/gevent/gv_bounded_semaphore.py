# RUN: %difftest %s
# REQUIRES: gevent
# gevent.lock.BoundedSemaphore: releasing more than acquired raises
# ValueError('Semaphore released too many times') and the counter stays
# at its bound; used as a lock (value 1) it serialises two greenlets that
# switch while holding it.
import gevent
from gevent.lock import BoundedSemaphore

bs = BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print("counter", bs.counter)

log = []


def critical(name):
    with bs:
        log.append(f"{name} in")
        gevent.sleep(0.01)
        log.append(f"{name} out")


gevent.joinall([gevent.spawn(critical, "a"), gevent.spawn(critical, "b")])
print(log)
two = BoundedSemaphore(2)
two.acquire()
two.release()
try:
    two.release()
except ValueError:
    print("BoundedSemaphore(2): one release too many -> ValueError; counter", two.counter)
