# RUN: %difftest %s
# Comprehensions that become asynchronous because of what they contain: in
# an async def, a plain list/dict comprehension whose element is an async
# comprehension (or awaits) is itself awaited in place; in a plain def, a
# generator expression whose element is an async comprehension or an await
# is an async generator (allowed in 3.11, iterated later by async code),
# while the same nesting in a list comprehension would be a SyntaxError;
# a generator expression over an async genexp inside a plain def.
import types


@types.coroutine
def tick():
    yield


async def agen(n):
    for i in range(n):
        await tick()
        yield i


async def value(x):
    await tick()
    return x


def plain_rows(ns):
    return ([x async for x in agen(n)] for n in ns)


def plain_awaits(xs):
    return ({k: await value(k * 2) for k in range(x)} for x in xs)


def plain_chain(ns):
    return (y * 10 async for y in (x + 1 async for x in agen(ns)))


async def main():
    print([[x async for x in agen(n)] for n in range(3)])
    print({n: [await value(x) for x in range(n)] for n in range(3)})
    print([[[z async for z in agen(y)] for y in range(x)] for x in range(3)])
    g = plain_rows([2, 0, 3])
    print(type(g).__name__, g.__qualname__)
    async for row in g:
        print("row", row)
    print([d async for d in plain_awaits([1, 2])])
    print([v async for v in plain_chain(3)])


c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    print("main done")
