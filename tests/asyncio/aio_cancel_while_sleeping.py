# RUN: %difftest %s
# Cancelling a task while it sleeps: the sleep's future is cancelled, the
# CancelledError arrives at the await inside sleep() on the next iteration,
# the sleep's timer is cancelled by its finally (the task wakes at once, not
# at the deadline), finally blocks of the task run, and the waiter of the
# task sees CancelledError. A long sleep(0.5) cancelled early must not cost
# its full duration.
import asyncio

log = []


async def sleeper(tag, delay):
    log.append(f"{tag} sleeps")
    try:
        await asyncio.sleep(delay)
        log.append(f"{tag} woke normally")
    except asyncio.CancelledError as e:
        log.append(f"{tag} cancelled {e.args}")
        raise
    finally:
        log.append(f"{tag} finally")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(sleeper("A", 0.5))
    await asyncio.sleep(0)
    log.append(f"A cancel -> {t.cancel()}")
    log.append(f"A done right after cancel: {t.done()}")
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw CancelledError")
    print("fast:", loop.time() - t0 < 0.4)
    print(log)
    del log[:]

    # Several sleepers, every other one cancelled while all are sleeping.
    ts = [asyncio.create_task(sleeper(f"S{i}", 0.01 * (i + 1))) for i in range(6)]
    await asyncio.sleep(0)
    for t in ts[::2]:
        t.cancel()
    results = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(log)
    del log[:]

    # Cancel while sleeping, with a message: the message reaches the coroutine.
    t = asyncio.create_task(sleeper("M", 0.5))
    await asyncio.sleep(0)
    t.cancel("stop now")
    await asyncio.gather(t, return_exceptions=True)
    print(log)
    print("cancelled:", t.cancelled())


asyncio.run(main())
