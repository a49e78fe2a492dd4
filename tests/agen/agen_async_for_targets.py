# RUN: %difftest %s
# `async for` and async comprehensions with every kind of target: tuple
# unpacking (nested, starred), attribute and subscript targets, a target
# that fails to unpack (the ValueError comes from the loop, the generator
# stays suspended), walrus in a comprehension condition binding in the
# enclosing function, and the iteration order of side effects (target
# assignment happens after each __anext__ completes).
import types


@types.coroutine
def tick():
    yield


async def rows():
    for row in [(1, (2, 3)), (4, (5, 6, 7)), (8, (9,))]:
        await tick()
        print("  producing", row)
        yield row


class Box:
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value)


class Recorder:
    # A plain class (subclassing dict is a separate gap of pyco2cpp's).
    def __init__(self):
        self.items = {}

    def __setitem__(self, k, v):
        print("  setitem", k, v)
        self.items[k] = v

    def __repr__(self):
        return repr(self.items)


async def main():
    async for a, (b, *rest) in rows():
        print("a", a, "b", b, "rest", rest)
    box = Box()
    async for box.value in rows():
        pass
    print("box.value", box.value)
    rec = Recorder()
    i = 0
    async for rec[i] in rows():
        i += 1
    print(rec)
    ag = rows()
    try:
        async for x, (y, z) in ag:
            print("x", x, y, z)
    except ValueError as e:
        print("ValueError:", e, "| generator suspended:", ag.ag_frame is not None)
    await ag.aclose()
    print([a + sum(r) async for a, (*r,) in rows()])
    print([last async for _, (*_, last) in rows() if (seen := last) > 3], "seen", seen)


c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    print("main done")
