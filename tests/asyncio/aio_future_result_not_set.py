# RUN: %difftest %s
# result() before the future (or task) is done: InvalidStateError with
# CPython's message, and exception()'s for comparison.
import asyncio


async def coro():
    await asyncio.sleep(0)


async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(coro())
    for label, fn in [("future result", f.result), ("future exception", f.exception),
                      ("task result", t.result), ("task exception", t.exception)]:
        try:
            fn()
        except asyncio.InvalidStateError as e:
            print(label, "InvalidStateError:", e)
    await t
    f.cancel()


asyncio.run(main())
