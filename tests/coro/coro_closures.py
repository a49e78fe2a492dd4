# RUN: %difftest %s
# Coroutines in closures: an async def closing over variables of its
# enclosing function (read after they changed, and changed with nonlocal
# across suspensions), factories of async functions, lambdas returning
# coroutines, decorators wrapping async functions in async wrappers, and a
# nested async def inside an async def.
import functools
import types


@types.coroutine
def pause(tag):
    return (yield tag)


def drive(coro, sends=()):
    out = []
    it = iter(sends)
    try:
        out.append(coro.send(None))
        while True:
            out.append(coro.send(next(it, None)))
    except StopIteration as stop:
        return out, stop.value


def counter():
    count = 0

    async def bump(by):
        nonlocal count
        before = count
        got = await pause(before)
        count += by + (got or 0)
        return before, count

    def peek():
        return count

    return bump, peek


bump, peek = counter()
c1 = bump(1)
c2 = bump(10)
print(c1.send(None), c2.send(None))  # both see 0 before either resumes
try:
    c2.send(5)
except StopIteration as stop:
    print("c2", stop.value, "count", peek())
try:
    c1.send(None)
except StopIteration as stop:
    print("c1", stop.value, "count", peek())


def make_adder(n):
    async def add(x):
        return x + n + await pause(n)
    return add


adders = [make_adder(i) for i in range(3)]
print([drive(a(100), [1000]) for a in adders])

# Late binding: the closures see the variable's final value.
fns = []
for i in range(3):
    async def late():
        return i
    fns.append(late)
print([drive(f())[1] for f in fns])

# Lambdas returning coroutines.
lam = lambda x: make_adder(x)(x)  # noqa: E731
print(drive(lam(5), [0]))
pick = lambda flag: (bump if flag else make_adder(7))  # noqa: E731
print(drive(pick(False)(1), [0]))
call_later = lambda coro_fn, *args: (lambda: coro_fn(*args))  # noqa: E731
thunk = call_later(make_adder(2), 40)
print(drive(thunk(), [0]), drive(thunk(), [1]))


def traced(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print(f"  -> {fn.__name__}{args}")
        try:
            result = await fn(*args, **kwargs)
        except Exception as e:
            print(f"  <- {fn.__name__} raised {e!r}")
            raise
        print(f"  <- {fn.__name__} = {result!r}")
        return result
    return wrapper


@traced
async def square(x):
    await pause(x)
    return x * x


@traced
async def sum_squares(*xs):
    total = 0
    for x in xs:
        total += await square(x)
    return total


@traced
async def broken():
    await pause("broken")
    raise KeyError("broken")


print(sum_squares.__name__, sum_squares.__wrapped__.__name__)
print(drive(sum_squares(1, 2, 3)))
try:
    drive(broken())
except KeyError:
    print("broken raised")


# A nested async def inside an async def, closing over the outer coroutine's
# locals.
async def outer(base):
    seen = []

    async def inner(k):
        seen.append(k)
        return base * k + await pause(k)

    a = await inner(2)
    base += 1
    b = await inner(3)
    return a, b, seen


print(drive(outer(10), [0, 0]))


# A class whose method is made by a decorator returning an async closure.
def retrying(times):
    def deco(fn):
        async def wrapper(self, *args):
            for attempt in range(times):
                try:
                    return await fn(self, *args)
                except ConnectionError as e:
                    print(f"  attempt {attempt} failed: {e}")
            return "gave up"
        return wrapper
    return deco


class Client:
    def __init__(self, failures):
        self.failures = failures

    @retrying(3)
    async def fetch(self, what):
        await pause("fetch " + what)
        if self.failures:
            self.failures -= 1
            raise ConnectionError(what)
        return "got " + what


print(drive(Client(1).fetch("a")))
print(drive(Client(5).fetch("b")))
