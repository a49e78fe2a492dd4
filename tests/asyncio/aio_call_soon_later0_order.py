# RUN: %difftest %s
# call_soon, call_later(0), call_later(-1), call_at(past) and the first steps
# of new tasks: ready handles run in FIFO order within an iteration; timers
# that are due join the ready queue at the start of the next iteration, after
# what is already there; handles added while an iteration runs wait for the
# next one.
import asyncio

log = []


def cb(tag):
    log.append(tag)


def chained(tag, depth):
    log.append(f"{tag}{depth}")
    if depth:
        asyncio.get_running_loop().call_soon(chained, tag, depth - 1)


async def task_body(tag):
    log.append(f"{tag}:step1")
    await asyncio.sleep(0)
    log.append(f"{tag}:step2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, cb, "later0-a")
    loop.call_soon(cb, "soon-a")
    asyncio.create_task(task_body("T1"))
    loop.call_later(-1, cb, "later-neg")
    loop.call_at(loop.time() - 5, cb, "at-past")
    loop.call_soon(chained, "chain", 2)
    asyncio.create_task(task_body("T2"))
    loop.call_soon(cb, "soon-b")
    loop.call_later(0, cb, "later0-b")
    log.append("main:before-yield")
    await asyncio.sleep(0)
    log.append("main:after-yield1")
    await asyncio.sleep(0)
    log.append("main:after-yield2")
    await asyncio.sleep(0)
    log.append("main:after-yield3")
    for item in log:
        print(item)

    # Callbacks scheduled from a callback, and a timer scheduled from a callback.
    del log[:]

    def outer():
        log.append("outer")
        loop.call_soon(cb, "inner-soon")
        loop.call_later(0, cb, "inner-later0")

    loop.call_soon(outer)
    loop.call_soon(cb, "after-outer")
    for i in range(4):
        await asyncio.sleep(0)
        log.append(f"main{i}")
    print(log)


asyncio.run(main())
