# RUN: %difftest %s
# `async for` over objects implementing the protocol by hand: __aiter__ may
# return another object; __anext__ may be an async def, or a plain method
# returning any awaitable (a coroutine, an object with __await__, an
# async generator's asend); StopAsyncIteration ends the loop, even when
# raised from inside the awaitable; a class whose __aiter__ is an async
# generator method; the errors for a bad __aiter__/__anext__ ("'async for'
# requires an object with __aiter__ method, got int", "'async for' received
# an object from __aiter__ that does not implement __anext__: int",
# "'async for' received an invalid object from __anext__: int").
import types


@types.coroutine
def tick():
    yield


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("  __aiter__ called")
        return self

    async def __anext__(self):
        await tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield
        if self.v is None:
            raise StopAsyncIteration("done inside __await__")
        return self.v


class PlainAnext:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        return Value(self.items.pop(0) if self.items else None)


class Container:
    def __init__(self, *items):
        self.items = items

    async def __aiter__(self):
        for x in self.items:
            await tick()
            yield x


class Delegating:
    def __init__(self, source):
        self.source = source

    def __aiter__(self):
        return self

    def __anext__(self):
        return self.source.asend(None)


async def numbers():
    yield "a"
    yield "b"


class NoAiter:
    pass


class AiterReturnsInt:
    def __aiter__(self):
        return 1


class AnextReturnsInt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


async def main():
    async for x in Countdown(3):
        print("countdown", x)
    async for x in PlainAnext([1, 2]):
        print("plain __anext__", x)
    async for x in Container("p", "q"):
        print("container", x)
    print("Container.__aiter__ type:", type(Container().__aiter__()).__name__)
    async for x in Delegating(numbers()):
        print("delegating", x)
    for bad in (5, NoAiter(), AiterReturnsInt(), AnextReturnsInt()):
        try:
            async for x in bad:
                print("never")
        except TypeError as e:
            print("TypeError:", e)


c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    print("main done")
