# RUN: %difftest %s
# Handles: call_soon returns a Handle, call_later/call_at a TimerHandle;
# cancel() before the run prevents it, cancel() after the run is harmless;
# cancelled() says so (also after the run); extra positional arguments are
# passed through; a callback returning a value is fine; handles run in order
# even when some in between are cancelled, or cancelled by an earlier
# handle of the same iteration.
import asyncio

log = []


def record(*args):
    log.append(args)
    return "ignored return value"


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(record, "soon", 1, 2)
    th = loop.call_later(0.001, record, "later")
    ah = loop.call_at(loop.time(), record, "at")
    print(type(h).__name__, type(th).__name__, type(ah).__name__)
    print(isinstance(th, asyncio.Handle), isinstance(th, asyncio.TimerHandle), isinstance(h, asyncio.TimerHandle))
    handles = [loop.call_soon(record, i) for i in range(8)]
    for k in (1, 2, 5):
        handles[k].cancel()
    print([x.cancelled() for x in handles])
    await asyncio.sleep(0.005)
    print(log)
    h.cancel()
    print("cancel after run:", h.cancelled())
    # (non-callables given to call_soon/call_later: aio_call_soon_non_callable.py)
    del log[:]
    # a handle cancelled by an earlier handle of the same iteration does not run
    victim = []
    loop.call_soon(lambda: victim[0].cancel())
    victim.append(loop.call_soon(record, "victim"))
    loop.call_soon(record, "survivor")
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
