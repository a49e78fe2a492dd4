# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# Async generators dropped while suspended, with no asyncgen hooks installed
# (no event loop): each is closed on the spot, when its last reference goes
# (del, rebinding, a container cleared, the function holding it returning):
# GeneratorExit is thrown in at the yield, finally blocks and `except
# GeneratorExit` run synchronously, in the order the references go (a
# list's clear() releases its items last to first). A
# finally that awaits something that suspends cannot finish that way: the
# suspension counts as a yield and the error "async generator ignored
# GeneratorExit" is reported as unraisable on stderr (the program goes on).
# Unstarted and finished generators are dropped silently.
import types


@types.coroutine
def tick():
    yield


async def gen(tag):
    try:
        yield tag + " 1"
        yield tag + " 2"
    except GeneratorExit:
        print("  ", tag, "GeneratorExit")
        raise
    finally:
        print("  ", tag, "finally")


async def awaits_in_finally():
    try:
        yield 1
    finally:
        print("   awaits_in_finally: before await")
        await tick()
        print("   never printed")


def start(ag):
    try:
        ag.__anext__().send(None)
    except StopIteration as s:
        return s.value


a = gen("a")
print(start(a))
print("del a:")
del a
print("rebinding b:")
b = gen("b")
start(b)
b = None
print("clearing a list:")
items = [gen("x"), gen("y"), gen("z")]
for g in items:
    start(g)
del g
items.clear()


def holder():
    g = gen("local")
    start(g)
    print("holder returns")
    return "ret"


print("function:", holder())
print("unstarted and finished:")
u = gen("unstarted")
del u
f = gen("finished")
for _ in range(2):
    start(f)
try:
    f.__anext__().send(None)
except StopAsyncIteration:
    pass
del f
print("finally that awaits:")
w = awaits_in_finally()
start(w)
del w
print("program goes on")
