# RUN: %difftest %s
# throw() into a coroutine suspended inside an except block: the thrown
# exception's __context__ is the exception being handled there, whether the
# coroutine awaits a types.coroutine generator, a __await__ class returning
# a plain iterator, or another coroutine; and the same for a plain generator.
# An exception the handler itself raises after resuming chains the same way.
import types


@types.coroutine
def pause():
    yield


class It:
    def __await__(self):
        return iter([1])


async def inner():
    await pause()


def report(label, c, exc, first=None):
    c.send(None) if first is None else next(c)
    try:
        c.throw(exc)
    except BaseException as e:
        print(f"{label}: {type(e).__name__}({e}) context={e.__context__!r}")


async def over_generator():
    try:
        raise OSError("handled")
    except OSError:
        await pause()


async def over_iterator():
    try:
        raise OSError("handled")
    except OSError:
        await It()


async def over_coroutine():
    try:
        raise OSError("handled")
    except OSError:
        await inner()


def plain_generator():
    try:
        raise OSError("handled")
    except OSError:
        yield 1


report("over a types.coroutine generator", over_generator(), TypeError("new"))
report("over a plain iterator", over_iterator(), TypeError("new"))
report("over a coroutine", over_coroutine(), TypeError("new"))
report("plain generator", plain_generator(), TypeError("new"), first=True)


# Thrown into the try block nested inside the handler.
async def nested():
    try:
        raise KeyError("outer handled")
    except KeyError:
        try:
            await pause()
        except ValueError as e:
            return f"caught {e!r} with context {e.__context__!r}"


c = nested()
c.send(None)
try:
    c.throw(ValueError("thrown"))
except StopIteration as stop:
    print(stop.value)
