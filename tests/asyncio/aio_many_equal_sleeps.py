# RUN: %difftest %s
# Fifty tasks sleep the same duration: each deadline is the loop's time at
# its sleep() plus the delay, so they wake in the order they went to sleep;
# sleep(delay, result) returns the result; tasks that sleep in reverse
# creation order wake in reverse.
import asyncio

woke = []


async def napper(i, delay):
    r = await asyncio.sleep(delay, result=i * 10)
    woke.append(i)
    return r


async def late_napper(i, n):
    # task i goes to sleep after n - i extra iterations: reverse order
    for _ in range(n - i):
        await asyncio.sleep(0)
    await asyncio.sleep(0.01)
    woke.append(i)


async def main():
    results = await asyncio.gather(*[napper(i, 0.01) for i in range(50)])
    print(results == [i * 10 for i in range(50)], results[:5], results[-3:])
    print(woke == list(range(50)), woke[:10])
    del woke[:]
    await asyncio.gather(*[late_napper(i, 20) for i in range(20)])
    print(woke)
    del woke[:]
    # two groups with different delays, created interleaved
    tasks = []
    for i in range(10):
        tasks.append(asyncio.create_task(napper(i, 0.04 if i % 2 else 0.002)))
    await asyncio.gather(*tasks)
    print(woke)
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(-1, result=("neg",)))
    print(await asyncio.sleep(0.001))


asyncio.run(main())
