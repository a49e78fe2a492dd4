# RUN: %difftest %s
# An async generator abandoned mid-iteration under asyncio (`break` out of
# `async for`, the generator then dropped): the loop's finalizer hook does
# not close it on the spot but schedules aclose() (call_soon_threadsafe of
# create_task(agen.aclose())), so its finally block starts two loop
# iterations later, interleaved with the other tasks, and may itself await.
# The position of "finally start"/"finally end" among the other task's
# steps is the behaviour pinned down. Also: a generator abandoned by an
# exception in the loop body, and one abandoned inside a task that then
# ends.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            print(name, "yield", i)
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "finally start")
        await asyncio.sleep(0)
        print(name, "finally end")


async def other(steps):
    for i in range(steps):
        print("  other step", i)
        await asyncio.sleep(0)


async def abandon_in_task():
    async for x in ticker("T", 10):
        print("task got", x)
        break
    print("task returns")


async def main():
    t = asyncio.create_task(other(6))
    async for x in ticker("A", 10):
        print("got", x)
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("main after sleep 1")
    await asyncio.sleep(0)
    print("main after sleep 2")
    await t

    print("-- exception in the body")
    t = asyncio.create_task(other(4))
    try:
        async for x in ticker("B", 10):
            raise ValueError(x)
    except ValueError as e:
        print("caught", repr(e))
    await t

    print("-- abandoned inside another task")
    t1 = asyncio.create_task(abandon_in_task())
    t2 = asyncio.create_task(other(5))
    await asyncio.gather(t1, t2)
    print("main end")


asyncio.run(main())
print("run returned")
