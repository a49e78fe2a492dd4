# RUN: %difftest %s
# Tasks awaiting tasks awaiting futures: results and exceptions travel up the
# chain; each waiter resumes one iteration after what it waits for is done
# (the wakeup is a done callback); awaiting a finished task or future does
# not suspend at all; a coroutine awaited directly runs inside the awaiting
# task (no extra iterations).
import asyncio

log = []


async def leaf(fut, tag):
    log.append(f"{tag}: waits for the future")
    v = await fut
    log.append(f"{tag}: got {v!r}")
    return v + 1


async def middle(fut, tag):
    t = asyncio.create_task(leaf(fut, tag + ".leaf"))
    log.append(f"{tag}: waits for its leaf")
    v = await t
    log.append(f"{tag}: leaf gave {v!r}")
    return v * 2


async def top(fut, tag):
    v = await asyncio.create_task(middle(fut, tag + ".mid"))
    log.append(f"{tag}: middle gave {v!r}")
    return v


async def plain_coro(n):
    if n == 0:
        return "bottom"
    return f"c{n}/" + await plain_coro(n - 1)


async def ticker(n):
    for i in range(n):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tick = asyncio.create_task(ticker(8))
    chain = asyncio.create_task(top(fut, "A"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("main sets the result")
    fut.set_result(10)
    print(await chain)
    await tick
    for line in log:
        print(line)

    # An exception from the future travels up through every task.
    del log[:]
    fut = loop.create_future()
    chain = asyncio.create_task(top(fut, "B"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    fut.set_exception(ValueError("from the future"))
    try:
        await chain
    except ValueError as e:
        print("caught", repr(e))
    print(log)
    print("chain done:", chain.done(), repr(chain.exception()))

    # Awaiting what is already done does not yield to the loop.
    del log[:]
    done_fut = loop.create_future()
    done_fut.set_result("ready")
    done_task = asyncio.create_task(plain_coro(0))
    await asyncio.sleep(0)
    tick = asyncio.create_task(ticker(3))
    log.append("before awaits")
    log.append(await done_fut)
    log.append(await done_task)
    log.append(await plain_coro(3))
    log.append("after awaits")
    await tick
    print(log)


asyncio.run(main())
