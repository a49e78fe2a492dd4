# RUN: %difftest %s
# One coroutine with many kinds of await points (sleep(0), a plain future, a
# child task, a gather, a timed sleep, a directly awaited coroutine, a done
# future); a fresh copy is cancelled after k loop iterations for every k, so
# the CancelledError is delivered at each point in turn. Prints where it
# arrived, what the child tasks and futures ended as, and the task's state.
# The timed sleep comes last: how many iterations it lasts depends on the
# clock, so no k reaches past it; then one copy runs to its end, and one is
# cancelled after it finished.
import asyncio

N_STEPS = 15


async def sub(log):
    log.append("sub start")
    await asyncio.sleep(0)
    log.append("sub end")
    return "sub"


async def child(log):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("child end")
    return "child"


async def work(log, parts):
    loop = asyncio.get_running_loop()
    where = "start"
    try:
        where = "sleep0"
        await asyncio.sleep(0)
        where = "future"
        fut = loop.create_future()
        parts["fut"] = fut
        loop.call_soon(lambda: fut.done() or fut.set_result(1))
        await fut
        where = "task"
        t = asyncio.create_task(child(log))
        parts["task"] = t
        await t
        where = "gather"
        g = asyncio.gather(child(log), sub(log))
        parts["gather"] = g
        await g
        where = "coroutine"
        await sub(log)
        where = "done-future"
        d = loop.create_future()
        d.set_result(None)
        await d
        where = "sleep-timed"
        await asyncio.sleep(0.002)
        where = "end"
        return "finished"
    except asyncio.CancelledError:
        log.append(f"cancelled at {where}")
        raise


def state(x):
    if x is None:
        return "-"
    if x.cancelled():
        return "cancelled"
    if x.done():
        return "done"
    return "pending"


async def main():
    for k in range(N_STEPS):
        log = []
        parts = {}
        t = asyncio.create_task(work(log, parts))
        for _ in range(k):
            await asyncio.sleep(0)
        was_done = t.done()
        requested = t.cancel()
        try:
            r = await t
        except asyncio.CancelledError:
            r = "CancelledError"
        # let cancelled children finish their own clean-up
        for _ in range(4):
            await asyncio.sleep(0)
        print(k, "done-before" if was_done else "", requested, r, log,
              {name: state(p) for name, p in sorted(parts.items())})

    log = []
    t = asyncio.create_task(work(log, {}))
    print("uncancelled:", await t, log)
    print("cancel after the end ->", t.cancel(), t.cancelled(), t.result())


asyncio.run(main())
