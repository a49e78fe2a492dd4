# RUN: %difftest %s
# Async generator expressions: `(x async for x in ag)` and `(await f(x) for x
# in xs)` are async generators (laziness: nothing runs until iterated; the
# outermost iterable, and its __aiter__ for an async one, are evaluated at
# creation); consumed by `async for`, by an async comprehension, and by hand
# with __anext__/asend/aclose; a plain def may build and return one (await
# and async for inside a generator expression are allowed outside async
# functions in 3.11, since the genexp itself is the async function); a
# genexp whose element awaits and that async-iterates another genexp.
import types


@types.coroutine
def tick(tag):
    print("    tick", tag)
    yield


class Source:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("  Source.__aiter__")
        return self

    async def __anext__(self):
        await tick("source")
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def agen(n):
    for i in range(n):
        yield i


async def triple(x):
    await tick("triple " + str(x))
    return 3 * x


def make_range():
    print("  outermost iterable evaluated")
    return range(3)


def plain_builder(xs):
    return (await triple(x) for x in xs)


def plain_builder2(ag):
    return (x + 100 async for x in ag)


async def main():
    g = (x * 2 async for x in Source(2))
    print("created", type(g).__name__)
    async for v in g:
        print("  got", v)
    g = (await triple(x) for x in make_range())
    print("created", type(g).__name__)
    async for v in g:
        print("  got", v)
    print([v async for v in (x async for x in agen(3) if x != 1)])
    print([v async for v in plain_builder([1, 2])])
    print([v async for v in plain_builder2(agen(2))])
    chain = (await triple(v) async for v in (x + 1 async for x in agen(2)))
    print([v async for v in chain])

    g = (x async for x in agen(5))
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    print("closed, frame", g.ag_frame)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    g = (x async for x in agen(2))
    try:
        print(await g.asend("value"))
    except TypeError as e:
        print("TypeError:", e)


c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    print("main done")
