# RUN: %difftest %s
# _asyncio_future_blocking is a plain flag on CPython's C Future: any value
# may be assigned and its truth is kept.
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    for v in (True, 0, "yes", None, 1):
        try:
            f._asyncio_future_blocking = v
            print(repr(v), "->", f._asyncio_future_blocking)
        except ValueError as e:
            print(repr(v), "ValueError:", e)
    f.cancel()


asyncio.run(main())
