# RUN: %difftest %s
# An async generator whose body raises StopAsyncIteration or StopIteration
# (directly, or out of something it calls or awaits) fails with
# "RuntimeError: async generator raised StopAsyncIteration" / "... raised
# StopIteration"; the original exception is both __cause__ and __context__
# (suppress_context set). Afterwards the generator is finished. A
# StopAsyncIteration caught inside the body is harmless, and so is one raised
# by a nested `async for` that just ends.
import types


def poke(label, action):
    try:
        result = action()
        print(label, "->", repr(result))
    except StopIteration as stop:
        print(label, "-> StopIteration", repr(stop.value))
    except RuntimeError as e:
        print(label, "-> RuntimeError:", e, "| cause", repr(e.__cause__),
              "| context is cause", e.__context__ is e.__cause__, e.__suppress_context__)
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


async def raises_sai():
    yield 1
    raise StopAsyncIteration("explicit")


async def raises_si():
    yield 1
    raise StopIteration("explicit si")


async def first_raises():
    raise StopAsyncIteration
    yield


def helper():
    return next(iter([]))


async def via_call():
    yield "before"
    helper()


async def coro_raising():
    raise StopAsyncIteration("from a coroutine")


async def via_await():
    yield "before"
    await coro_raising()


async def caught_inside():
    try:
        raise StopAsyncIteration("caught")
    except StopAsyncIteration as e:
        yield "caught " + str(e)
    try:
        raise StopIteration
    except StopIteration:
        yield "caught StopIteration"


async def inner():
    yield "inner"


async def nested_loop():
    async for x in inner():
        yield x
    yield "after inner ended"


for f in (raises_sai, raises_si, first_raises, via_call, via_await, caught_inside, nested_loop):
    print(f.__name__ + ":")
    ag = f()
    for _ in range(3):
        poke("  anext", lambda: ag.__anext__().send(None))
    print("  frame:", ag.ag_frame)

print("through athrow:")


async def converts():
    try:
        yield 1
    except ValueError:
        raise StopAsyncIteration("from handler")


ag = converts()
poke("  anext", lambda: ag.__anext__().send(None))
poke("  athrow", lambda: ag.athrow(ValueError).send(None))
ag = converts()
poke("  anext", lambda: ag.__anext__().send(None))
poke("  athrow StopAsyncIteration itself",
     lambda: ag.athrow(StopAsyncIteration("thrown")).send(None))
