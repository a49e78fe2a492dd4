# RUN: %difftest %s
# The await protocol under a task: __await__ raising, __await__ returning a
# non-iterator (TypeError), an __await__ generator doing bare yields (each
# one loop iteration, interleaving with another task); a future's own
# iterator: it yields the future itself once (setting
# _asyncio_future_blocking), a second step while still pending is "await
# wasn't used with future", and a done future's iterator stops at once
# with the result.
import asyncio


class Bad:
    def __await__(self):
        raise ValueError("from __await__")


class NotIter:
    def __await__(self):
        return 42


class YieldsTwice:
    def __await__(self):
        yield None
        yield None
        return "after two bare yields"


async def ticker(log):
    for i in range(4):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    for aw in (Bad(), NotIter()):
        try:
            await aw
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    log = []
    t = asyncio.create_task(ticker(log))
    log.append("start")
    log.append(await YieldsTwice())
    await t
    print(log)
    fut = asyncio.get_running_loop().create_future()
    print("blocking before:", fut._asyncio_future_blocking)
    it = fut.__await__()
    print(type(it).__name__, next(it) is fut, fut._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
    fut._asyncio_future_blocking = False
    print("reset:", fut._asyncio_future_blocking)
    fut.set_result(5)
    try:
        next(fut.__await__())
    except StopIteration as e:
        print("StopIteration", e.value)


asyncio.run(main())
