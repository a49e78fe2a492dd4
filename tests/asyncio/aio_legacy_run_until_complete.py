# RUN: %difftest %s
# The pre-asyncio.run style: new_event_loop, set_event_loop,
# run_until_complete on coroutines, tasks and futures (pending ones),
# several times on one loop; tasks left pending between runs make progress
# in the next run; is_running/is_closed; get_event_loop returns the set loop outside and the
# running loop inside; close.
import asyncio

log = []


async def step(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        await asyncio.sleep(0)
    return f"{tag} done"


async def report(loop):
    log.append(f"inside: running={loop.is_running()} same={asyncio.get_running_loop() is loop}")
    log.append(f"get_event_loop is loop: {asyncio.get_event_loop() is loop}")
    return 5


def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print("outside: running", loop.is_running(), "closed", loop.is_closed())
    print("get_event_loop is loop:", asyncio.get_event_loop() is loop)
    print(loop.run_until_complete(report(loop)))
    print(log)
    del log[:]

    # a background task keeps going across run_until_complete calls
    bg = loop.create_task(step("bg", 8))
    print(loop.run_until_complete(step("first", 2)))
    print(log, bg.done())
    del log[:]
    print(loop.run_until_complete(step("second", 1)))
    print(log, bg.done())
    del log[:]
    print(loop.run_until_complete(bg))
    print(log, bg.done())
    del log[:]

    # run_until_complete on a future resolved by a timer
    # (on a future already done: aio_run_until_complete_done.py)
    fut = loop.create_future()
    loop.call_later(0.005, fut.set_result, "timer result")
    print(loop.run_until_complete(fut))

    # a task created with asyncio.ensure_future outside the loop
    t = asyncio.ensure_future(step("ens", 2))
    print(type(t).__name__, t.get_loop() is loop)
    print(loop.run_until_complete(t))

    # an exception from the coroutine propagates out of run_until_complete
    async def boom():
        await asyncio.sleep(0)
        raise LookupError("boom")

    try:
        loop.run_until_complete(boom())
    except LookupError as e:
        print("caught", repr(e))

    print("before close: running", loop.is_running(), "closed", loop.is_closed())
    loop.close()
    print("after close: closed", loop.is_closed())
    loop.close()  # closing twice is fine
    asyncio.set_event_loop(None)


main()
