# RUN: %difftest %s
# Cancelling the task that awaits a gather: the task's cancel goes to the
# gather (_GatheringFuture.cancel), which cancels every child still
# pending; the children see the message; the gather ends with a
# CancelledError set as its exception (cancelled() is False), and the
# awaiting task is cancelled.
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


async def gather_waiter(aws, holder):
    holder.append(asyncio.gather(*aws))
    try:
        return await holder[0]
    except asyncio.CancelledError as e:
        log.append(f"gather_waiter cancelled {e.args}")
        raise


async def main():
    kids = [asyncio.create_task(child(f"k{i}", i)) for i in range(4)]
    holder = []
    w = asyncio.create_task(gather_waiter(kids, holder))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel waiter ->", w.cancel("bye"))
    r = await asyncio.gather(w, return_exceptions=True)
    print("waiter:", type(r[0]).__name__, w.cancelled())
    print("kids:", [("cancelled" if k.cancelled() else k.result()) for k in kids])
    g = holder[0]
    print("gather: done", g.done(), "cancelled", g.cancelled(), "exception", repr(g.exception()))
    print(log)

    # the same with coroutines given to gather (it makes the tasks itself)
    del log[:]
    holder = []
    w = asyncio.create_task(gather_waiter([child("c0", 1), child("c1", 3)], holder))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("gather of coroutines: cancelled", holder[0].cancelled(), log)


asyncio.run(main())
