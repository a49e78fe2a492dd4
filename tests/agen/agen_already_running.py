# RUN: %difftest %s
# While one awaitable of an async generator is in progress (the generator is
# suspended at an await inside it, not at a yield), starting another is
# refused: "RuntimeError: anext(): asynchronous generator is already running"
# for __anext__()/asend(), "athrow(): ..." for athrow(), "aclose(): ..." for
# aclose(). The refusal happens at the new awaitable's first send (creating
# it is fine) and leaves the running one intact. ag_running is True for the
# whole time the awaitable is in progress (CPython 3.11 reports the
# "running async" flag), False at a yield. A refused awaitable is not used
# up: sending into it again is refused again. Quirk kept from CPython 3.11:
# throw() on a fresh __anext__() object skips the check and throws straight
# into the generator, at the await it is suspended at.
import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


async def worker():
    try:
        got = await pause("first await")
        print("  resumed with", got)
        yield 1
        await pause("second await")
        yield 2
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


ag = worker()
current = ag.__anext__()
poke("current.send", lambda: current.send(None))
print("ag_running:", ag.ag_running)
created = [ag.__anext__(), ag.asend(None), ag.athrow(ValueError), ag.aclose()]
print("created four more:", [type(x).__name__ for x in created])
poke("anext", lambda: created[0].send(None))
poke("asend", lambda: created[1].send(None))
poke("athrow", lambda: created[2].send(None))
poke("aclose", lambda: created[3].send(None))
poke("refused anext used again", lambda: created[0].send(None))
print("ag_running:", ag.ag_running)
poke("current.send", lambda: current.send("hello"))
print("ag_running at a yield:", ag.ag_running)

nxt = ag.__anext__()
poke("nxt.send", lambda: nxt.send(None))
print("ag_running:", ag.ag_running)
poke("aclose while running", lambda: ag.aclose().send(None))
poke("athrow while running", lambda: ag.athrow(ValueError("x")).send(None))
poke("nxt.send", lambda: nxt.send(None))
print("ag_running:", ag.ag_running)
poke("aclose", lambda: ag.aclose().send(None))
print("ag_running:", ag.ag_running, "frame:", ag.ag_frame)

print("an athrow in progress blocks the others too:")


async def catcher():
    while True:
        try:
            yield "value"
        except ValueError:
            print("  caught; awaiting")
            await pause("inside handler")
            print("  handler done")


ag = catcher()
poke("anext", lambda: ag.__anext__().send(None))
t = ag.athrow(ValueError)
poke("t.send", lambda: t.send(None))
poke("anext", lambda: ag.__anext__().send(None))
poke("athrow", lambda: ag.athrow(ValueError).send(None))
poke("aclose", lambda: ag.aclose().send(None))
poke("t.send", lambda: t.send(None))
poke("anext", lambda: ag.__anext__().send(None))

print("throw() on a fresh anext object while another is in progress:")
ag = worker()
current = ag.__anext__()
poke("current.send", lambda: current.send(None))
poke("fresh anext .throw", lambda: ag.__anext__().throw(KeyError("k")))
print("ag_running:", ag.ag_running, "frame:", ag.ag_frame)
poke("current.send", lambda: current.send(None))
