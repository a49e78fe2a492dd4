# RUN: %difftest %s
# Cancelling a task while it is blocked in an await inside an async
# generator it is iterating: CancelledError is thrown through the asend
# awaitable into the generator at its await; the generator's except/finally
# see it; if the generator lets it propagate the generator is finished and
# the task is cancelled; if the generator catches it and yields a value,
# the consumer receives that value (the cancellation was swallowed; the task
# goes on; Task.cancelling() still counts it); the message given to cancel()
# reaches the generator.
import asyncio


async def slow_source(tag):
    try:
        yield 1
        print(tag, "awaiting a long sleep")
        await asyncio.sleep(10)
        yield 2
    except asyncio.CancelledError as e:
        print(tag, "generator sees CancelledError", e.args)
        raise
    finally:
        print(tag, "generator finally")


async def swallowing_source():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("swallowing: caught", e.args)
        yield "yielded after cancel"
    yield "last"


async def consume(tag, source):
    try:
        async for v in source:
            print(tag, "got", v)
        print(tag, "loop ended")
        return "finished"
    except asyncio.CancelledError:
        print(tag, "consumer sees CancelledError")
        raise


async def main():
    src = slow_source("A")
    t = asyncio.create_task(consume("A", src))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancelling A:", t.cancel("stop it"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("A cancelled:", t.cancelled(), e.args)
    print("A generator finished:", src.ag_frame is None)

    t = asyncio.create_task(consume("B", swallowing_source()))
    await asyncio.sleep(0)
    print("cancelling B:", t.cancel())
    print("B result:", await t, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())


asyncio.run(main())
