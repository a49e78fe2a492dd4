# RUN: %difftest %s
# ensure_future (and so gather) accept any awaitable, an object whose
# __await__ returns an iterator: it is wrapped in a task running a
# coroutine that awaits it (_wrap_awaitable); the task is numbered like
# the others.
import asyncio


class Deferred:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        return self.fut.__await__()


class Immediate:
    def __await__(self):
        return iter(())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "deferred")
    t = asyncio.ensure_future(Deferred(f))
    print(type(t).__name__, t.get_name(), t.done())
    print(await t)
    t = asyncio.ensure_future(Immediate())
    print(await t)
    f2 = loop.create_future()
    loop.call_soon(f2.set_result, "in gather")
    print(await asyncio.gather(Deferred(f2), Immediate()))


asyncio.run(main())
