# RUN: %difftest %s
# iscoroutine / iscoroutinefunction on coroutine objects and functions,
# methods, generators, lambdas and plain values; ensure_future returns a
# future unchanged, wraps a coroutine in a new task (scheduled, numbered),
# and rejects other values with a TypeError; create_task rejects
# non-coroutines.
import asyncio


async def co_fn(x=1):
    return x


def gen_fn():
    yield 1


def plain_fn():
    return 1


class K:
    async def amethod(self):
        return "amethod"

    def method(self):
        return "method"


async def main():
    c = co_fn()
    g = gen_fn()
    checks = [
        ("coroutine object", c),
        ("coroutine function", co_fn),
        ("async method", K().amethod),
        ("async method via class", K.amethod),
        ("plain method", K().method),
        ("generator", g),
        ("generator function", gen_fn),
        ("plain function", plain_fn),
        ("lambda", lambda: None),
        ("int", 3),
        ("None", None),
        ("future", asyncio.get_running_loop().create_future()),
    ]
    for label, obj in checks:
        print(f"{label}: iscoroutine={asyncio.iscoroutine(obj)} "
              f"iscoroutinefunction={asyncio.iscoroutinefunction(obj)}")
    c.close()
    g.close()

    f = asyncio.get_running_loop().create_future()
    print("ensure_future(future) is future:", asyncio.ensure_future(f) is f)
    t = asyncio.create_task(co_fn(5))
    print("ensure_future(task) is task:", asyncio.ensure_future(t) is t)
    t2 = asyncio.ensure_future(co_fn(6))
    print("ensure_future(coroutine):", type(t2).__name__, t2.get_name(), t2.done())
    print(await t, await t2)
    for bad in (42, "text", None):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("ensure_future", type(bad).__name__, "TypeError:", e)
    for bad in (42, co_fn):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            # the function's repr has its address: keep what comes before
            print("create_task", type(bad).__name__, "TypeError:", str(e).split(" at 0x")[0])
    f.cancel()


asyncio.run(main())
