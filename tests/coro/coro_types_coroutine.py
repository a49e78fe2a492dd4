# RUN: %difftest %s
# types.coroutine: a decorated generator function makes generators that can
# be awaited (and that may `yield from` a coroutine); the decorator returns
# the same function object; applied to an async function it changes nothing.
# An undecorated generator cannot delegate to a coroutine (but can to a
# coroutine's __await__()).
import types


def drive(coro, sends=()):
    out = []
    it = iter(sends)
    try:
        out.append(coro.send(None))
        while True:
            out.append(coro.send(next(it, None)))
    except StopIteration as stop:
        return out, stop.value


def gen_fn():
    x = yield "g"
    return x


decorated = types.coroutine(gen_fn)
print("same function object:", decorated is gen_fn)
g = gen_fn()
print("type:", type(g).__name__, isinstance(g, types.GeneratorType),
      isinstance(g, types.CoroutineType))
print("it is still an iterator:", next(g))
g.close()


async def awaits(x):
    return await x


print(drive(awaits(gen_fn()), ["sent"]))


async def native():
    return "native"


print("on an async def:", types.coroutine(native) is native)


@types.coroutine
def delegates_to_coroutine():
    r = yield from native()
    v = yield r
    return v


print(drive(awaits(delegates_to_coroutine()), ["back"]))


def plain_gen():
    yield from native()


try:
    list(plain_gen())
except TypeError as e:
    print("TypeError:", e)


def plain_gen_await_wrapper():
    return (yield from native().__await__())


print("a plain generator over the wrapper:", drive(plain_gen_await_wrapper()))


# The decorated function keeps its name.
@types.coroutine
def named():
    yield


print(named.__name__, named.__qualname__)


# types.coroutine generators awaited in a loop, with values going both ways.
@types.coroutine
def echo(v):
    got = yield v
    return (v, got)


async def loop_of_echoes(n):
    out = []
    for i in range(n):
        out.append(await echo(i))
    return out


print(drive(loop_of_echoes(3), "abc"))

# Not callable: a TypeError.
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
