# RUN: %difftest %s
# async def with every kind of parameter: defaults (evaluated once, at def
# time), *args, keyword-only, **kwargs, positional-only; argument errors are
# raised by the call itself (no coroutine is made); the arguments are bound
# when the coroutine is created, not when it first runs; annotated
# parameters and docstrings; a mutable default shared between calls across
# suspensions.
import types


@types.coroutine
def pause():
    yield


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


def default_maker(tag):
    print("  evaluating default", tag)
    return tag


async def full(a, b=default_maker("b"), /, c=3, *args, d, e=default_maker("e"), **kw):
    """A coroutine with everything."""
    await pause()
    return a, b, c, args, d, e, sorted(kw.items())


print("calls:")
print(drive(full(1, d=4)))
print(drive(full(1, 2, 3, 4, 5, d=6, e=7, f=8, g=9)))
print(drive(full(*[1, 2], **{"c": 30, "d": 40})))

print("errors at the call:")
for label, call in (("missing a", lambda: full(d=1)),
                    ("missing d", lambda: full(1)),
                    ("b by keyword", lambda: full(1, b=2, d=3)),
                    ("c twice", lambda: full(1, 2, 3, d=4, c=5))):
    try:
        c = call()
        print(label, "made", type(c).__name__)
        c.close()
    except TypeError as e:
        print(label, "TypeError:", e)

print("doc:", full.__doc__)
print("annotated:")


async def annotated(x: int, y: "str" = "y") -> list:
    return [x, y]


print(drive(annotated(1)))
for label, call in (("too many", lambda: annotated(1, 2, 3)),
                    ("unexpected keyword", lambda: annotated(1, z=2)),
                    ("x twice", lambda: annotated(1, x=2))):
    try:
        call()
    except TypeError as e:
        print(label, "TypeError:", e)

print("arguments are bound at creation:")
items = [1, 2]
c = full(items, d=items)
items = "rebound"
print(drive(c))


async def shared_default(x, acc=[]):
    acc.append(x)
    await pause()
    acc.append(-x)
    return list(acc)


c1, c2 = shared_default(1), shared_default(2)
c1.send(None)
c2.send(None)
print(drive(c1), drive(c2))


async def no_params():
    return "none"


print(drive(no_params()))
try:
    no_params(1)
except TypeError as e:
    print("TypeError:", e)


# Methods: self binding at creation; a missing argument to a bound method.
class K:
    async def m(self, x, *, y):
        await pause()
        return self, x, y


k = K()
r = drive(k.m(1, y=2))
print(r[0] is k, r[1:])
try:
    k.m(1)
except TypeError as e:
    print("TypeError:", e)
