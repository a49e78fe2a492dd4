# RUN: %difftest %s
# The aiter() and anext() builtins (3.10+) inside async code: aiter(ag) is
# ag; `await anext(ag)` gives the next value and raises StopAsyncIteration
# at the end; `await anext(ag, default)` gives the default instead (None is
# a valid default); both on async generators, on classes implementing
# __aiter__/__anext__ and on async genexps; aiter() on a class whose
# __aiter__ returns a fresh iterator; the TypeErrors: "'int' object is not
# an async iterable", "aiter() returned not an async iterator of type
# 'int'", "'int' object is not an async iterator", argument-count messages,
# and "object int can't be used in 'await' expression" when __anext__
# returns a non-awaitable and a default is given.
import types


@types.coroutine
def tick():
    yield


async def gen(n):
    for i in range(n):
        await tick()
        yield i


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return CounterIter(self.n)


class CounterIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 100


class BadAiter:
    def __aiter__(self):
        return 5


class PlainAnext:
    def __anext__(self):
        return 7


def error(action):
    try:
        action()
    except TypeError as e:
        return "TypeError: " + str(e)
    return "no error"


async def main():
    ag = gen(2)
    print("aiter(ag) is ag:", aiter(ag) is ag)
    print(await anext(ag), await anext(ag))
    try:
        await anext(ag)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    print(await anext(ag, "default"), await anext(ag, None), await anext(gen(0), 0))

    ag = gen(3)
    print([await anext(ag, "end") for _ in range(5)])

    c = Counter(2)
    it = aiter(c)
    print(type(it).__name__, aiter(c) is it, aiter(it) is it)
    print(await anext(it), await anext(it), await anext(it, "exhausted"))
    print([x async for x in Counter(3)])

    ge = (x * x async for x in gen(3))
    print(await anext(ge), await anext(ge, -1), await anext(ge, -1), await anext(ge, -1))

    print(error(lambda: aiter(5)))
    print(error(lambda: aiter(BadAiter())))
    print(error(lambda: anext(5)))
    print(error(lambda: anext(5, 1)))
    print(error(lambda: anext()))
    print(error(lambda: anext(gen(1), 1, 2)))
    print(error(lambda: aiter()))
    print(error(lambda: aiter(gen(1), 1)))
    print("anext(PlainAnext()) is its result:", anext(PlainAnext()))
    try:
        await anext(PlainAnext(), 1)
    except TypeError as e:
        print("TypeError:", e)


c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    print("main done")
