# RUN: %difftest %s
# The exception being handled belongs to each coroutine: a coroutine
# suspended inside an except block keeps its exception (sys.exc_info(), bare
# `raise`) while other coroutines run, raise and handle their own, and its
# exception does not leak to the driver. A coroutine handling nothing sees
# the exception its resumer handles (CPython chains the handled-exception
# stack through the code that resumes it), and an exception it raises then
# takes that one as its context.
import sys
import types


@types.coroutine
def pause(tag):
    yield tag


def current():
    e = sys.exc_info()[1]
    return None if e is None else f"{type(e).__name__}({e})"


async def handler(name, exc):
    try:
        raise exc
    except Exception:
        print(f"  {name} handling: {current()}")
        await pause(name)
        print(f"  {name} resumed: {current()}")
        await pause(name)
        try:
            raise
        except Exception as again:
            print(f"  {name} re-raised: {type(again).__name__}({again})")
    print(f"  {name} after the handler: {current()}")
    return name


async def plain(name):
    print(f"  {name} sees: {current()}")
    await pause(name)
    print(f"  {name} sees after resume: {current()}")
    return name


def round_robin(*coros):
    live = list(coros)
    while live:
        for c in list(live):
            try:
                c.send(None)
            except StopIteration:
                live.remove(c)
            print(f"driver sees: {current()}")


round_robin(handler("A", KeyError("a")), plain("P"), handler("B", ValueError("b")))

print("driven from inside the driver's own except block:")
try:
    raise OSError("driver's")
except OSError:
    round_robin(plain("Q"), handler("C", IndexError("c")))
    print("driver still handles:", current())


# The context of an exception raised in a coroutine resumed while the
# driver handles another one: the driver's.
async def raises_later():
    await pause("r")
    raise TypeError("later")


c = raises_later()
c.send(None)
try:
    raise LookupError("driver context")
except LookupError:
    try:
        c.send(None)
    except TypeError as e:
        print("context of the coroutine's exception:", repr(e.__context__))


# A coroutine that raises inside its own handler after a suspension chains
# to its own exception.
async def chains():
    try:
        raise KeyError("first")
    except KeyError:
        await pause("c")
        raise ValueError("second")


c = chains()
c.send(None)
try:
    raise OSError("unrelated")
except OSError:
    try:
        c.send(None)
    except ValueError as e:
        print("chained to:", repr(e.__context__))
