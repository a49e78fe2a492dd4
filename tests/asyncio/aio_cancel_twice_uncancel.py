# RUN: %difftest %s
# cancel() twice counts two requests (cancelling() == 2) but delivers one
# CancelledError; a task that catches it and keeps going is not cancelled and
# still counts the request until uncancel(); uncancel() never goes below 0;
# the repr says "cancelling" while requests are pending; a second cancel
# after the coroutine caught the first is delivered at its next await.
import asyncio

log = []


async def stubborn(n_catches):
    caught = 0
    while True:
        try:
            await asyncio.sleep(0.5)
            log.append("slept fully")
            return "slept"
        except asyncio.CancelledError as e:
            task = asyncio.current_task()
            log.append(f"caught {e.args} cancelling={task.cancelling()}")
            caught += 1
            if caught > n_catches:
                raise
            if caught == 1:
                log.append(f"uncancel -> {task.uncancel()}")
            log.append(f"going on, cancelling={task.cancelling()}")


async def main():
    t = asyncio.create_task(stubborn(1))
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    print("repr state:", repr(t).split()[1])
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    print("after one delivery: cancelling", t.cancelling(), "done", t.done())
    print(t.cancel("third"), t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print(log)
    print("cancelled", t.cancelled(), "cancelling", t.cancelling())
    print("uncancel on done task ->", t.uncancel(), t.uncancel(), t.uncancel())
    del log[:]

    # Catch everything: the task finishes normally with a result.
    async def swallow():
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            log.append("swallowed")
        await asyncio.sleep(0)
        log.append("after swallow")
        return 42

    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print("result", await t, "cancelled", t.cancelled(), "cancelling", t.cancelling())
    print("uncancel ->", t.uncancel(), "then", t.uncancel())
    print(log)

    # uncancel on a task never cancelled
    async def idle():
        await asyncio.sleep(0)

    t = asyncio.create_task(idle())
    print("fresh uncancel ->", t.uncancel(), t.cancelling())
    await t


asyncio.run(main())
