# RUN: %difftest %s
# `async with` inside async generators: __aenter__/__aexit__ awaited inside
# the generator (their suspensions pass through the generator's awaitable),
# yields inside the with body; __aexit__ sees None on normal exit, the
# exception thrown in by athrow(), GeneratorExit on aclose() (and may not
# suppress it usefully: suppressing GeneratorExit then yielding again is
# "async generator ignored GeneratorExit"); an __aexit__ that suppresses a
# thrown exception lets the generator continue to its next yield.
import types


@types.coroutine
def tick(tag):
    yield tag


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("  enter", self.name)
        await tick("aenter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("  exit", self.name, typ.__name__ if typ else None, repr(val))
        await tick("aexit " + self.name)
        return self.suppress


async def reader(suppress=False):
    async with Resource("outer") as a:
        async with Resource("inner", suppress) as b:
            yield a + b
            yield "second"
        yield "after inner"
    yield "after outer"


def run(aw):
    try:
        while True:
            print("  (passed through", repr(aw.send(None)) + ")")
    except StopIteration as stop:
        return repr(stop.value)
    except StopAsyncIteration:
        return "<end>"
    except BaseException as e:
        return type(e).__name__ + ": " + str(e)


print("to the end:")
ag = reader()
for _ in range(5):
    print(run(ag.__anext__()))
print("aclose in the inner body:")
ag = reader()
print(run(ag.__anext__()))
print(run(ag.aclose()))
print("athrow in the inner body:")
ag = reader()
print(run(ag.__anext__()))
print(run(ag.athrow(ValueError("bad"))))
print("athrow in the inner body, suppressed by inner:")
ag = reader(suppress=True)
print(run(ag.__anext__()))
print(run(ag.athrow(ValueError("bad"))))
print(run(ag.__anext__()))
print("aclose with a suppressing inner __aexit__:")
ag = reader(suppress=True)
print(run(ag.__anext__()))
print(run(ag.aclose()))
print("frame alive:", ag.ag_frame is not None)
del ag
print("dropped")
