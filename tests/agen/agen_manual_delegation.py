# RUN: %difftest %s
# `yield from` is not allowed in async generators, so delegation is written
# by hand: an outer async generator forwards asend() values, athrow()
# exceptions and aclose() to an inner one with `await inner.asend(v)`,
# `await inner.athrow(e)`, `await inner.aclose()`; the inner's suspensions
# pass through both awaitables to the driver; the inner's end
# (StopAsyncIteration) is caught by the outer, which then yields its own
# values; an exception the inner does not handle comes out of the outer's
# athrow awaitable and finishes both.
import types


@types.coroutine
def tick(tag):
    got = yield tag
    return got


async def inner():
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError as e:
                print("  inner handles", repr(e))
                v = 1000
            await tick("inner tick")
            if v is None:
                return
            total += v
    finally:
        print("  inner finally")


async def outer():
    it = inner()
    value = await it.asend(None)
    while True:
        try:
            sent = yield value
        except GeneratorExit:
            print("  outer closing inner")
            await it.aclose()
            raise
        except BaseException as e:
            try:
                value = await it.athrow(e)
            except StopAsyncIteration:
                break
            continue
        try:
            value = await it.asend(sent)
        except StopAsyncIteration:
            break
    yield "outer's own value"


def drive(aw):
    try:
        while True:
            print("  passed through:", aw.send(None))
    except StopIteration as s:
        return repr(s.value)
    except StopAsyncIteration:
        return "<end>"
    except BaseException as e:
        return type(e).__name__ + ": " + str(e)


ag = outer()
print(drive(ag.asend(None)))
print(drive(ag.asend(5)))
print(drive(ag.athrow(ValueError("v"))))
print(drive(ag.asend(7)))
print(drive(ag.asend(None)))
print(drive(ag.asend(None)))
print("close while delegating:")
ag = outer()
print(drive(ag.asend(None)))
print(drive(ag.asend(1)))
print(drive(ag.aclose()))
print("an exception the inner does not handle:")
ag = outer()
print(drive(ag.asend(None)))
print(drive(ag.athrow(KeyError("k"))))
print(drive(ag.asend(None)))
