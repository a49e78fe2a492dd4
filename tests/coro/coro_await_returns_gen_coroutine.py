# RUN: %difftest %s
# __await__ must not return a coroutine: CPython counts a generator made by a
# types.coroutine generator function as one (its code is flagged as an
# iterable coroutine), so returning it is refused with the same TypeError as
# returning a native coroutine; a plain generator is accepted.
import types


@types.coroutine
def gen_coro(n):
    v = yield f"gen_coro {n}"
    return v * 2


def plain_gen(n):
    v = yield f"plain {n}"
    return v * 3


class ReturnsGenCoro:
    def __await__(self):
        return gen_coro(5)


class ReturnsPlainGen:
    def __await__(self):
        return plain_gen(5)


async def use(obj):
    return await obj


for obj in (ReturnsGenCoro(), ReturnsPlainGen()):
    c = use(obj)
    try:
        print("yielded", c.send(None))
        c.send(7)
    except StopIteration as stop:
        print("returned", stop.value)
    except TypeError as e:
        print("TypeError:", e)
