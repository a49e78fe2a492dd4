# RUN: %difftest %s
# How a coroutine's ending becomes its task's outcome: raising
# CancelledError by hand cancels the task (with no cancel() request:
# cancelling() is 0); StopIteration raised inside becomes RuntimeError
# ("coroutine raised StopIteration", the StopIteration as its cause);
# returning a future returns it, not its result; another exception raised
# while handling the cancellation replaces it (the task is not cancelled,
# the CancelledError is the __context__); one exception object is what every
# waiter and exception() see; a done callback sees the task done; sleep()
# with a delay that cannot be compared with 0 raises TypeError; False and
# 0.0 are zero delays.
import asyncio


async def raises_cancelled():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("raised by hand")


async def raises_stopiteration():
    await asyncio.sleep(0)
    raise StopIteration("stop")


async def returns(x):
    return x


async def raise_in_handler():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("while cancelling")


async def thrower():
    raise OSError("thrown")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(raises_cancelled())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled by hand:", t.cancelled(), t.cancelling())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)

    t = asyncio.create_task(raises_stopiteration())
    await asyncio.gather(t, return_exceptions=True)
    print("StopIteration:", repr(t.exception()), repr(t.exception().__cause__))

    f = loop.create_future()
    t = asyncio.create_task(returns(f))
    print("returns a future:", (await t) is f, f.done())
    f.cancel()

    t = asyncio.create_task(raise_in_handler())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    e = t.exception()
    print("raised while cancelling:", repr(e), type(e.__context__).__name__, t.cancelled(), t.cancelling())

    fut = loop.create_future()
    ex = KeyError("shared")

    async def waiter():
        try:
            await fut
        except KeyError as e:
            return e

    a = asyncio.create_task(waiter())
    b = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    fut.set_exception(ex)
    ra, rb = await asyncio.gather(a, b)
    print("the same exception object:", ra is ex, rb is ex, fut.exception() is ex)

    t = asyncio.create_task(thrower())
    await asyncio.sleep(0)
    e1 = t.exception()
    try:
        await t
    except OSError as e2:
        print("exception() and await:", e1 is e2, e1.__traceback__ is not None)

    seen = []
    t = asyncio.create_task(returns(1))
    t.add_done_callback(lambda tt: seen.append((tt.done(), tt.result(), tt is t)))
    await t
    await asyncio.sleep(0)
    print("done callback saw:", seen)

    for bad in ("x", None):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print(f"sleep({bad!r}) TypeError:", e)
    print(await asyncio.sleep(False, "False"), await asyncio.sleep(0.0, "0.0"))
    f = loop.create_future()
    print("get_loop:", f.get_loop() is loop)
    f.add_done_callback(print, context=None)
    f.set_result("printed by the done callback")
    await asyncio.sleep(0)


asyncio.run(main())
