# RUN: %difftest %s
# await inside an async generator: whatever the awaited object yields (a
# types.coroutine generator, a class with __await__, a chain of coroutines)
# passes out through the asend/__anext__ awaitable to the driver, and what
# the driver sends back comes in as the awaited result; only the
# generator's own `yield` ends the awaitable (StopIteration carrying the
# value). A tiny hand-written "event loop" answers each request.
import types


@types.coroutine
def request(what):
    answer = yield ("request", what)
    return answer


class Ticket:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        got = yield ("ticket", self.n)
        return got * 10


async def lookup(key):
    a = await request(key)
    b = await request(key + "!")
    return a + b


async def producer():
    total = 0
    for key in ("x", "y"):
        value = await lookup(key)
        print("  producer got", repr(value))
        sent = yield value
        print("  producer was sent", repr(sent))
        total += await Ticket(len(value))
    yield ("total", total)


def drive(ag, sends):
    """Run each asend to completion, answering requests; print the traffic."""
    for v in sends:
        aw = ag.asend(v)
        answer = None
        while True:
            try:
                out = aw.send(answer)
            except StopIteration as stop:
                print("yielded by the generator:", repr(stop.value))
                break
            except StopAsyncIteration:
                print("generator finished")
                return
            print("passed through:", out)
            kind, arg = out
            answer = arg.upper() if kind == "request" else arg + 1


drive(producer(), [None, "one", "two", "three"])

print("awaiting a bare types.coroutine that yields None:")


@types.coroutine
def bare():
    yield


async def uses_bare():
    await bare()
    yield "after bare"
    await bare()
    await bare()
    yield "after two"


ag = uses_bare()
for _ in range(3):
    aw = ag.__anext__()
    steps = 0
    try:
        while True:
            out = aw.send(None)
            steps += 1
            print("  suspension", steps, "yielded", out)
    except StopIteration as stop:
        print("  value", repr(stop.value))
    except StopAsyncIteration:
        print("  end")
