# RUN: %difftest %s
# Errors in done callbacks and in tasks' surroundings: a done callback that
# raises is reported to the exception handler ("Exception in callback ...")
# and the remaining callbacks still run; a callback that cancels another
# task; a done callback that sets another future's result (a chain of
# futures resolved one iteration apart).
import asyncio

log = []


def handler(loop, context):
    log.append(f"HANDLER {context['message']} | {context['exception']!r}")


def bad_cb(fut):
    raise RuntimeError(f"callback failed on {fut.result()}")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(lambda fut: log.append("first"))
    f.add_done_callback(bad_cb)
    f.add_done_callback(lambda fut: log.append("third"))
    f.set_result("R")
    await asyncio.sleep(0)
    print(log)
    del log[:]

    # a chain of futures, each resolved by the previous one's callback
    chain = [loop.create_future() for _ in range(5)]
    for a, b in zip(chain, chain[1:]):
        a.add_done_callback(lambda fut, b=b: (log.append(f"pass {fut.result()}"), b.set_result(fut.result() + 1)))
    chain[0].set_result(0)
    iterations = 0
    while not chain[-1].done():
        await asyncio.sleep(0)
        iterations += 1
    print(log, "last:", chain[-1].result(), "iterations:", iterations)
    del log[:]

    # a done callback cancelling another task
    async def victim():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("victim cancelled")
            raise

    v = asyncio.create_task(victim())
    trigger = loop.create_future()
    trigger.add_done_callback(lambda fut: log.append(f"cancel -> {v.cancel()}"))
    await asyncio.sleep(0)
    trigger.set_result(None)
    await asyncio.gather(v, return_exceptions=True)
    print(log, v.cancelled())


asyncio.run(main())
