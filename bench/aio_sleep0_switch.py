# Loop switches: 1000 tasks, each `await asyncio.sleep(0)` 1000 times (1M
# switches); every switch is one task step through the ready queue.
import asyncio
import time

TASKS = 1000
ROUNDS = 1000


async def worker(i, counts):
    n = 0
    for _ in range(ROUNDS):
        await asyncio.sleep(0)
        n += 1
    counts[i] = n


async def main():
    counts = [0] * TASKS
    start = time.perf_counter()
    await asyncio.gather(*[worker(i, counts) for i in range(TASKS)])
    elapsed = time.perf_counter() - start
    print(sum(counts))
    print(f"# {elapsed * 1e9 / (TASKS * ROUNDS):.1f} ns/switch")


asyncio.run(main())
