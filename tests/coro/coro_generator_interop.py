# RUN: %difftest %s
# Coroutines and generators together: a coroutine iterating a generator
# between awaits, a generator driving a coroutine by hand and yielding what
# it yields, a generator expression over an awaited list, generators kept in
# a coroutine's locals across suspensions, a coroutine closing a generator,
# and a generator holding a suspended coroutine that it closes in finally.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


def drive(coro, sends=()):
    out = []
    it = iter(sends)
    try:
        out.append(coro.send(None))
        while True:
            out.append(coro.send(next(it, None)))
    except StopIteration as stop:
        return out, stop.value


def numbers(n):
    for i in range(n):
        yield i * i


async def sums_with_pauses(n):
    total = 0
    for x in numbers(n):
        total += x
        await pause(x)
    return total


print(drive(sums_with_pauses(4)))


def drive_as_generator(coro):
    """A generator that drives a coroutine and yields what it yields."""
    value = None
    try:
        while True:
            value = yield coro.send(value)
    except StopIteration as stop:
        return stop.value


async def asks():
    a = await pause("first?")
    b = await pause("second?")
    return a + b


g = drive_as_generator(asks())
print(next(g), g.send(10))
try:
    g.send(5)
except StopIteration as stop:
    print("generator returned", stop.value)


async def genexp_over_awaited():
    gen = (x * 2 for x in await pause([1, 2, 3]))
    first = next(gen)
    await pause("between")
    return first, list(gen)


print(drive(genexp_over_awaited(), [[5, 6, 7]]))


async def holds_generator():
    g = numbers(10)
    taken = []
    for _ in range(3):
        taken.append(next(g))
        await pause(len(taken))
    g.close()
    return taken, list(g)


print(drive(holds_generator()))


def generator_holding_coroutine():
    c = asks()
    try:
        yield c.send(None)
        yield "generator's own"
    finally:
        print("  generator closes the coroutine")
        c.close()
        print("  coroutine finished:", c.cr_frame is None)


g = generator_holding_coroutine()
print(next(g), next(g))
g.close()


# A coroutine driving another coroutine by hand inside itself.
async def manual_driver():
    inner = asks()
    q1 = inner.send(None)
    q2 = inner.send(1)
    outer_answer = await pause(f"forwarding {q1} and {q2}")
    try:
        inner.send(outer_answer)
    except StopIteration as stop:
        return stop.value


print(drive(manual_driver(), [41]))


# map/filter/zip over coroutine results collected in a loop.
async def collect():
    results = []
    for i in range(4):
        results.append(await pause(i))
    return list(map(str, filter(None, results))), list(zip(results, "abcd"))


print(drive(collect(), [0, 1, 0, 3]))
