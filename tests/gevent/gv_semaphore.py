# RUN: %difftest %s
# REQUIRES: gevent
# Semaphore(2): two greenlets hold it, the others block and get it in the
# order they asked as holders release; counter/locked() follow;
# acquire(blocking=False) / acquire(timeout=...) return False; a plain
# Semaphore may be released above its initial value.
import gevent
from gevent.lock import Semaphore

sem = Semaphore(2)
print("counter", sem.counter, "locked", sem.locked())


def worker(name):
    print(name, "wants the semaphore")
    with sem:
        print(name, "holds it; counter", sem.counter)
        gevent.sleep(0)
        gevent.sleep(0)
        print(name, "releases")


gevent.joinall([gevent.spawn(worker, f"w{i}") for i in range(4)])
print("counter", sem.counter)
print("acquire:", sem.acquire(), sem.acquire(), "| locked", sem.locked())
print("acquire(blocking=False):", sem.acquire(blocking=False))
print("acquire(timeout=0.01):", sem.acquire(timeout=0.01))
sem.release()
sem.release()
sem.release()
print("released three times: counter", sem.counter)
