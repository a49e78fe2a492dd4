# RUN: %difftest %s
# Cancelling gather: cancelling the gather future itself cancels every
# child still pending, and returns True if any child was cancelled
# (False when all were already done); with return_exceptions=True the
# cancelled gather still raises CancelledError to its awaiter; a gather
# whose child is cancelled on its own (not through the gather) fails with
# CancelledError, or reports it in place with return_exceptions.
import asyncio

log = []


async def child(tag, steps):
    try:
        for _ in range(steps):
            await asyncio.sleep(0)
        log.append(f"{tag} done")
        return tag
    except asyncio.CancelledError as e:
        log.append(f"{tag} cancelled {e.args}")
        raise


async def main():
    # (1. cancelling the task that awaits a gather: aio_gather_cancel_waiter.py)

    # 2. cancel the gather future itself
    kids = [asyncio.create_task(child(f"g{i}", i)) for i in range(4)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("gather.cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("await gather: CancelledError", e.args)
    print("gather cancelled()", g.cancelled(), "done()", g.done())
    print("kids:", [("cancelled" if k.cancelled() else k.result()) for k in kids])
    print(log)
    del log[:]

    # 3. cancelling a gather whose children are all done
    g = asyncio.gather(child("a", 0), child("b", 1))
    print("result", await g)
    print("late gather.cancel ->", g.cancel())
    del log[:]

    # 4. cancel the gather with return_exceptions=True and a message
    kids = [asyncio.create_task(child(f"r{i}", 3)) for i in range(3)]
    g = asyncio.gather(*kids, return_exceptions=True)
    await asyncio.sleep(0)
    print("gather.cancel(msg) ->", g.cancel("go away"))
    try:
        print("no exception?", await g)
    except asyncio.CancelledError as e:
        print("return_exceptions gather still raised CancelledError", e.args)
    print(log)
    del log[:]

    # 5. a child cancelled on its own
    for flag in (False, True):
        kids = [asyncio.create_task(child(f"s{i}{flag}", 2)) for i in range(3)]
        g = asyncio.gather(*kids, return_exceptions=flag)
        await asyncio.sleep(0)
        kids[1].cancel("only me")
        try:
            res = await g
            print("return_exceptions", flag, [r if isinstance(r, str) else (type(r).__name__, r.args) for r in res])
        except asyncio.CancelledError as e:
            print("return_exceptions", flag, "raised CancelledError", e.args)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print("  kids:", [("cancelled" if k.cancelled() else k.result()) for k in kids], "gather cancelled()", g.cancelled())
        print(" ", log)
        del log[:]


asyncio.run(main())
