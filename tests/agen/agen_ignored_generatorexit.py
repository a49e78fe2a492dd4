# RUN: %difftest %s
# aclose() on an async generator that yields again instead of finishing:
# "RuntimeError: async generator ignored GeneratorExit" from the aclose
# awaitable, whether the yield is in a finally block or in a loop that
# swallows GeneratorExit. The generator is left suspended at that yield
# (ag_frame is not None), and it is now marked closed: a second aclose() or
# an athrow() ends with StopAsyncIteration at once (nothing is thrown in),
# while __anext__() still resumes it. Awaiting (not yielding) inside the
# finally is allowed: the awaited values pass through the aclose awaitable.
# A suspended generator dropped with no finalizer hook is closed on the spot
# (its "ignored GeneratorExit" goes to stderr as an unraisable exception).
import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


def poke(label, action):
    try:
        result = action()
        print(label, "->", repr(result))
    except StopIteration as stop:
        print(label, "-> StopIteration", repr(stop.value))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


async def yields_in_finally():
    try:
        yield 1
    finally:
        print("  finally, yielding")
        yield 2
        print("  finally, after the yield")


async def swallows():
    n = 0
    while True:
        try:
            yield n
        except GeneratorExit:
            print("  swallowed GeneratorExit")
        n += 1


async def awaits_in_finally():
    try:
        yield 1
    finally:
        print("  finally, awaiting")
        got = await pause("from finally")
        print("  finally got", repr(got))


print("yield in finally:")
ag = yields_in_finally()
poke("anext", lambda: ag.__anext__().send(None))
c = ag.aclose()
poke("aclose", lambda: c.send(None))
poke("same aclose again", lambda: c.send(None))
print("frame alive:", ag.ag_frame is not None, "line", ag.ag_frame.f_lineno)
poke("second aclose", lambda: ag.aclose().send(None))
poke("athrow", lambda: ag.athrow(ValueError("v")).send(None))
poke("anext resumes it", lambda: ag.__anext__().send(None))
print("frame:", ag.ag_frame)

print("loop swallowing GeneratorExit:")
ag = swallows()
poke("anext", lambda: ag.__anext__().send(None))
poke("anext", lambda: ag.__anext__().send(None))
poke("aclose", lambda: ag.aclose().send(None))
poke("anext", lambda: ag.__anext__().send(None))
poke("aclose", lambda: ag.aclose().send(None))
poke("athrow", lambda: ag.athrow(GeneratorExit).send(None))
poke("anext", lambda: ag.__anext__().send(None))
print("dropping it (no hooks: closed on the spot, the error is unraisable):")
del ag
print("dropped")

print("ignored GeneratorExit through throw() on the aclose awaitable:")
ag = swallows()
poke("anext", lambda: ag.__anext__().send(None))
poke("aclose().throw(GeneratorExit)", lambda: ag.aclose().throw(GeneratorExit))
del ag
print("dropped")

print("await in finally during aclose:")
ag = awaits_in_finally()
poke("anext", lambda: ag.__anext__().send(None))
c = ag.aclose()
poke("aclose", lambda: c.send(None))
print("ag_running:", ag.ag_running)
poke("aclose resumed", lambda: c.send("resumed"))
print("frame:", ag.ag_frame)
