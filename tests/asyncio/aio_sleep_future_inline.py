# RUN: %difftest %s
# asyncio.sleep(d) awaits its future without making the future's iterator
# (FutureIter) and keeps one done callback inline: what a program can see
# of them stays CPython's. cr_await of a sleeping sleep() is a FutureIter
# (made when asked for), a second await of a sleeping coroutine is refused,
# a sleep driven by hand yields its future, a throw() lands at the await,
# and the task's repr names the future it waits for.
import asyncio


def shown(text):
    return text.replace(__file__, "FILE")


async def sleeper(d, result=None):
    return await asyncio.sleep(d, result)


async def main():
    loop = asyncio.get_running_loop()

    # A task parked in sleep: its repr, its coroutine's cr_await chain.
    t = asyncio.create_task(sleeper(0.05, "r"), name="S")
    await asyncio.sleep(0)
    print(shown(repr(t)))
    inner = t.get_coro().cr_await
    print(type(inner).__name__, inner.cr_code.co_name if hasattr(inner, "cr_code") else "-")
    it = inner.cr_await
    print(type(it).__name__, it is inner.cr_await)
    print(await t)

    # The same sleep coroutine awaited twice.
    c = asyncio.sleep(0.01, "once")

    async def await_it():
        return await c

    t1 = asyncio.create_task(await_it())
    await asyncio.sleep(0)
    try:
        await c
    except RuntimeError as e:
        print("second await:", e)
    print(await t1)

    # A sleep driven by hand: send() yields its future; a second send
    # before it is done is refused; after the result is set, StopIteration.
    c = asyncio.sleep(0.01, "hand")
    fut = c.send(None)
    print(type(fut).__name__, fut.done(), fut._asyncio_future_blocking)
    try:
        c.send(None)
    except RuntimeError as e:
        print("send again:", e)
    c.close()
    print("closed:", fut.done())

    c = asyncio.sleep(0.01, "hand2")
    fut = c.send(None)
    fut._asyncio_future_blocking = False
    print("resent is same future:", c.send(None) is fut)
    fut.set_result("x")
    try:
        c.send(None)
    except StopIteration as e:
        print("stop:", e.value)

    # throw() into a sleeping sleep coroutine: raised at its await.
    c = asyncio.sleep(0.01)
    c.send(None)
    try:
        c.throw(ValueError("thrown"))
    except ValueError as e:
        print("throw:", e, c.cr_frame)

    # Sleep cancelled, the task catches it and sleeps again.
    async def resilient():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("caught", e.args, asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
        return await asyncio.sleep(0.01, "after")

    t = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    print(t.cancel("msg"), shown(repr(t)))
    print(await t, t.cancelling())

    # Futures with several done callbacks (inline one and the rest), removal.
    f = loop.create_future()
    order = []

    def logger(i):
        return lambda fut: order.append(i)

    cbs = [logger(i) for i in range(4)]
    for cb in cbs:
        f.add_done_callback(cb)
    print(shown(repr(f)))
    print(f.remove_done_callback(cbs[0]), f.remove_done_callback(cbs[2]))
    print(shown(repr(f)))
    f.add_done_callback(cbs[0])
    f.set_result(1)
    await asyncio.sleep(0)
    print(order)
    f = loop.create_future()
    f.add_done_callback(cbs[1])
    print(f.remove_done_callback(cbs[1]), shown(repr(f)))
    f.add_done_callback(cbs[3])
    f.cancel()
    await asyncio.sleep(0)
    print(order)

    # Equal deadlines: tasks sleeping the same delay, the middle one cancelled.
    delay = 0.02
    ts = [asyncio.create_task(sleeper(delay, i)) for i in range(5)]
    await asyncio.sleep(0)
    ts[2].cancel("mid")
    print(await asyncio.gather(*ts, return_exceptions=True))

    # A task done, its gather callback queued and not run yet: the task's
    # repr shows no callback, removing finds none, a callback added now runs
    # after the queued one.
    async def quick():
        return 7

    async def watcher(t, g):
        print(shown(repr(t)), g.done(), t.remove_done_callback(print))
        t.add_done_callback(lambda fut: print("late callback, gather done:", g.done()))

    a = asyncio.create_task(quick(), name="Q")
    g = asyncio.gather(a)
    w = asyncio.create_task(watcher(a, g))
    print(await g, await w)

    # Names: given, set, made when asked for.
    t = asyncio.create_task(sleeper(0), name=42)
    print(t.get_name())
    t.set_name("renamed")
    print(t.get_name())
    await t


asyncio.run(main())
