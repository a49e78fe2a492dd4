# RUN: %difftest %s
# try/finally in coroutines with awaits everywhere: in the try body, in the
# finally block itself, in loops with break/continue through finally, return
# overridden by a return in finally, an exception replaced in finally, and
# nested finally blocks unwinding in order.
import types

log = []


@types.coroutine
def pause(tag):
    log.append(tag)
    return (yield tag)


def run(coro):
    n = 0
    try:
        coro.send(None)
        while True:
            n += 1
            coro.send(n)
    except StopIteration as stop:
        return stop.value, n
    except Exception as e:
        return f"raised {type(e).__name__}: {e}", n


async def await_in_finally():
    try:
        x = await pause("try")
        return f"try returned {x}"
    finally:
        y = await pause("finally")
        log.append(f"finally got {y}")


async def return_overridden():
    try:
        await pause("t")
        return "from try"
    finally:
        await pause("f")
        return "from finally"  # noqa: B012


async def exception_replaced():
    try:
        await pause("t")
        raise KeyError("original")
    finally:
        await pause("f")
        raise ValueError("replacement")


async def exception_swallowed():
    try:
        raise KeyError("dropped")
    finally:
        await pause("f")
        return "finally returned over the exception"  # noqa: B012


async def loops():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(await pause(f"body {i}"))
        finally:
            out.append(f"fin {i}")
            await pause(f"fin {i}")
    else:
        out.append("no else after break")
    while True:
        try:
            await pause("while")
            break
        finally:
            out.append("while finally")
    return out


async def nested():
    try:
        try:
            try:
                await pause("innermost")
                raise IndexError("deep")
            finally:
                log.append("f1")
                await pause("f1")
        finally:
            log.append("f2")
            await pause("f2")
    except IndexError as e:
        await pause("handler")
        return f"handled {e}"
    finally:
        log.append("f3")


for fn in (await_in_finally, return_overridden, exception_replaced,
           exception_swallowed, loops, nested):
    log.clear()
    print(fn.__name__, run(fn()), log)


# The exception pending in a finally block is not visible to another
# coroutine that runs while this one is suspended there.
async def pending_elsewhere():
    try:
        raise RuntimeError("pending")
    finally:
        await pause("suspended in finally")


import sys
c = pending_elsewhere()
c.send(None)
print("exc_info outside while suspended:", sys.exc_info())
try:
    c.send(None)
except RuntimeError as e:
    print("resumed and re-raised:", e)
