# RUN: %difftest %s
# try/finally and try/except/else inside async generators, around yields and
# awaits: finally blocks run when the generator finishes, when it is closed
# at each possible yield, when an exception thrown in at a yield unwinds
# them; a finally may await; nested finally blocks run innermost first; a
# return inside try still runs the finally; break/continue through finally.
import types


@types.coroutine
def tick(tag):
    yield tag


async def nested():
    try:
        print("  outer try")
        try:
            print("  inner try")
            yield "in inner"
            await tick("inner await")
            yield "in inner again"
        finally:
            print("  inner finally")
            await tick("inner finally await")
            print("  inner finally after await")
        yield "in outer"
    finally:
        print("  outer finally")


async def loop_with_finally():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            print("  loop finally", i)
    try:
        return
    finally:
        print("  return's finally")


async def try_else():
    try:
        yield "try"
    except KeyError:
        print("  except")
        yield "except"
    else:
        print("  else")
        yield "else"
    finally:
        print("  finally")
        yield "finally"


def run(aw):
    """Drive one awaitable; print what passes through; return its outcome."""
    try:
        while True:
            print("  (passed through", repr(aw.send(None)) + ")")
    except StopIteration as stop:
        return repr(stop.value)
    except StopAsyncIteration:
        return "<end>"
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print("to the end:")
ag = nested()
for _ in range(5):
    print(run(ag.__anext__()))
for stop_after in range(1, 4):
    print("closed after", stop_after, "values:")
    ag = nested()
    for _ in range(stop_after):
        print(run(ag.__anext__()))
    print("aclose:", run(ag.aclose()))
print("thrown into at each yield:")
for stop_after in range(1, 4):
    ag = nested()
    for _ in range(stop_after):
        print(run(ag.__anext__()))
    print("athrow:", run(ag.athrow(KeyError("thrown"))))

print("loop with finally:")
ag = loop_with_finally()
for _ in range(3):
    print(run(ag.__anext__()))

print("try/except/else/finally:")
ag = try_else()
for _ in range(4):
    print(run(ag.__anext__()))
ag = try_else()
print(run(ag.__anext__()))
print(run(ag.athrow(KeyError)))
print(run(ag.__anext__()))
print(run(ag.__anext__()))
