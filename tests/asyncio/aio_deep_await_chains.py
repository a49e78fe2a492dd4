# RUN: %difftest %s
# Deep chains of directly awaited coroutines (300 and 400 levels, below the
# recursion limit): results come back up through every level, a
# cancellation delivered at the bottom unwinds every level's finally (in
# order, innermost first), and 500 tasks each 20 levels deep interleave.
import asyncio

log = []


async def nest(n, steps):
    if n == 0:
        for i in range(steps):
            await asyncio.sleep(0)
        return 0
    try:
        return 1 + await nest(n - 1, steps)
    finally:
        if n % 50 == 0:
            log.append(f"unwind {n}")


async def main():
    print(await nest(300, 3))
    print(log)
    del log[:]
    t = asyncio.create_task(nest(300, 10))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel("deep")
    try:
        await t
    except asyncio.CancelledError as e:
        print("deep cancel", e.args)
    print(log)
    del log[:]
    ts = [asyncio.create_task(nest(20, 2)) for _ in range(500)]
    r = await asyncio.gather(*ts)
    print(sum(r), len(log))
    t = asyncio.create_task(nest(400, 1))
    print(await t, len(log))


asyncio.run(main())
