# RUN: %difftest %s
# await as an operand: arithmetic, comparisons (chained, with the middle
# operand awaited once), `and`/`or` short-circuits (the right side's await
# does not run), conditional expressions (only the chosen branch runs),
# unary operators, `in`/`is`, augmented assignment with awaited targets and
# values, the walrus operator, and await precedence (`await x ** 2`).
import types

trace = []


@types.coroutine
def get(v):
    trace.append(v)
    yield
    return v


def drive(coro):
    n = 0
    try:
        coro.send(None)
        while True:
            n += 1
            coro.send(None)
    except StopIteration as stop:
        return stop.value, n


async def arithmetic():
    trace.clear()
    r = [
        await get(2) + await get(3) * await get(4),
        (await get(10) - await get(4)) / await get(3),
        await get(7) // await get(2) % await get(3),
        await get(2) ** await get(10),
        -await get(5), +await get(5), ~await get(5), not await get(0),
        await get(6) & await get(3) | await get(8) ^ await get(1),
        await get(1) << await get(4) >> await get(2),
        await get("ab") * await get(2),
        await get(3) ** 2,  # (await x) ** 2: await binds tighter than **
    ]
    return r, list(trace)


async def comparisons():
    trace.clear()
    r = [
        await get(1) < await get(2) < await get(3),
        await get(3) < await get(2) < await get(99),  # stops after the first
        await get(1) == await get(1.0) != await get(2),
        await get(2) in await get([1, 2]),
        await get(None) is await get(None),
        await get("x") not in await get("abc"),
    ]
    return r, list(trace)


async def short_circuits():
    trace.clear()
    r = [
        await get(0) and await get("not evaluated 1"),
        await get(1) and await get("evaluated 1"),
        await get("") or await get("evaluated 2"),
        await get("first") or await get("not evaluated 2"),
        await get(1) and await get(0) or await get("fallback"),
        await get("yes") if await get(True) else await get("not evaluated 3"),
        await get("not evaluated 4") if await get(False) else await get("no"),
    ]
    return r, list(trace)


async def augmented():
    trace.clear()
    d = {"a": 1, "b": [1]}
    lst = [0, 0, 0]
    x = 10
    x += await get(5)
    x *= await get(2)
    d[await get("a")] += await get(100)
    d[await get("b")] += await get([2])
    lst[await get(1)] -= await get(7)

    class NS:
        attr = 3
    ns = NS()
    (await get(ns)).attr **= await get(2)
    return x, d, lst, ns.attr, [t if not isinstance(t, NS) else "NS" for t in trace]


async def walrus():
    trace.clear()
    if (n := await get(4)) > 3:
        m = (k := await get(n * 2)) + k
    values = [y := await get(1), y + await get(1)]
    while (w := await get(len(trace))) < 8:
        pass
    return n, m, k, values, w, list(trace)


print(drive(arithmetic()))
print(drive(comparisons()))
print(drive(short_circuits()))
print(drive(augmented()))
print(drive(walrus()))
