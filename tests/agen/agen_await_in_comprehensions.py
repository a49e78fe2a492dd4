# RUN: %difftest %s
# `await` inside comprehensions of an async def (which makes them async
# comprehensions even over plain iterables): in the element, in the `if`
# condition, in a nested for's iterable, in dict keys and values, and in the
# outermost iterable (evaluated once, in the enclosing function, before the
# comprehension starts); with the awaited suspensions passing through to
# the driver in order; a comprehension that both awaits and async-iterates.
import types

trace = []


@types.coroutine
def suspend(tag):
    trace.append(tag)
    got = yield tag
    return got


async def double(x):
    await suspend("double " + str(x))
    return 2 * x


async def is_odd(x):
    await suspend("odd? " + str(x))
    return x % 2 == 1


async def items(n):
    await suspend("items " + str(n))
    return range(n)


async def agen(n):
    for i in range(n):
        await suspend("agen " + str(i))
        yield i


async def main():
    print([await double(x) for x in range(3)])
    print([x for x in range(5) if await is_odd(x)])
    print({await double(x) for x in (1, 1, 2)})
    print({await double(k): await is_odd(k) for k in range(2)})
    print([(a, b) for a in range(3) for b in await items(a)])
    print([x for x in await items(3)])
    print([await double(x) async for x in agen(3) if not await is_odd(x)])
    print([[await double(y) for y in range(x)] for x in range(3)])


def drive(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as stop:
        return n, stop.value


print("suspensions:", drive(main())[0])
for t in trace:
    print(" ", t)
