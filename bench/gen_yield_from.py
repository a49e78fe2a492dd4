# yield from chains of depth 1, 10 and 50 over a leaf of 1M items: the cost
# per item must not grow with depth.
import time


def leaf(n):
    for i in range(n):
        yield i


def chain(depth, n):
    if depth == 0:
        yield from leaf(n)
    else:
        yield from chain(depth - 1, n)


def main():
    for depth in (1, 10, 50):
        start = time.perf_counter()
        total = 0
        for x in chain(depth, 1_000_000):
            total += x
        elapsed = time.perf_counter() - start
        print(depth, total)
        print(f"# depth {depth}: {elapsed * 1e9 / 1_000_000:.1f} ns/item")


main()
