# RUN: %difftest %s
# cr_await is None while the coroutine runs, even when the code running is a
# delegate it is awaiting (it has not suspended in that await yet): CPython
# reports the awaited object only while the awaiter is suspended in it.
import types


@types.coroutine
def pause():
    yield "paused"


async def inner():
    print("inner, before suspending: outer.cr_await =", type(outer_c.cr_await).__name__)
    print("inner, own cr_await =", type(inner_c.cr_await).__name__)
    await pause()
    print("inner, resumed: outer.cr_await =", type(outer_c.cr_await).__name__)
    return "inner done"


async def outer():
    global inner_c
    inner_c = inner()
    return await inner_c


outer_c = outer()
outer_c.send(None)
print("suspended: outer.cr_await is inner:", outer_c.cr_await is inner_c)
print("suspended: inner.cr_await:", type(inner_c.cr_await).__name__)
try:
    outer_c.send(None)
except StopIteration as stop:
    print(stop.value)


# The same through a types.coroutine generator's gi_yieldfrom.
@types.coroutine
def gen_outer():
    print("gen_outer running: gi_yieldfrom =", type(g.gi_yieldfrom).__name__)
    yield from sub()


@types.coroutine
def sub():
    print("sub running: gen_outer.gi_yieldfrom =", type(g.gi_yieldfrom).__name__)
    yield 1


g = gen_outer()
next(g)
print("suspended: gi_yieldfrom:", type(g.gi_yieldfrom).__name__)
g.close()
