# RUN: %difftest %s
# REQUIRES: gevent
# Semaphore wakes blocked acquirers in blocking order from a hub callback, only
# while units are left (an acquire before that callback runs takes the unit);
# wait() callers queue with acquirers; killed waiters are skipped; RLock too.
import gevent
from gevent.lock import Semaphore, BoundedSemaphore, RLock

sem = Semaphore(0)


def acquirer(name):
    print(name, "blocks")
    print(name, "acquired:", sem.acquire(), "| counter", sem.counter)


gs = [gevent.spawn(acquirer, "a%d" % i) for i in range(1, 5)]
gevent.sleep(0)
print("links", sem.linkcount())
sem.release()
sem.release()
print("released twice; counter", sem.counter)
gevent.sleep(0)
print("after a yield: counter", sem.counter, "| links", sem.linkcount())
sem.release()
print("main takes the unit before the woken one can:", sem.acquire(blocking=False))
gevent.sleep(0)
print("nobody woke: links", sem.linkcount())
sem.release()
sem.release()
gevent.joinall(gs)

# wait() does not take a unit: the waiter and the next acquirer both wake.
sem = Semaphore(0)


def waiter(name):
    print(name, "wait() ->", sem.wait())


gs = [gevent.spawn(waiter, "W"), gevent.spawn(acquirer, "A"), gevent.spawn(waiter, "W2"),
      gevent.spawn(acquirer, "B")]
gevent.sleep(0)
sem.release()
gevent.sleep(0)
print("counter", sem.counter, "| dead:", [g.dead for g in gs])
sem.release()
gevent.joinall(gs)

# A killed waiter leaves the queue; the unit goes to the next one.
bs = BoundedSemaphore(1)
bs.acquire()


def holder(name):
    try:
        with bs:
            print(name, "holds the bounded semaphore")
    except gevent.GreenletExit:
        print(name, "killed while waiting")
        raise


gs = [gevent.spawn(holder, "k1"), gevent.spawn(holder, "k2"), gevent.spawn(holder, "k3")]
gevent.sleep(0)
gs[0].kill()
bs.release()
gevent.joinall(gs)
print("counter back to", bs.counter)

# RLock: contenders in order, each re-entering once.
lock = RLock()


def user(name):
    with lock:
        with lock:
            print(name, "holds the RLock")
            gevent.sleep(0)
    print(name, "released it")


lock.acquire()
gs = [gevent.spawn(user, "u%d" % i) for i in range(1, 4)]
gevent.sleep(0)
print("main releases the RLock")
lock.release()
gevent.joinall(gs)
