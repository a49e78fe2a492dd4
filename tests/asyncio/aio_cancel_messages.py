# RUN: %difftest %s
# Where a cancel message goes: into the coroutine's CancelledError; out of
# the task's await/result() once (the original exception object), after
# which result() and exception() make a new CancelledError without the
# message; gather(return_exceptions=True) reports a cancelled child as
# CancelledError('') (the task's message is not kept once the coroutine
# raised); a plain future cancelled with a message keeps it; the message of
# a cancel before the first step; a non-str message.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def catcher(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(e)
        raise


def args_of(fn):
    try:
        fn()
        return "no exception"
    except asyncio.CancelledError as e:
        return e.args


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(catcher(log))
    await asyncio.sleep(0)
    t.cancel("the message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("await:", e.args, "same object as inside:", e is log[0])
    print("result():", args_of(t.result))
    print("exception():", args_of(t.exception))
    print("result() again:", args_of(t.result))

    # unawaited: the first result() gets the original
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("second message")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done:", t.done(), "result():", args_of(t.result), "then:", args_of(t.result))

    # gather(return_exceptions=True) sees the cancelled child
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("gather message")
    res = await asyncio.gather(t, return_exceptions=True)
    print("gather:", type(res[0]).__name__, res[0].args)

    # a future cancelled with a message
    f = loop.create_future()
    f.cancel("future message")
    print("future result():", args_of(f.result), "again:", args_of(f.result))
    res = await asyncio.gather(f, return_exceptions=True)
    print("gather of future:", res[0].args)

    # cancelled before its first step, with a message
    t = asyncio.create_task(sleeper())
    t.cancel("before start")
    res = await asyncio.gather(t, return_exceptions=True)
    print("before start via gather:", res[0].args, "result():", args_of(t.result))
    t = asyncio.create_task(sleeper())
    t.cancel("before start 2")
    try:
        await t
    except asyncio.CancelledError as e:
        print("before start via await:", e.args)

    # a message that is not a str
    log = []
    t = asyncio.create_task(catcher(log))
    await asyncio.sleep(0)
    t.cancel(("a", 1))
    await asyncio.gather(t, return_exceptions=True)
    print("tuple message:", log[0].args, repr(log[0]))
    t = asyncio.create_task(catcher(log))
    await asyncio.sleep(0)
    t.cancel(msg=None)
    await asyncio.gather(t, return_exceptions=True)
    print("msg=None:", log[1].args, repr(log[1]), str(log[1]) == "")


asyncio.run(main())
