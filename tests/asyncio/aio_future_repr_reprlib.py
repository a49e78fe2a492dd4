# RUN: %difftest %s
# Results in Future, Task and _GatheringFuture reprs go through
# reprlib.repr: at most 6 items of a list, tuple or set, 4 of a dict, 6
# levels of nesting, and every string or int inside shortened on its own.
import asyncio


async def give(x):
    return x


async def main():
    loop = asyncio.get_running_loop()
    values = [
        list(range(7)),
        list(range(20)),
        tuple(range(10)),
        {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5},
        set(range(8)),
        [[1, [2, [3, [4, [5, [6, [7]]]]]]]],
        ["x" * 40, "y"],
        ["f1 by timer", "coro", "f2 by earlier timer", "task", "f3 soon"],
        [10 ** 50],
    ]
    for v in values:
        f = loop.create_future()
        f.set_result(v)
        print(repr(f))
    t = asyncio.create_task(give(list(range(20))))
    await t
    print(repr(t).split(" result=")[1])
    g = asyncio.gather(give("one"), give("two"), give("a string long enough to be cut"))
    await g
    print(repr(g))


asyncio.run(main())
