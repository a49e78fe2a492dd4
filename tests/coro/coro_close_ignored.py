# RUN: %difftest %s
# "coroutine ignored GeneratorExit": close() of a coroutine that catches
# GeneratorExit and suspends again raises RuntimeError; the coroutine is left
# suspended at its new await, and can be closed again. The same when the
# stubborn level is deep in a chain, and when it is a types.coroutine
# generator ("generator ignored GeneratorExit").
import types


@types.coroutine
def pause(tag):
    yield tag


async def stubborn(limit):
    n = 0
    while True:
        try:
            await pause(n)
        except GeneratorExit:
            n += 1
            print(f"  ignoring GeneratorExit #{n}")
            if n >= limit:
                print("  giving up")
                raise


c = stubborn(2)
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("suspended:", c.cr_suspended, "await:", type(c.cr_await).__name__)
c.close()
print("closed the second time:", c.cr_frame is None)


async def wraps(inner):
    try:
        return await inner
    finally:
        print("  wraps finally")


# The RuntimeError of the inner coroutine's close() is raised in the outer
# one at its await: the outer finishes with it, the inner stays suspended.
inner = stubborn(3)
c = wraps(inner)
c.send(None)
for attempt in range(2):
    try:
        c.close()
        print("attempt", attempt, "closed")
    except RuntimeError as e:
        print("attempt", attempt, "RuntimeError:", e)
print("outer finished:", c.cr_frame is None, "inner suspended:", inner.cr_suspended)
for attempt in range(2, 4):
    try:
        inner.close()
        print("attempt", attempt, "closed the inner one")
    except RuntimeError as e:
        print("attempt", attempt, "RuntimeError:", e)


@types.coroutine
def stubborn_gen():
    while True:
        try:
            yield "gen"
        except GeneratorExit:
            print("  generator ignores GeneratorExit")


async def awaits_gen():
    await stubborn_gen()


c = awaits_gen()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("finished:", c.cr_frame is None)
