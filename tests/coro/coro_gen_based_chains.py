# RUN: %difftest %s
# Generator-based coroutines (types.coroutine, the pre-3.5 style) mixed with
# native ones: a chain native -> generator-based -> native -> generator-based
# where each generator-based level delegates with `yield from`; values sent
# and thrown in reach the innermost level; close() unwinds all of them;
# gi_yieldfrom and cr_await show the chain.
import types


@types.coroutine
def leaf(tag):
    try:
        got = yield tag
    except KeyError as e:
        got = f"leaf caught {e}"
    finally:
        print(f"    leaf({tag}) leaves")
    return got


async def native_mid(tag):
    r = await leaf(tag)
    return f"native_mid({r})"


@types.coroutine
def gen_mid(tag):
    r = yield from native_mid(tag)
    r2 = yield from leaf(tag + "'")
    return f"gen_mid({r}, {r2})"


async def native_top(tag):
    r = await gen_mid(tag)
    return f"native_top({r})"


@types.coroutine
def gen_top(tag):
    return (yield from native_top(tag))


def chain_of(obj):
    names = []
    while obj is not None:
        if isinstance(obj, types.CoroutineType):
            names.append("coro:" + obj.__name__)
            obj = obj.cr_await
        else:
            names.append("gen:" + obj.__name__)
            obj = obj.gi_yieldfrom
    return names


async def main(tag, action):
    g = gen_top(tag)
    return await g


for action in ("send", "throw", "close"):
    print(action + ":")
    c = main("x", action)
    print("  yielded", c.send(None))
    print("  chain", chain_of(c))
    try:
        if action == "send":
            print("  yielded", c.send("first"))
            c.send("second")
        elif action == "throw":
            print("  yielded", c.throw(KeyError("k")))
            c.send("after throw")
        else:
            c.close()
            print("  closed:", c.cr_frame is None)
    except StopIteration as stop:
        print("  returned", stop.value)


# A generator-based coroutine is also a plain generator: it can be iterated
# directly, without any await, as long as what it delegates to is also a
# generator-based one.
@types.coroutine
def counter(n):
    for i in range(n):
        yield i
    return "counted"


@types.coroutine
def counts_twice():
    a = yield from counter(2)
    b = yield from counter(3)
    return a + b


print(list(counts_twice()))
g = counts_twice()
try:
    while True:
        next(g)
except StopIteration as stop:
    print("returned", stop.value)


# But iterating one that delegates to a native coroutine yields what the
# native one yields, with the same protocol.
print(list(gen_top("iter")))
