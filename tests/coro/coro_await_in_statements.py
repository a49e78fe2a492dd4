# RUN: %difftest %s
# await in statement positions: if/elif and while conditions, a for loop's
# iterable, return and raise values, assert's test and message, assignment
# targets (subscript, attribute, unpacking), del of a subscript, f-strings
# (values, conversions and format specs), default arguments and decorators
# of nested defs, class bases of a nested class,
# lambda defaults, and the iterable of a comprehension's outermost clause
# (evaluated by the coroutine before the comprehension runs).
import types

trace = []


@types.coroutine
def get(v):
    trace.append(v if type(v) in (int, str, bool, list, tuple) else type(v).__name__)
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


async def control():
    trace.clear()
    out = []
    for x in (0, 1, 2):
        if await get(x == 0):
            out.append("zero")
        elif await get(x == 1):
            out.append("one")
        else:
            out.append("other")
    i = 0
    while await get(i < 2):
        i += 1
    for item in await get([7, 8]):
        out.append(item)
    return out, i, list(trace)


async def raising():
    try:
        raise await get(KeyError("awaited exception"))
    except KeyError as e:
        first = str(e)
    try:
        raise ValueError("outer") from await get(IndexError("cause"))
    except ValueError as e:
        second = repr(e.__cause__)
    try:
        assert await get(False), await get("assert message")
    except AssertionError as e:
        third = str(e)
    return first, second, third


async def targets():
    trace.clear()
    d = {}
    lst = [0, 0, 0]

    class NS:
        pass
    ns = NS()
    d[await get("k")] = await get("v")
    lst[await get(0)], lst[await get(2)] = await get((5, 6))
    (await get(ns)).attr = await get("attr value")
    a, (b, *c) = await get((1, (2, 3, 4)))
    del lst[await get(1)]
    return d, lst, ns.attr, a, b, c, list(trace)


async def fstrings():
    trace.clear()
    name, width = "pi", 8
    s1 = f"{await get(name)}={await get(3.14159):{await get(width)}.{await get(3)}}"
    s2 = f"[{await get('x')!r}] [{await get(42)!s:>5}]"
    s3 = f"{'nested ' + await get('inside')}"
    return s1, s2, s3, list(trace)


class Mixin:
    pass


async def nested_defs():
    trace.clear()

    def deco_factory(tag):
        def deco(fn):
            fn.tag = tag
            return fn
        return deco

    @deco_factory(await get("decorator arg"))
    def inner(a=await get(1), *, b=await get(2)):
        return a + b

    class Base:
        kw = "from Base"

    class Child(await get(Base), await get(Mixin)):
        pass

    lam = lambda x=await get(10): x * 2  # noqa: E731
    return inner(), inner.tag, Child.kw, [k.__name__ for k in Child.__mro__], lam(), list(trace)


async def comprehensions():
    trace.clear()
    squares = [x * x for x in await get([1, 2, 3])]
    pairs = {k: v for k, v in await get([("a", 1), ("b", 2)])}
    evens = {x for x in await get((4, 5, 6)) if x % 2 == 0}
    gen = (x + 1 for x in await get([10, 20]))
    nested = [(x, y) for x in await get([1, 2]) for y in range(x)]
    return squares, pairs, sorted(evens), list(gen), nested, list(trace)


async def returns():
    return await get("returned value")


async def return_tuple():
    return await get(1), await get(2)


for fn in (control, raising, targets, fstrings, nested_defs, comprehensions,
           returns, return_tuple):
    print(fn.__name__, drive(fn()))
