# RUN: %difftest %s
# Async comprehensions: [x async for x in ag], set and dict forms, `if`
# filters, several `for` clauses mixing sync and async iteration in either
# order, nested comprehensions, a comprehension over an async generator
# inside an async generator, and a comprehension whose source ends with an
# exception (the partial result is lost); the loop variables do not leak.
# The order in which sources are started and values are produced is
# printed.
import types


@types.coroutine
def tick():
    yield


async def source(tag, n):
    print("  start", tag)
    for i in range(n):
        await tick()
        yield i
    print("  end", tag)


async def failing():
    yield 1
    raise KeyError("source failed")


async def squares_gen(n):
    values = [v * v async for v in source("inside agen", n)]
    for v in values:
        yield v


async def main():
    x = "outer x"
    print([x async for x in source("list", 3)])
    print(sorted({x % 2 async for x in source("set", 5)}))
    print({x: x * 10 async for x in source("dict", 3)})
    print([x async for x in source("filter", 6) if x % 2 == 0 if x != 2])
    print([(a, b) for a in "ab" async for b in source("inner " + a, 2)])
    print([(a, b) async for a in source("outer", 2) for b in "xy"])
    print([(a, b) async for a in source("A", 2) async for b in source("B" + str(a), 2)])
    print([[y async for y in source("row " + str(r), r)] async for r in source("rows", 3)])
    print([v async for v in squares_gen(4)])
    print("x after comprehensions:", x)
    try:
        print([v async for v in failing()])
    except KeyError as e:
        print("comprehension raised", repr(e))
    print({k: v async for k, v in pairs()})


async def pairs():
    for p in (("a", 1), ("b", 2), ("a", 3)):
        yield p


c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    print("main done")
