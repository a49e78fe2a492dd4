# RUN: %difftest %s
# Closing an async generator from another asyncio task. While the consumer
# is inside __anext__ (the generator suspended at an await), aclose() and
# athrow() from the other task fail with "aclose(): asynchronous generator
# is already running" / "athrow(): ..." and the consumer is unaffected.
# While the consumer is between two values (the generator suspended at a
# yield), `await ag.aclose()` runs the finally in the closing task, a later
# athrow() on the finished generator just returns None, and the consumer's
# next __anext__ ends its `async for`. Print order across tasks is the
# behaviour.
import asyncio


async def stream(tag):
    try:
        for i in range(4):
            print(f"  {tag} awaiting before {i}")
            await asyncio.sleep(0)
            yield i
    finally:
        print(f"  {tag} finally")


async def consumer(ag, tag):
    async for v in ag:
        print(f"{tag} consumed {v}")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    print(f"{tag} loop ended")


async def closer(ag, when):
    for _ in range(when):
        await asyncio.sleep(0)
    print("closer: running =", ag.ag_running)
    try:
        await ag.aclose()
        print("closer: closed")
    except RuntimeError as e:
        print("closer: RuntimeError:", e)
    try:
        await ag.athrow(ValueError("from closer"))
        print("closer: athrow returned")
    except (RuntimeError, ValueError) as e:
        print("closer: athrow:", type(e).__name__, e)


async def main():
    ag = stream("A")
    await asyncio.gather(consumer(ag, "A"), closer(ag, 0))
    print("A frame:", ag.ag_frame)
    print("--")
    ag = stream("B")
    t = asyncio.create_task(consumer(ag, "B"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await closer(ag, 0)
    await t
    await ag.aclose()
    print("B frame:", ag.ag_frame)


asyncio.run(main())
