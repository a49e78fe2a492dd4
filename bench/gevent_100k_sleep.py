# 100k greenlets, each gevent.sleep(0.4), joined: wall time and peak memory
# per greenlet (run.py divides the peak RSS by count=).
# bench: repeats=1
import time
import gevent

COUNT = 100_000


def sleeper(i):
    gevent.sleep(0.4)
    return i & 1


start = time.perf_counter()
greenlets = [gevent.spawn(sleeper, i) for i in range(COUNT)]
gevent.joinall(greenlets)
elapsed = time.perf_counter() - start
print(len(greenlets), sum(g.value for g in greenlets))
print(f"# {elapsed:.3f} s, count={COUNT}")
