# RUN: %difftest %s
# Cancelling a task that awaits another task cancels the inner one too (the
# outer's cancel() goes to what it waits for); the inner's CancelledError
# then reaches the outer through its await. Cancelling only the inner task
# makes the outer's await raise CancelledError, which the outer may catch
# and go on; the outer is then not cancelled itself.
import asyncio

log = []


async def inner(tag):
    try:
        log.append(f"{tag} inner sleeps")
        await asyncio.sleep(0.5)
    except asyncio.CancelledError as e:
        log.append(f"{tag} inner cancelled {e.args}")
        raise
    return "inner result"


async def outer(tag, catch):
    t = asyncio.create_task(inner(tag), name=f"{tag}-inner")
    log.append(f"{tag} outer awaits {t.get_name()}")
    try:
        v = await t
    except asyncio.CancelledError as e:
        log.append(f"{tag} outer caught {e.args}")
        if not catch:
            raise
        return "outer went on"
    return v


async def main():
    # 1. cancel the outer one: both end cancelled
    o = asyncio.create_task(outer("one", False), name="one-outer")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    inner_task = [t for t in asyncio.all_tasks() if t.get_name() == "one-inner"][0]
    print("outer.cancel ->", o.cancel("from main"))
    print("inner cancelling", inner_task.cancelling(), "outer cancelling", o.cancelling())
    r = await asyncio.gather(o, return_exceptions=True)
    print("gathered", [type(x).__name__ for x in r], r[0].args)
    print("outer cancelled", o.cancelled(), "inner cancelled", inner_task.cancelled())
    print(log)
    del log[:]

    # 2. cancel only the inner one; the outer catches and returns
    o = asyncio.create_task(outer("two", True))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    inner_task = [t for t in asyncio.all_tasks() if t.get_name() == "two-inner"][0]
    print("inner.cancel ->", inner_task.cancel())
    print("outer result:", await o)
    print("outer cancelled", o.cancelled(), "cancelling", o.cancelling(),
          "inner cancelled", inner_task.cancelled())
    print(log)
    del log[:]

    # 3. cancel only the inner one; the outer does not catch
    o = asyncio.create_task(outer("three", False))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    inner_task = [t for t in asyncio.all_tasks() if t.get_name() == "three-inner"][0]
    inner_task.cancel("inner msg")
    try:
        await o
    except asyncio.CancelledError as e:
        print("main caught", e.args)
    print("outer cancelled", o.cancelled(), "cancelling", o.cancelling())
    print(log)


asyncio.run(main())
