# RUN: %difftest %s
# Misuse of the coroutine protocol: wrong argument counts to send, throw and
# close; iterating a coroutine (not an iterator: no next(), no for loop, no
# iter()); read-only cr_ attributes; __name__ and __qualname__ can be set
# (strings only); coroutine methods looked up on the type and called with a
# coroutine; isinstance against the types module's classes.
import types


async def coro():
    return 1


def show(label, fn):
    try:
        r = fn()
        print(f"{label}: {r!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


c = coro()
show("send()", lambda: c.send())
show("send(1, 2)", lambda: c.send(1, 2))
show("send(value=1)", lambda: c.send(value=1))
show("throw()", lambda: c.throw())
show("close(1)", lambda: c.close(1))
show("next(c)", lambda: next(c))
show("iter(c)", lambda: iter(c))
show("list(c)", lambda: list(c))


def loop_over():
    for _ in c:
        pass


show("for loop", loop_over)
show("len(c)", lambda: len(c))
show("c + 1", lambda: c + 1)
show("bool(c)", lambda: bool(c))
show("c == c", lambda: c == c)
show("c != coro()", lambda: c != coro())
show("hash is id-based", lambda: hash(c) == hash(c))

for attr in ("cr_running", "cr_frame", "cr_await", "cr_suspended"):
    def setter():
        setattr(c, attr, 1)
    show(f"set {attr}", setter)


def set_name(v):
    c.__name__ = v
    return c.__name__


show("set __name__", lambda: set_name("renamed"))
show("set __name__ to int", lambda: set_name(1))


def set_qualname(v):
    c.__qualname__ = v
    return c.__qualname__


show("set __qualname__", lambda: set_qualname("Q.renamed"))
show("repr after renaming", lambda: repr(c)[:len("<coroutine object Q.renamed")])
show("set other attribute", lambda: setattr(c, "extra", 1))

show("isinstance CoroutineType", lambda: isinstance(c, types.CoroutineType))
show("isinstance GeneratorType", lambda: isinstance(c, types.GeneratorType))
show("type is", lambda: type(c) is types.CoroutineType)
show("CoroutineType name", lambda: types.CoroutineType.__name__)
show("CoroutineType.send(c, None)", lambda: types.CoroutineType.send(c, None))
show("after it finished", lambda: types.CoroutineType.send(c, None))


def gen():
    yield


show("CoroutineType.send(generator)", lambda: types.CoroutineType.send(gen(), None))
show("cannot instantiate", lambda: types.CoroutineType())


def subclass():
    class Sub(types.CoroutineType):
        pass


show("cannot subclass", subclass)
show("coroutine function is a function",
     lambda: (type(coro).__name__, isinstance(coro, types.FunctionType)))
