# RUN: %difftest %s
# Many tasks waiting on one thing: 25 tasks await one future and wake in the
# order they started waiting; 15 tasks await one task; 30 tasks form a chain
# (each awaits the previous one), so completions ripple one loop iteration
# apart, which a ticker task counts.
import asyncio

log = []
tick = 0


async def ticker():
    global tick
    while True:
        await asyncio.sleep(0)
        tick += 1


async def await_it(aw, tag):
    v = await aw
    log.append((tag, tick))
    return v


async def link(prev, i):
    v = 0 if prev is None else await prev
    log.append((f"link{i}", tick))
    return v + i


async def job():
    for _ in range(3):
        await asyncio.sleep(0)
    return "job result"


async def main():
    global tick
    tk = asyncio.create_task(ticker())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    # start waiting in a shuffled order (by a fixed permutation)
    order = [(i * 7) % 25 for i in range(25)]
    waiters = [asyncio.create_task(await_it(fut, f"w{i}")) for i in order]
    await asyncio.sleep(0)
    fut.set_result("shared")
    results = await asyncio.gather(*waiters)
    print(set(results), [tag for tag, _ in log])
    print("all woke in one iteration:", len({t for _, t in log}) == 1)
    del log[:]

    j = asyncio.create_task(job())
    waiters = [asyncio.create_task(await_it(j, f"j{i}")) for i in range(15)]
    await asyncio.gather(*waiters)
    print([tag for tag, _ in log], len({t for _, t in log}))
    del log[:]

    prev = None
    chain = []
    for i in range(30):
        prev = asyncio.create_task(link(prev, i))
        chain.append(prev)
    start = tick
    print("chain result:", await chain[-1])
    ticks = [t - start for _, t in log]
    print([tag for tag, _ in log] == [f"link{i}" for i in range(30)], ticks)
    tk.cancel()


asyncio.run(main())
