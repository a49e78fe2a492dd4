# RUN: %difftest %s
# "cannot reuse already awaited coroutine": every way of touching a finished
# coroutine again (send, await, throw after it returned, after it raised,
# after close), and what still works (close() on a finished coroutine).
import types


@types.coroutine
def pause():
    yield


async def simple():
    return "value"


async def failing():
    await pause()
    raise KeyError("boom")


def finish(c):
    try:
        while True:
            c.send(None)
    except StopIteration as stop:
        return ("returned", stop.value)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))


def poke(label, action):
    try:
        result = action()
        print(label, "->", result)
    except StopIteration as stop:
        print(label, "-> StopIteration", stop.value)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


c = simple()
print(finish(c))
poke("send None", lambda: c.send(None))
poke("send 1", lambda: c.send(1))
poke("throw ValueError", lambda: c.throw(ValueError("x")))
poke("throw GeneratorExit", lambda: c.throw(GeneratorExit))
poke("close", lambda: c.close())
poke("send again", lambda: c.send(None))

c = failing()
print(finish(c))
poke("after raising: send", lambda: c.send(None))
poke("after raising: throw", lambda: c.throw(IndexError))

c = failing()
c.send(None)
c.close()
poke("after close: send", lambda: c.send(None))
poke("after close: close", lambda: c.close())


async def awaits(target):
    return await target


done = simple()
print(finish(done))
print(finish(awaits(done)))

# Awaiting the same finished coroutine from a chain: the error comes out of
# the awaiter and can be caught there.
async def catcher(target):
    try:
        await target
    except RuntimeError as e:
        return "caught: " + str(e)


print(finish(catcher(done)))

# A coroutine awaited once completely, then awaited again by another.
shared = simple()


async def first():
    return await shared


async def second():
    return await shared


print(finish(first()))
print(finish(second()))

# The wrapper of a finished coroutine says the same.
w = done.__await__()
poke("wrapper next", lambda: next(w))
poke("wrapper send", lambda: w.send(None))
