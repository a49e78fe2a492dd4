# RUN: %difftest %s
# REQUIRES: gevent
# gevent.pool.Pool(2) runs at most two greenlets: spawn() on a full pool
# blocks the spawner until a slot frees (here job0 ends at ~0.03 s, job2 at
# ~0.06 s; job1 runs 0.3 s). free_count()/full()/len() follow; join()
# waits for everything.
import gevent
from gevent.pool import Pool

pool = Pool(2)
print("size", pool.size, "free", pool.free_count(), "len", len(pool), "full", pool.full())
durations = [0.03, 0.3, 0.03, 0.03]


def job(n):
    print("job", n, "starts")
    gevent.sleep(durations[n])
    print("job", n, "ends")
    return n * 10


gs = []
for i in range(4):
    print("spawning", i, "| free", pool.free_count(), "full", pool.full())
    gs.append(pool.spawn(job, i))
    print("spawned", i, "| len", len(pool))
pool.join()
print("values", [g.value for g in gs], "| free", pool.free_count(), "len", len(pool))
