# RUN: %difftest %s
# aclose() in each state of an async generator: unstarted (the body never
# runs, the frame goes away), suspended at a yield (GeneratorExit thrown in,
# finally blocks and `except GeneratorExit` run, the awaitable ends with
# StopIteration(None)), finished (nothing happens), already closed, and
# closed while the body catches GeneratorExit and returns normally. After
# aclose every asend/__anext__ is StopAsyncIteration and a later
# athrow()/aclose() on the finished generator ends quietly with
# StopIteration (CPython 3.11 does not raise the thrown exception there).


def poke(label, action):
    try:
        result = action()
        print(label, "->", repr(result))
    except StopIteration as stop:
        print(label, "-> StopIteration", repr(stop.value), stop.args)
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


async def gen(tag):
    print(" ", tag, "starts")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(" ", tag, "GeneratorExit caught, re-raised")
        raise
    finally:
        print(" ", tag, "finally")


async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit, returning")
        return


print("unstarted:")
ag = gen("u")
poke("aclose", lambda: ag.aclose().send(None))
print("frame:", ag.ag_frame)
poke("anext", lambda: ag.__anext__().send(None))
poke("aclose again", lambda: ag.aclose().send(None))
poke("athrow", lambda: ag.athrow(ValueError("x")).send(None))

print("suspended:")
ag = gen("s")
poke("anext", lambda: ag.__anext__().send(None))
print("frame line:", ag.ag_frame.f_lineno)
poke("aclose", lambda: ag.aclose().send(None))
print("frame:", ag.ag_frame)
poke("asend", lambda: ag.asend(None).send(None))
poke("anext", lambda: ag.__anext__().send(None))
poke("athrow", lambda: ag.athrow(ValueError("after close")).send(None))
poke("aclose again", lambda: ag.aclose().send(None))

print("finished:")
ag = gen("f")
for _ in range(3):
    poke("anext", lambda: ag.__anext__().send(None))
poke("aclose", lambda: ag.aclose().send(None))
poke("athrow", lambda: ag.athrow(KeyError("k")).send(None))

print("body returns on GeneratorExit:")
ag = returns_on_exit()
poke("anext", lambda: ag.__anext__().send(None))
poke("aclose", lambda: ag.aclose().send(None))
print("frame:", ag.ag_frame)

print("aclose driven with next() and by a for loop:")
ag = gen("n")
poke("anext", lambda: ag.__anext__().send(None))
poke("next(aclose)", lambda: next(ag.aclose()))
ag = gen("loop")
poke("anext", lambda: ag.__anext__().send(None))
for x in ag.aclose():
    print("never", x)
print("loop over aclose() done, frame:", ag.ag_frame)
