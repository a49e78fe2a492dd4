# RUN: %difftest %s
# The awaitables anext() returns, driven by hand: without a default it is
# the generator's own async_generator_asend object; with a default it is an
# `anext_awaitable` (its own __await__ and __iter__ return itself; it has
# send/throw/close) that forwards to the generator's __anext__() awaitable:
# suspensions pass through, the generator's value comes back as
# StopIteration.value, StopAsyncIteration becomes StopIteration(default);
# sending into it again forwards to the used-up asend object ("cannot reuse
# already awaited __anext__()/asend()"); throw()/close() forward too.
import types


@types.coroutine
def tick(tag):
    got = yield tag
    return got


async def gen():
    got = await tick("inside gen")
    print("  gen resumed with", repr(got))
    yield "value"
    try:
        await tick("second")
        yield "unreached"
    except KeyError as e:
        print("  gen caught", repr(e))
        yield "after KeyError"


def poke(label, action):
    try:
        result = action()
        print(label, "->", repr(result))
    except StopIteration as stop:
        print(label, "-> StopIteration", repr(stop.value))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


ag = gen()
a = anext(ag)
print(type(a).__name__)
a.close()
a = anext(ag, "dflt")
print(type(a).__name__, a.__await__() is a, iter(a) is a,
      repr(a).startswith("<anext_awaitable object at 0x"))
poke("send", lambda: a.send(None))
poke("send", lambda: a.send("sent in"))
poke("send again", lambda: a.send(None))
b = anext(ag, "dflt")
poke("next", lambda: next(b))
poke("throw", lambda: b.throw(KeyError("k")))
c = anext(ag, "dflt")
poke("send", lambda: c.send(None))
poke("send again", lambda: c.send(None))
d = anext(ag, ["default", "object"])
poke("close", lambda: d.close())
poke("send after close", lambda: d.send(None))
e = anext(ag, 0)
poke("throw at finished", lambda: e.throw(ValueError("v")))
