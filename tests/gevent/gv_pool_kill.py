# RUN: %difftest %s
# REQUIRES: gevent
# Pool.kill() kills every greenlet in the pool (GreenletExit at their
# blocking point) and empties it; killone(g) kills one; join(timeout)
# returns False while greenlets are still running, True when empty;
# finished greenlets leave the pool by themselves.
import gevent
from gevent.pool import Pool

pool = Pool(3)


def worker(name, delay):
    try:
        gevent.sleep(delay)
        print(name, "finished")
        return name
    except gevent.GreenletExit:
        print(name, "killed")
        raise


quick = pool.spawn(worker, "quick", 0.02)
w1 = pool.spawn(worker, "w1", 5)
w2 = pool.spawn(worker, "w2", 5)
gevent.sleep(0)  # all three start sleeping before the join timeout starts
print("join(timeout=0.25):", pool.join(timeout=0.25), "| len", len(pool),
      "| quick in pool:", quick in pool)
pool.killone(w1)
print("after killone: len", len(pool), "| w1 dead", w1.dead)
pool.kill()
print("after kill: len", len(pool), "| w2 dead", w2.dead)
print("join() on an empty pool:", pool.join())
