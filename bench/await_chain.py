# `await` through a 10-deep chain of coroutines that never suspend, 1M
# times (10M awaits), against the same chain of plain calls.
import asyncio
import time

N = 1_000_000
DEPTH = 10


async def chain(depth, x):
    if depth == 0:
        return x + 1
    return await chain(depth - 1, x)


def plain(depth, x):
    if depth == 0:
        return x + 1
    return plain(depth - 1, x)


async def main():
    start = time.perf_counter()
    total = 0
    for i in range(N):
        total += await chain(DEPTH, i)
    elapsed = time.perf_counter() - start
    print(total)
    start = time.perf_counter()
    total = 0
    for i in range(N):
        total += plain(DEPTH, i)
    plain_elapsed = time.perf_counter() - start
    print(total)
    print(f"# {elapsed * 1e9 / (N * (DEPTH + 1)):.2f} ns/await level")
    print(f"# {plain_elapsed * 1e9 / (N * (DEPTH + 1)):.2f} ns/plain call level")


asyncio.run(main())
