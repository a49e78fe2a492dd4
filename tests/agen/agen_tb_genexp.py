# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# The traceback of an exception raised by a coroutine awaited in the element
# of an async generator expression that `async for` consumes: frames
# <module>, main (the async for line), <genexpr>, then the awaited
# coroutine, then a helper it calls.
import types


@types.coroutine
def tick():
    yield


def check(x):
    if x == 2:
        raise ValueError(f"bad value {x}")


async def half(x):
    await tick()
    check(x)
    return x / 2


async def main():
    gen = (await half(x) for x in range(4))
    async for v in gen:
        print("got", v)


c = main()
while True:
    c.send(None)
