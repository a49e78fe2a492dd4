# RUN: %difftest %s
# Each awaitable an async generator hands out is good for one await: once an
# __anext__()/asend() object has finished (returned a value or raised), any
# send/next on it is "RuntimeError: cannot reuse already awaited
# __anext__()/asend()"; the same for aclose()/athrow() objects with "cannot
# reuse already awaited aclose()/athrow()". throw() and close() on a used-up
# object, and reuse after the generator raised, are covered too.


async def gen():
    try:
        yield "a"
        yield "b"
        raise KeyError("inside")
    finally:
        print("  finally")


def poke(label, action):
    try:
        result = action()
        print(label, "->", repr(result))
    except StopIteration as stop:
        print(label, "-> StopIteration", repr(stop.value))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


ag = gen()
first = ag.__anext__()
poke("first.send", lambda: first.send(None))
poke("first.send again", lambda: first.send(None))
poke("next(first)", lambda: next(first))
poke("first.throw", lambda: first.throw(ValueError("v")))
poke("first.close", lambda: first.close())
poke("first.send after close", lambda: first.send(None))

second = ag.asend(None)
poke("second.send", lambda: second.send(None))
poke("second.send again", lambda: second.send(1))

third = ag.asend(None)
poke("third.send (generator raises)", lambda: third.send(None))
poke("third.send again", lambda: third.send(None))

fourth = ag.__anext__()
poke("fourth.send (finished generator)", lambda: fourth.send(None))
poke("fourth.send again", lambda: fourth.send(None))

print("athrow / aclose objects:")
ag = gen()
poke("anext", lambda: ag.__anext__().send(None))
t = ag.athrow(ValueError("thrown"))
poke("t.send", lambda: t.send(None))
poke("t.send again", lambda: t.send(None))
poke("t.throw", lambda: t.throw(ValueError("x")))
poke("t.close", lambda: t.close())

ag = gen()
poke("anext", lambda: ag.__anext__().send(None))
c = ag.aclose()
poke("c.send", lambda: c.send(None))
poke("c.send again", lambda: c.send(None))
poke("next(c)", lambda: next(c))

print("an athrow object closed before use is used up:")
ag = gen()
poke("anext", lambda: ag.__anext__().send(None))
t = ag.athrow(ValueError("never"))
poke("t.close", lambda: t.close())
poke("t.send", lambda: t.send(None))
a = ag.asend(None)
poke("a.close", lambda: a.close())
poke("a.send", lambda: a.send(None))
poke("generator still at 'a', anext", lambda: ag.__anext__().send(None))
poke("aclose", lambda: ag.aclose().send(None))
