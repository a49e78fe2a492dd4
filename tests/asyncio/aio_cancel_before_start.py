# RUN: %difftest %s
# A task cancelled before its first step: the CancelledError is thrown into
# the coroutine before it ever ran, so none of its body runs (not even a
# try/finally); the task ends cancelled; result() and exception() raise
# CancelledError; cancel() returned True, a second cancel() on the pending
# task True again, and False once it is done.
import asyncio

ran = []


async def body(tag):
    try:
        ran.append(tag)
        await asyncio.sleep(0)
    finally:
        ran.append(tag + " finally")
    return tag


async def main():
    t = asyncio.create_task(body("t"))
    print("cancel ->", t.cancel())
    print("cancel again ->", t.cancel())
    print("cancelling", t.cancelling(), "done", t.done(), "cancelled", t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised CancelledError", e.args)
    print("done", t.done(), "cancelled", t.cancelled(), "ran", ran)
    print("cancel after done ->", t.cancel())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, "raised", type(e).__name__, e.args)

    # Several unstarted tasks cancelled, others not: only the others run.
    ts = [asyncio.create_task(body(f"u{i}")) for i in range(6)]
    for t in ts[1::2]:
        t.cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    print(ran)

    # A cancelled unstarted task's coroutine is closed: it cannot be resumed.
    coro = body("c")
    t = asyncio.create_task(coro)
    t.cancel()
    await asyncio.sleep(0)
    print("coroutine frame gone:", coro.cr_frame is None, t.cancelled())


asyncio.run(main())
