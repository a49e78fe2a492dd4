# gevent.sleep(0) across 1000 greenlets, 200 rounds each (200k switches
# through the hub's callback queue).
import time
import gevent

GREENLETS = 1000
ROUNDS = 200
counts = [0] * GREENLETS


def worker(i):
    for _ in range(ROUNDS):
        gevent.sleep(0)
        counts[i] += 1


start = time.perf_counter()
gevent.joinall([gevent.spawn(worker, i) for i in range(GREENLETS)])
elapsed = time.perf_counter() - start
print(sum(counts))
print(f"# {elapsed * 1e9 / (GREENLETS * ROUNDS):.1f} ns/sleep(0)")
