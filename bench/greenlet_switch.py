# A greenlet round trip (main -> child -> main), 1M times: two switches each.
import time
from greenlet import greenlet, getcurrent

N = 1_000_000
main = getcurrent()


def child():
    while True:
        main.switch()


g = greenlet(child)
start = time.perf_counter()
for _ in range(N):
    g.switch()
elapsed = time.perf_counter() - start
print(N)
print(f"# {elapsed * 1e9 / N:.1f} ns/round trip")
