# RUN: %difftest %s
# throw() and close() on the awaitables themselves (what a task does when it
# is cancelled while awaiting ag.asend()): throw() on a fresh asend object
# throws into the generator at its yield; throw() while the generator is
# suspended at an await inside the asend throws into the awaited object, and
# a handler in the generator may yield a value (the awaitable's result) or
# let it propagate; throw()/close() on athrow/aclose awaitables in progress
# behave the same way. close() on an unused asend object does nothing to the
# generator. close() on an awaitable in progress (CPython 3.11) only marks
# the awaitable used up: the generator stays where it is, still flagged as
# running, until it is dropped and closed.
import types


@types.coroutine
def pause(tag):
    try:
        got = yield tag
    except Exception as e:
        print("  pause", repr(tag), "got thrown", repr(e))
        raise
    return got


def poke(label, action):
    try:
        result = action()
        print(label, "->", repr(result))
    except StopIteration as stop:
        print(label, "-> StopIteration", repr(stop.value))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", repr(e))


async def gen():
    while True:
        try:
            v = await pause("waiting")
            yield v
        except KeyError as e:
            print("  gen handles", repr(e))
            yield "handled"
        except GeneratorExit:
            print("  gen: GeneratorExit")
            raise


print("throw at a fresh asend object (generator at a yield):")
ag = gen()
a = ag.asend(None)
poke("a.send", lambda: a.send(None))
poke("a.send", lambda: a.send("v1"))
poke("fresh.throw(KeyError)", lambda: ag.asend(None).throw(KeyError("at yield")))
poke("fresh.throw(ValueError)", lambda: ag.__anext__().throw(ValueError("unhandled")))
print("frame:", ag.ag_frame)

print("throw while suspended at the await inside the asend:")
ag = gen()
a = ag.asend(None)
poke("a.send", lambda: a.send(None))
poke("a.throw(KeyError)", lambda: a.throw(KeyError("at await")))
poke("a.send", lambda: a.send(None))
b = ag.__anext__()
poke("b.send", lambda: b.send(None))
poke("b.throw(KeyError, 'two-arg')", lambda: b.throw(KeyError, "two-arg"))
c = ag.__anext__()
poke("c.send", lambda: c.send(None))
poke("c.send", lambda: c.send(None))
d = ag.__anext__()
poke("d.send", lambda: d.send(None))
poke("d.throw(ValueError)", lambda: d.throw(ValueError("escapes")))
print("frame:", ag.ag_frame)

print("close on an unused asend object:")
ag = gen()
a = ag.asend(None)
poke("a.close", lambda: a.close())
poke("anext", lambda: ag.__anext__().send(None))
print("frame alive:", ag.ag_frame is not None)
del a

print("throw/close on an aclose awaitable suspended in an await:")


async def slow_cleanup():
    try:
        yield 1
    finally:
        print("  cleanup starts")
        try:
            await pause("cleanup")
        finally:
            print("  cleanup finally")


ag = slow_cleanup()
poke("anext", lambda: ag.__anext__().send(None))
c = ag.aclose()
poke("c.send", lambda: c.send(None))
poke("c.throw(ValueError)", lambda: c.throw(ValueError("during cleanup")))
print("frame:", ag.ag_frame)

ag = slow_cleanup()
poke("anext", lambda: ag.__anext__().send(None))
c = ag.aclose()
poke("c.send", lambda: c.send(None))
poke("c.close", lambda: c.close())
print("frame alive:", ag.ag_frame is not None, "running:", ag.ag_running)
poke("c.send", lambda: c.send(None))
print("dropping the generator:")
del c, ag
print("dropped")
