# RUN: %difftest %s
# Exceptions raised and caught across await levels: raised at the bottom and
# caught at each level above; raised after a suspension; re-raised and
# converted on the way up (with __context__ and __cause__); a StopIteration
# raised in a coroutine becomes RuntimeError; exceptions raised by a
# __await__ generator; sys.exc_info() across a suspension in a handler.
import types
import sys


@types.coroutine
def pause():
    yield


async def raise_at_bottom(kind, suspend):
    if suspend:
        await pause()
    raise kind("from the bottom")


async def level(n, kind, suspend):
    if n == 0:
        return await raise_at_bottom(kind, suspend)
    return await level(n - 1, kind, suspend)


async def catch_at(n, kind, suspend):
    try:
        await level(n, kind, suspend)
    except LookupError as e:
        return f"caught {type(e).__name__}({e}) over {n} levels"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
    except BaseException as e:
        return f"escaped {type(e).__name__}: {e}"


for suspend in (False, True):
    for n in (0, 1, 3):
        print(run(catch_at(n, KeyError, suspend)))
    print(run(catch_at(2, ValueError, suspend)))


async def converts():
    try:
        await raise_at_bottom(KeyError, True)
    except KeyError as e:
        raise ValueError("converted") from e


async def chains():
    try:
        await raise_at_bottom(IndexError, True)
    except IndexError:
        raise TypeError("while handling")


async def outer(fn):
    try:
        await fn()
    except Exception as e:
        ctx = e.__context__
        return (type(e).__name__, str(e), type(e.__cause__).__name__,
                type(ctx).__name__, e.__suppress_context__)


print(run(outer(converts)))
print(run(outer(chains)))


# StopIteration inside a coroutine: RuntimeError('coroutine raised
# StopIteration'), with the StopIteration as its cause.
async def stops():
    await pause()
    raise StopIteration("inner value")


async def catches_runtime():
    try:
        await stops()
    except RuntimeError as e:
        return (str(e), type(e.__cause__).__name__, e.__cause__.args)


print(run(catches_runtime()))


async def stops_now():
    raise StopIteration


print(run(stops_now()))


# next() on an exhausted iterator inside a coroutine is the same thing.
async def next_exhausted():
    it = iter([])
    return next(it)


print(run(next_exhausted()))


# An exception raised by a __await__ generator after it suspended.
class Flaky:
    def __await__(self):
        yield "once"
        raise ConnectionError("flaky")


async def uses_flaky():
    try:
        await Flaky()
    except ConnectionError as e:
        return "flaky failed: " + str(e)


print(run(uses_flaky()))


# sys.exc_info() inside a handler, across a suspension in the handler.
async def handler_suspends():
    try:
        raise OSError("in try")
    except OSError:
        before = sys.exc_info()[1]
        await pause()
        after = sys.exc_info()[1]
        return str(before), after is before


print(run(handler_suspends()))
print("outside:", sys.exc_info())
