# RUN: %difftest %s
# gather: results in argument order whatever the completion order; with
# return_exceptions=False the first failure reaches the awaiter at once while
# the other children keep running to their end (and their results stay
# retrievable); with return_exceptions=True the exceptions are results;
# the same awaitable given twice is run once and reported twice; gather()
# with nothing is an already-done future; gathers nest.
import asyncio

log = []


async def job(tag, steps, fail=None):
    for _ in range(steps):
        await asyncio.sleep(0)
    log.append(f"{tag} ends")
    if fail:
        raise fail(f"{tag} failed")
    return tag


async def main():
    # completion order differs from argument order
    res = await asyncio.gather(job("slow", 3), job("fast", 0), job("mid", 1))
    print(res, log)
    del log[:]

    # a failing child while the others still run
    kids = [asyncio.create_task(job("a", 4)), asyncio.create_task(job("b", 1, ValueError)),
            asyncio.create_task(job("c", 2)), asyncio.create_task(job("d", 3, KeyError))]
    try:
        await asyncio.gather(*kids)
    except ValueError as e:
        print("first failure:", repr(e), log)
    print("still running:", [not k.done() for k in kids])
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("later:", log)
    print("a result", kids[0].result(), "c result", kids[2].result(), "d exception", repr(kids[3].exception()))
    del log[:]

    # return_exceptions=True: exceptions in place, nothing raised
    res = await asyncio.gather(job("x", 1), job("y", 0, RuntimeError), job("z", 2, ZeroDivisionError),
                               return_exceptions=True)
    print([r if isinstance(r, str) else f"{type(r).__name__}:{r}" for r in res], log)
    del log[:]

    # duplicates: the same coroutine object, the same task, the same future
    loop = asyncio.get_running_loop()
    c = job("dup-coro", 1)
    t = asyncio.create_task(job("dup-task", 2))
    f = loop.create_future()
    loop.call_soon(f.set_result, "dup-future")
    res = await asyncio.gather(c, t, f, c, f, t, c)
    print(res, log)
    del log[:]

    # a failing duplicate
    c = job("bad", 0, IndexError)
    res = await asyncio.gather(c, c, return_exceptions=True)
    print([type(r).__name__ for r in res], res[0] is res[1], log)
    del log[:]

    # empty gather
    g = asyncio.gather()
    print("empty:", g.done(), await g, type(g).__name__)

    # nested gathers
    inner1 = asyncio.gather(job("i1", 2), job("i2", 0))
    inner2 = asyncio.gather(job("i3", 1))
    print(await asyncio.gather(inner1, job("o", 1), inner2), log)
    del log[:]

    # nested gather with a failure inside, outer with return_exceptions
    inner = asyncio.gather(job("n1", 1), job("n2", 0, OSError))
    res = await asyncio.gather(inner, job("n3", 2), return_exceptions=True)
    print([r if not isinstance(r, BaseException) else repr(r) for r in res], log)
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
