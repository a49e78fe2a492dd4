# RUN: %difftest %s
# functools.partial objects as done callbacks and handle callbacks: reprs
# and the "Exception in callback" message show the wrapped function with
# the partial's arguments, then the call's own, and the function's source.
import asyncio
import functools


def cb(*args, **kwargs):
    pass


def failing(*args, **kwargs):
    raise ValueError("failing callback")


def handler(loop, ctx):
    print("HANDLER:", ctx["message"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(functools.partial(cb, 1))
    f.add_done_callback(functools.partial(cb, 1, b="x"))
    print(repr(f))
    h = loop.call_soon(functools.partial(cb, 2), 3)
    print(repr(h))
    loop.call_soon(functools.partial(failing, "p", k=1), "arg")
    f.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
