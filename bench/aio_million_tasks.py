# 1M tasks, each `await asyncio.sleep(0.4)`, gathered: wall time and peak
# memory per task (run.py divides the peak RSS by count=).
# bench: repeats=1
import asyncio
import time

TASKS = 1_000_000


async def sleeper(i):
    await asyncio.sleep(0.4)
    return i & 1


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*[sleeper(i) for i in range(TASKS)])
    elapsed = time.perf_counter() - start
    print(len(results), sum(results))
    print(f"# {elapsed:.3f} s inside asyncio.run, count={TASKS}")


asyncio.run(main())
