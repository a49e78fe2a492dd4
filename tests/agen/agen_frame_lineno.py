# RUN: %difftest %s
# ag_frame.f_lineno at every suspension of an async generator: the def line
# before the first step, the line of each yield (for a multi-line yield
# expression, the line CPython reports), of each await while suspended at
# it, inside a finally during aclose(), and None (no frame) once finished.
import types


@types.coroutine
def tick():
    yield


async def gen():
    yield "first"
    await tick()
    x = (
        yield
        "multi-line"
    )
    for i in range(2):
        yield i
    try:
        yield "in try"
    finally:
        await tick()
        print("finally done")


ag = gen()
print("unstarted:", ag.ag_frame.f_lineno)
while True:
    aw = ag.__anext__()
    try:
        while True:
            aw.send(None)
            print("at await:", ag.ag_frame.f_lineno, "ag_await:", type(ag.ag_await).__name__)
    except StopIteration as s:
        last = s.value
        print("yielded", repr(last), "at line", ag.ag_frame.f_lineno)
    except StopAsyncIteration:
        print("finished, frame:", ag.ag_frame)
        break
    if last == "in try":
        c = ag.aclose()
        c.send(None)
        print("aclose suspended in finally at line", ag.ag_frame.f_lineno)
        try:
            c.send(None)
        except StopIteration:
            print("closed, frame:", ag.ag_frame)
        break
