# RUN: %difftest %s
# gather over things that are already done (finished futures, finished
# tasks, a cancelled future, a failed future): the gather is not done at
# once (the children's done callbacks are scheduled), it completes one
# iteration later, in order with what else is ready; task numbers of the
# tasks gather makes from coroutines.
import asyncio

log = []


async def ticker():
    for i in range(4):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def quick(v):
    return v


async def main():
    loop = asyncio.get_running_loop()
    ok = loop.create_future()
    ok.set_result("ok")
    done_task = asyncio.create_task(quick("task"))
    await asyncio.sleep(0)
    print("task done:", done_task.done())

    tk = asyncio.create_task(ticker())
    g = asyncio.gather(ok, done_task)
    print("gather done at once:", g.done())
    g.add_done_callback(lambda f: log.append(f"gather done {f.result()}"))
    await asyncio.sleep(0)
    log.append("main after one iteration")
    print(await g)
    await tk
    print(log)
    del log[:]

    cancelled = loop.create_future()
    cancelled.cancel("early")
    failed = loop.create_future()
    failed.set_exception(OSError("early failure"))
    g = asyncio.gather(ok, cancelled, failed, return_exceptions=True)
    print("done at once:", g.done())
    res = await g
    print([r if isinstance(r, str) else (type(r).__name__, r.args) for r in res])
    try:
        await asyncio.gather(ok, failed)
    except OSError as e:
        print("without return_exceptions:", repr(e))
    try:
        await asyncio.gather(cancelled, ok)
    except asyncio.CancelledError as e:
        print("cancelled input:", e.args)

    # the tasks gather makes from coroutines take the next numbers
    g = asyncio.gather(quick(1), quick(2), quick(3))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await g)


asyncio.run(main())
