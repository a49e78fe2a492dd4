# RUN: %difftest %s
# A task cancelling itself: the request waits for its next suspension (the
# next await that yields raises CancelledError; an await of something done
# does not yield and so does not raise), and if it returns first the task
# still ends cancelled (the result is dropped). A task waiting on a plain
# future: cancelling the task cancels the future; cancelling the future
# (with a message) makes the task's await raise it.
import asyncio

log = []


async def cancels_self_then_awaits():
    me = asyncio.current_task()
    log.append(f"cancel() -> {me.cancel('self')}")
    log.append(f"still running, cancelling={me.cancelling()}")
    done = asyncio.get_running_loop().create_future()
    done.set_result("done value")
    log.append(f"await a done future: {await done}")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        log.append(f"sleep(0) raised {e.args}")
        raise
    log.append("not reached")


async def cancels_self_then_returns():
    asyncio.current_task().cancel()
    log.append("returning a value after cancelling myself")
    return "dropped"


async def waits_on(fut):
    try:
        return await fut
    except asyncio.CancelledError as e:
        log.append(f"waits_on saw CancelledError {e.args}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(cancels_self_then_awaits())
    await asyncio.gather(t, return_exceptions=True)
    print(log, t.cancelled())
    del log[:]

    t = asyncio.create_task(cancels_self_then_returns())
    await asyncio.gather(t, return_exceptions=True)
    print(log, "cancelled:", t.cancelled())
    del log[:]

    # cancel the task: the future it waits on is cancelled too
    fut = loop.create_future()
    t = asyncio.create_task(waits_on(fut))
    await asyncio.sleep(0)
    print("task.cancel ->", t.cancel("task msg"), "future cancelled now:", fut.cancelled())
    await asyncio.gather(t, return_exceptions=True)
    print(log, "task cancelled:", t.cancelled())
    del log[:]

    # cancel the future: the task's await raises CancelledError with the message
    fut = loop.create_future()
    t = asyncio.create_task(waits_on(fut))
    await asyncio.sleep(0)
    print("fut.cancel ->", fut.cancel("future msg"), "task done now:", t.done())
    await asyncio.gather(t, return_exceptions=True)
    print(log, "task cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    del log[:]

    # the future gets a result in the same iteration the task is cancelled
    fut = loop.create_future()
    t = asyncio.create_task(waits_on(fut))
    await asyncio.sleep(0)
    fut.set_result("raced")
    print("cancel after the result ->", t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print(log, "task cancelled:", t.cancelled())
    del log[:]

    # two tasks wait on one future; one of them is cancelled
    fut = loop.create_future()
    a = asyncio.create_task(waits_on(fut))
    b = asyncio.create_task(waits_on(fut))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print("shared future cancelled:", fut.cancelled(), "b done:", b.done())
    await asyncio.gather(a, b, return_exceptions=True)
    print(log, a.cancelled(), b.cancelled())


asyncio.run(main())
