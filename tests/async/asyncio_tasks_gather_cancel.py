# RUN: %difftest %s
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * 2

async def sleeper(name, d):
    print("sleep", name, d)
    await asyncio.sleep(d)
    print("woke", name)
    return d

async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("created")
    r = await asyncio.gather(t1, t2, sleeper("x", 0.02), sleeper("y", 0.01))
    print(r)
    print(t1)
    try:
        await asyncio.gather(worker("c", 1), bad())
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(sleeper("z", 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    return 42

async def bad():
    await asyncio.sleep(0)
    raise ValueError("boom")

print(asyncio.run(main()))
