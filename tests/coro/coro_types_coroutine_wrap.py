# RUN: %difftest %s
# types.coroutine applied to a plain function: CPython returns a wrapper
# (functools.wraps keeps the name) whose call passes native coroutines and
# iterable-coroutine generators through and wraps any other generator in a
# _GeneratorWrapper, which can be awaited; other results pass unchanged.
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


async def awaits(x):
    return await x


async def native():
    return "native"


@types.coroutine
def flagged():
    x = yield "flagged"
    return x


def returns_flagged():
    return flagged()


wrapped = types.coroutine(returns_flagged)
print("wrapped:", wrapped is returns_flagged, wrapped.__name__, wrapped.__wrapped__ is returns_flagged)
print("an iterable coroutine passes through:", type(wrapped()).__name__)
print(drive(awaits(wrapped()), ["via wrapper"]))


def undecorated_gen():
    x = yield "u"
    return x * 2


def returns_undecorated():
    return undecorated_gen()


r = types.coroutine(returns_undecorated)()
print("a plain generator is wrapped:", type(r).__name__, type(r) is types.GeneratorType)
print(drive(awaits(r), [21]))


def returns_coroutine():
    return native()


r = types.coroutine(returns_coroutine)()
print("a coroutine passes through:", type(r).__name__)
print(drive(awaits(r)))


def returns_int():
    return 5


print("anything else passes through:", types.coroutine(returns_int)())


# The wrapper's own face: its repr names the wrapped function, and the
# _GeneratorWrapper forwards names, code, throw, close and iteration.
print(repr(wrapped).startswith("<function returns_flagged at 0x"), wrapped.__qualname__, wrapped.__doc__)
w = types.coroutine(returns_undecorated)()
print(w.__name__, w.__qualname__, w.gi_code is w.cr_code, w.gi_code.co_name, w.gi_running, w.cr_await)
print(iter(w) is w.__await__(), type(iter(w)).__name__, next(w))
try:
    w.throw(ValueError("thrown in"))
except ValueError as e:
    print("throw forwarded:", e)
w2 = types.coroutine(returns_undecorated)()
print(next(w2), w2.close(), w2.gi_frame)
w2.__name__ = "renamed"
print(w2.__name__)
