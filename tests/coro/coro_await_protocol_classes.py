# RUN: %difftest %s
# Objects with __await__: returning a generator (a generator-function
# __await__), a hand-written iterator class whose __next__ raises
# StopIteration(value), a builtin iterator (its items are yielded, the result
# is None), another coroutine's __await__() (the coroutine_wrapper), and an
# awaitable whose __await__ delegates to a types.coroutine generator.
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


class GenAwait:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            total += (yield f"gen {i}") or 0
        return total


class Countdown:
    """An iterator class used as what __await__ returns."""
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown result")
        self.n -= 1
        return f"count {self.n}"


class IterAwait:
    def __await__(self):
        return Countdown(3)


class NextOnly:
    """__next__ without __iter__ is enough for __await__'s result."""
    def __init__(self):
        self.done = False

    def __next__(self):
        if self.done:
            raise StopIteration(99)
        self.done = True
        return "next-only"


class NextOnlyAwait:
    def __await__(self):
        return NextOnly()


class BuiltinIterAwait:
    def __await__(self):
        return iter(("x", "y"))


async def helper(tag):
    got = await GenAwait(2)
    return f"helper {tag} {got}"


class DelegateAwait:
    """__await__ hands on another coroutine's wrapper."""
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return helper(self.tag).__await__()


@types.coroutine
def gen_coro(n):
    v = yield f"gen_coro {n}"
    return v * 2


class PlainGeneratorOfGenCoro:
    """A plain generator delegating to a types.coroutine generator."""
    def __await__(self):
        return (yield from gen_coro(6))


class GeneratorAwaitYieldFrom:
    """A generator __await__ that delegates with yield from."""
    def __await__(self):
        a = yield from GenAwait(1).__await__()
        b = yield from Countdown(1)
        return (a, b)


async def use(obj):
    return await obj


print(drive(use(GenAwait(3)), [1, 2, 3]))
print(drive(use(IterAwait())))
print(drive(use(NextOnlyAwait())))
print(drive(use(BuiltinIterAwait())))
print(drive(use(DelegateAwait("d")), [10, 20]))
print(drive(use(PlainGeneratorOfGenCoro()), [21]))
print(drive(use(GeneratorAwaitYieldFrom()), [7]))


# __await__ is looked up on the type, and called for every await.
class Counting:
    calls = 0

    def __await__(self):
        Counting.calls += 1
        return iter([])


async def many():
    obj = Counting()
    for _ in range(4):
        await obj
    return Counting.calls


print(drive(many()))


# An awaitable defined by a subclass, and __await__ inherited.
class Base:
    def __await__(self):
        yield type(self).__name__
        return "from Base"


class Derived(Base):
    pass


class Overrides(Base):
    def __await__(self):
        r = yield from super().__await__()
        return r + " via Overrides"


print(drive(use(Derived())))
print(drive(use(Overrides())))

# Awaiting the wrapper of a fresh coroutine directly (it is an iterator,
# not an awaitable: the TypeError names its type).
c = helper("w")
try:
    drive(use(c.__await__()))
except TypeError as e:
    print("TypeError:", e)
c.close()
