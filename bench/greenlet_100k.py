# 100k live greenlets: each starts, switches back to main (suspended with a
# small stack in use), and is resumed to its end. Peak memory per greenlet
# (run.py divides the peak RSS by count=).
# bench: repeats=1
import time
from greenlet import greenlet, getcurrent

COUNT = 100_000
main = getcurrent()


def worker(i):
    got = main.switch(i)
    return got + i


start = time.perf_counter()
greenlets = [greenlet(worker) for _ in range(COUNT)]
total = 0
for i, g in enumerate(greenlets):
    total += g.switch(i)
for g in greenlets:
    total += g.switch(1)
elapsed = time.perf_counter() - start
print(total, all(g.dead for g in greenlets))
print(f"# {elapsed:.3f} s for {COUNT} greenlets, count={COUNT}")
