# RUN: %difftest %s
# The TypeErrors of awaiting what is not awaitable: builtin values, plain
# generators, classes without __await__, __await__ returning a non-iterator
# or a coroutine, __await__ that is not callable or raises; and that the
# error is raised inside the awaiting coroutine (catchable there).
import types


def plain_gen():
    yield 1


class NoAwait:
    pass


class AwaitReturnsInt:
    def __await__(self):
        return 42


class AwaitReturnsList:
    def __await__(self):
        return [1, 2]


class AwaitReturnsNone:
    def __await__(self):
        pass


async def some_coro():
    return 1


class AwaitReturnsCoroutine:
    def __await__(self):
        return self.c

    def __init__(self):
        self.c = some_coro()


class AwaitIsNone:
    __await__ = None


class AwaitRaises:
    def __await__(self):
        raise LookupError("from __await__")


class AwaitOnInstance:
    pass


inst = AwaitOnInstance()
inst.__await__ = lambda: iter([])


async def await_it(x):
    return await x


def attempt(label, x):
    c = await_it(x)
    try:
        out = c.send(None)
        print(label, "-> yielded", out)
        c.close()
    except StopIteration as stop:
        print(label, "-> returned", stop.value)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("int", 1)
attempt("None", None)
attempt("str", "abc")
attempt("list", [1])
attempt("function", print)
attempt("plain generator", plain_gen())
attempt("class without __await__", NoAwait())
attempt("the class itself", AwaitReturnsInt)
attempt("__await__ returns int", AwaitReturnsInt())
attempt("__await__ returns list", AwaitReturnsList())
attempt("__await__ returns None", AwaitReturnsNone())
arc = AwaitReturnsCoroutine()
attempt("__await__ returns a coroutine", arc)
arc.c.close()
attempt("__await__ is None", AwaitIsNone())
attempt("__await__ raises", AwaitRaises())
attempt("__await__ set on the instance", inst)
attempt("async function itself", some_coro)


# The error is raised at the await, inside the coroutine: code before it ran.
async def before_and_after():
    print("  before the await")
    try:
        await 3
    except TypeError as e:
        print("  caught inside:", e)
    print("  after the await")
    return "ok"


attempt("caught inside", before_and_after())


# An await of a bad value deep in a chain, caught two levels up.
async def deep_bad():
    await {}


async def deep_mid():
    await deep_bad()


async def deep_top():
    try:
        await deep_mid()
    except TypeError as e:
        return "top caught: " + str(e)


attempt("deep", deep_top())
