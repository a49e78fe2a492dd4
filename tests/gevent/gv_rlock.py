# RUN: %difftest %s
# REQUIRES: gevent
# RLock: the owning greenlet may acquire again (nested with); another one
# blocks (or gets False with blocking=False) until every acquire is
# released; a second acquire returns 1, not True. Releasing an unowned
# lock raises RuntimeError (only the type is printed: it shows addresses).
import gevent
from gevent.lock import RLock

lock = RLock()


def owner():
    with lock:
        with lock:
            print("owner holds it twice")
            gevent.sleep(0.1)
        print("owner released once, still holds it")
        gevent.sleep(0.1)
    print("owner released it fully")


def other():
    print("other tries without blocking:", lock.acquire(blocking=False))
    print("other blocks")
    with lock:
        print("other got the lock")


o = gevent.spawn(owner)
gevent.sleep(0)
gevent.spawn(other).join()
o.join()
try:
    lock.release()
except RuntimeError as e:
    print("release without owning:", type(e).__name__)
print("acquire in main:", lock.acquire(), "again:", lock.acquire())
lock.release()
lock.release()
print("main released twice; other greenlet can take it:",
      gevent.spawn(lambda: lock.acquire(blocking=False)).get())
