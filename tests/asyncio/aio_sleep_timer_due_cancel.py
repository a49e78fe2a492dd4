# RUN: %difftest %s
# A sleeping task's timer and other callbacks due in the same loop
# iteration: the order in which they run decides whether the task is
# cancelled at its sleep or after it (the sleep's future already has its
# result). Sleep timers and call_later handles share one heap, in deadline
# order; the wake-up goes through the ready queue after the timer's
# callback, as CPython's _set_result_unless_cancelled then Task.__wakeup.
import asyncio
import time

log = []


async def sleeper(tag, delay):
    try:
        r = await asyncio.sleep(delay, result=tag)
        log.append(f"{tag} woke with {r}")
        await asyncio.sleep(0)
        log.append(f"{tag} after sleep(0)")
    except asyncio.CancelledError as e:
        log.append(f"{tag} cancelled {e.args}")
        raise


def canceller(task, tag):
    log.append(f"cancel {tag}: {task.cancel(tag)} {task.done()}")


def marker(tag):
    log.append(f"marker {tag}")


async def main():
    loop = asyncio.get_running_loop()
    # The canceller is due before the sleep's timer: the sleep's future is
    # cancelled and its timer, due in the same iteration, sets nothing.
    a = asyncio.create_task(sleeper("A", 0.02))
    await asyncio.sleep(0)
    loop.call_later(0.005, canceller, a, "A")
    loop.call_later(0.03, marker, "after A")
    time.sleep(0.05)  # every timer above is due at the next iteration
    await asyncio.gather(a, return_exceptions=True)
    print(log)
    del log[:]

    # The sleep's timer is due first: its future has its result, and the
    # cancel that follows, before the task's wake-up runs, hits the task
    # itself: CancelledError is thrown in at the sleep all the same.
    b = asyncio.create_task(sleeper("B", 0.005))
    await asyncio.sleep(0)
    loop.call_later(0.02, canceller, b, "B")
    loop.call_later(0.001, marker, "before B")
    time.sleep(0.05)
    print(await asyncio.gather(b, return_exceptions=True))
    print(log)
    del log[:]

    # Many sleepers and handles interleaved; every third sleeper is
    # cancelled by a handle due just before it.
    tasks = []
    for i in range(30):
        t = asyncio.create_task(sleeper(f"T{i}", 0.01 * (i + 1)))
        tasks.append(t)
    await asyncio.sleep(0)
    for i in range(30):
        loop.call_later(0.01 * (i + 1) - 0.005, marker, f"m{i}")
        if i % 3 == 0:
            loop.call_later(0.01 * (i + 1) - 0.0025, canceller, tasks[i], f"T{i}")
    time.sleep(0.35)
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(log)
    print(sorted(log) == sorted(set(log)), len(log))


asyncio.run(main())
