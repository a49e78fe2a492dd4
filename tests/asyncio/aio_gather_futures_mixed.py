# RUN: %difftest %s
# gather over plain futures (resolved by call_soon and by timers, in an order
# unlike the argument order), tasks and coroutines together; the
# _GatheringFuture's reprs while pending and when done; done callbacks on
# the gather itself run in order after it completes; a future failing
# inside gather, with and without return_exceptions=True.
import asyncio

log = []


async def coro(tag):
    await asyncio.sleep(0)
    log.append(tag)
    return tag


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    f3 = loop.create_future()
    t = asyncio.create_task(coro("task"))
    g = asyncio.gather(f1, coro("coro"), f2, t, f3)
    print(type(g).__name__, repr(g))
    # (the children's reprs show gather's done callback:
    # aio_native_callback_reprs.py)
    g.add_done_callback(lambda fut: log.append("gather cb 1"))
    g.add_done_callback(lambda fut: log.append("gather cb 2"))
    loop.call_later(0.004, f1.set_result, "f1 by timer")
    loop.call_soon(f3.set_result, "f3 soon")
    loop.call_later(0.002, f2.set_result, "f2 by earlier timer")
    f3.add_done_callback(lambda fut: log.append("f3 done"))
    print(await g)
    print(log)
    print("child after:", repr(f1))
    small = asyncio.gather(coro(1), coro(2))
    await small
    print(repr(small))
    # (a longer result list in the repr: aio_future_repr_reprlib.py)
    del log[:]

    f = loop.create_future()
    loop.call_soon(f.set_exception, ArithmeticError("in a future"))
    res = await asyncio.gather(coro("x"), f, return_exceptions=True)
    print(res[0], repr(res[1]))

    f = loop.create_future()
    g = asyncio.gather(f)
    loop.call_soon(f.set_exception, ArithmeticError("raised"))
    try:
        await g
    except ArithmeticError as e:
        print("raised:", repr(e))
    print(repr(g))


asyncio.run(main())
