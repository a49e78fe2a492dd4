# RUN: %difftest %s
# await in call positions and displays: positional, keyword, *args and
# **kwargs arguments; the callee and the receiver of a method call; the
# subscript and the slice bounds; attributes of an awaited result; an await
# of an awaited coroutine; list, tuple, set and dict displays with starred
# parts. Each await suspends, so the driver counts the suspensions.
import types

trace = []


@types.coroutine
def get(v):
    trace.append(v if type(v) in (int, str, list, tuple, dict, set) else type(v).__name__)
    got = yield
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


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


class Obj:
    value = 7

    def method(self, x):
        return ("method", x)

    def __getitem__(self, k):
        return ("item", k)


async def returns_coroutine():
    return get("inner")


async def args():
    trace.clear()
    r = [
        f(await get(1), 2, await get(3)),
        f(a=await get("a"), b=2),
        f(*await get([1, 2]), *[3], **await get({"k": 4})),
        (await get(f))(5, x=await get(6)),
        (await get(Obj())).method(await get(8)),
        Obj().method(x=await get(9)),
        (await get(Obj())).value,
        [10, 20, 30, 40][await get(2)],
        [10, 20, 30, 40][await get(1):await get(3)],
        "abcdef"[::await get(2)],
        Obj()[await get("k"), await get("l")],
        await (await returns_coroutine()),
        await get(await get("nested")),
    ]
    return r, list(trace)


print(drive(args()))


async def displays():
    trace.clear()
    lst = [await get(1), *await get((2, 3)), await get(4)]
    tup = (await get("t"),)
    st = {await get(5), *await get({6, 7})}
    dct = {await get("k1"): await get("v1"), **await get({"k2": "v2"}), "k3": await get("v3")}
    nested = [[await get(0)], (await get(()),)]
    return lst, tup, sorted(st), dct, nested, list(trace)


print(drive(displays()))


async def keyword_and_default_mix():
    trace.clear()

    def g(a, b=await get("default b"), *rest, c=await get("default c"), **kw):
        return a, b, rest, c, sorted(kw.items())

    r1 = g(await get("a"))
    r2 = g(1, 2, 3, c=await get("c"), d=await get("d"))
    return r1, r2, list(trace)


print(drive(keyword_and_default_mix()))
