# RUN: %difftest %s
# Line numbers of decorated functions in reprs: an unstarted task shows its
# coroutine "running at" the function's first line and a done one "defined
# at" it; both, and a decorated done callback's source, are the line of the
# first decorator (co_firstlineno), not of the def.
import asyncio
import types


def deco(f):
    return f


@deco
async def decorated():
    return 1


@deco
@deco
async def twice():
    await asyncio.sleep(0)
    return 2


@types.coroutine
def gen_coro(n):
    for i in range(n):
        yield
    return n


@deco
def callback(fut):
    pass


async def main():
    for make in (decorated, twice, lambda: gen_coro(2)):
        t = asyncio.create_task(make())
        print(repr(t))
        await t
        print(repr(t))
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(callback)
    print(repr(f))
    f.cancel()


asyncio.run(main())
