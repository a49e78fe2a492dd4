# RUN: %difftest %s
# close() of a chain suspended deep inside: GeneratorExit is raised at the
# innermost suspension; finally blocks and with-statements run from the
# innermost level out; a level that catches GeneratorExit and re-raises it
# (or raises something else) is seen by close(); close() of created and of
# finished coroutines does nothing.
import types


@types.coroutine
def pause(tag):
    try:
        yield tag
    finally:
        print(f"    pause({tag}) finally")


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print(f"    {self.name}.__exit__({t.__name__ if t else None})")


async def bottom():
    with CM("bottom-cm"):
        try:
            await pause("bottom")
        finally:
            print("    bottom finally")


async def middle():
    try:
        await bottom()
    except GeneratorExit:
        print("    middle saw GeneratorExit, re-raising")
        raise
    finally:
        print("    middle finally")


async def top():
    try:
        await middle()
    finally:
        print("    top finally")
    print("    never: top after middle")


print("close at depth 4:")
c = top()
print("  yielded", c.send(None))
print("  close() returned", c.close())
print("  finished:", c.cr_frame is None, "closing again:", c.close())

print("close of a created coroutine runs nothing:")
c = top()
c.close()
print("  finished:", c.cr_frame is None)


async def converts():
    try:
        await pause("converts")
    except GeneratorExit:
        raise ValueError("converted GeneratorExit")


print("a level that raises another exception:")
c = converts()
c.send(None)
try:
    c.close()
except ValueError as e:
    print("  close() raised ValueError:", e, "context:", type(e.__context__).__name__)


async def returns_on_exit():
    try:
        await pause("returns")
    except GeneratorExit:
        return "value ignored by close"


print("a level that returns on GeneratorExit:")
c = returns_on_exit()
c.send(None)
print("  close() returned", c.close())


async def outer_of_converts():
    try:
        await converts()
    except ValueError as e:
        print("    outer caught", e)
        raise


print("the converted exception passes through the levels above:")
c = outer_of_converts()
c.send(None)
try:
    c.close()
except ValueError as e:
    print("  close() raised", e)


class Awaitable:
    def __await__(self):
        try:
            yield "aw"
        finally:
            print("    Awaitable.__await__ finally")


async def awaits_class():
    try:
        await Awaitable()
    finally:
        print("    awaits_class finally")


print("close through a __await__ generator:")
c = awaits_class()
c.send(None)
c.close()


class IterAwaitable:
    """__await__ returns an iterator with no close(): closing the awaiter
    skips it."""
    def __await__(self):
        return iter([1, 2])


async def awaits_iter():
    try:
        await IterAwaitable()
    finally:
        print("    awaits_iter finally")


print("close through a plain iterator:")
c = awaits_iter()
print("  yielded", c.send(None))
c.close()
print("  finished:", c.cr_frame is None)

print("close through the wrapper:")
c = top()
w = c.__await__()
next(w)
w.close()
print("  finished:", c.cr_frame is None)
