# RUN: %difftest %s
# asyncio.wait_for() and create_task() on an async generator's __anext__()
# awaitable (not a coroutine: wait_for/ensure_future wrap it in a task):
# the value arrives as the result; a timeout cancels the task, which throws
# CancelledError into the generator at its await (its handler runs), and
# wait_for raises TimeoutError; after that the generator is finished; a
# generator whose __anext__ completes before the timeout keeps working;
# asyncio.gather over several __anext__() awaitables of different
# generators; a task wrapping __anext__ of a finished generator ends with
# StopAsyncIteration as its exception. asyncio.iscoroutine() is True for
# the asend/athrow awaitables (they have send/throw/close/__await__), which
# is why create_task accepts them.
import asyncio


async def numbers(delays):
    try:
        for i, d in enumerate(delays):
            await asyncio.sleep(d)
            yield i
    except asyncio.CancelledError:
        print("  generator cancelled at its await")
        raise
    finally:
        print("  generator finally")


async def main():
    ag = numbers([0, 0, 5])
    print("first:", await asyncio.wait_for(ag.__anext__(), timeout=1))
    print("second:", await asyncio.wait_for(ag.asend(None), timeout=1))
    try:
        await asyncio.wait_for(ag.__anext__(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.args)
    print("finished:", ag.ag_frame is None)
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("then StopAsyncIteration")

    gens = [numbers([0]), numbers([0, 0]), numbers([])]
    results = await asyncio.gather(*(g.__anext__() for g in gens), return_exceptions=True)
    print("gather:", [r if isinstance(r, int) else type(r).__name__ for r in results])

    print("iscoroutine:", asyncio.iscoroutine(gens[2].__anext__()),
          asyncio.iscoroutine(gens[2].aclose()), asyncio.iscoroutine(gens[2]))
    t = asyncio.create_task(gens[2].__anext__())
    await asyncio.sleep(0)
    print("task on a finished generator:", t.done(), type(t.exception()).__name__)
    for g in gens[:2]:
        await g.aclose()


asyncio.run(main())
