# RUN: %difftest %s
# DIFFTEST: traceback-frames
# `await f(...)` of a module-level coroutine function runs the fresh
# coroutine's first step directly: each way that first step can end must
# look as CPython's await does — a return (the value), a suspension on the
# first step (the driver sees the yielded value, cr_await shows the inner
# coroutine), an exception (caught by the awaiter, with the inner frame in
# its traceback), recursion past the limit (RecursionError), and at the end
# an uncaught exception whose traceback names every awaiting frame.
import sys
import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


async def leaf(x):
    if x < 0:
        raise ValueError(f"negative {x}")
    return x * 2


async def suspends_first(x):
    got = await pause(("first", x))
    return got + x


async def middle(x):
    a = await leaf(x)
    b = await suspends_first(a)
    return a, b


async def catches(x):
    try:
        return await leaf(x)
    except ValueError as e:
        print("caught", e)
        return None


async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)


def drive(coro, sends):
    out = []
    try:
        value = coro.send(None)
        for s in sends:
            out.append(value)
            print("outer cr_await is", type(coro.cr_await).__name__, coro.cr_await.__name__ if coro.cr_await else None)
            value = coro.send(s)
    except StopIteration as stop:
        print("yielded", out, "returned", stop.value)


drive(middle(5), [100])
drive(catches(3), [])
drive(catches(-3), [])
drive(deep(50), [])
try:
    drive(deep(5000), [])
except RecursionError as e:
    print("RecursionError", e)


async def top():
    await middle(-1)


drive(top(), [])
