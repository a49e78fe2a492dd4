# RUN: %difftest %s
# Async generators consumed by `async for` in several asyncio tasks at once,
# each generator awaiting asyncio.sleep(0) between values: the printed order
# is the event loop's round-robin order (tasks resume in the order they were
# scheduled); a generator awaiting an asyncio.Event set by another task; a
# generator shared by two consumer tasks (each value goes to one consumer;
# a consumer arriving while the other's __anext__ is in progress gets
# "anext(): asynchronous generator is already running").
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(f"  {name} produces {i}")
        yield i
        await asyncio.sleep(0)
    print(f"  {name} exhausted")


async def consumer(name, n):
    async for v in ticker(name, n):
        print(f"{name} consumed {v}")
        await asyncio.sleep(0)
    return name


async def gated(event):
    print("  gated waits")
    await event.wait()
    yield "released"


async def opener(event):
    print("opener runs")
    await asyncio.sleep(0)
    print("opener sets the event")
    event.set()


async def shared_consumer(name, ag):
    try:
        async for v in ag:
            print(f"{name} got shared {v}")
    except RuntimeError as e:
        print(f"{name}: RuntimeError: {e}")


async def main():
    results = await asyncio.gather(consumer("A", 3), consumer("B", 2), consumer("C", 1))
    print("gather:", results)

    event = asyncio.Event()
    t = asyncio.create_task(opener(event))
    async for v in gated(event):
        print("gated gave", v)
    await t

    ag = ticker("S", 3)
    await asyncio.gather(shared_consumer("X", ag), shared_consumer("Y", ag))
    print("S frame alive:", ag.ag_frame is not None)
    await ag.aclose()


asyncio.run(main())
