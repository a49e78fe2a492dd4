# RUN: %difftest %s
# An async generator driven by hand, without asyncio: __aiter__ returns the
# generator itself, each __anext__() is an awaitable whose send(None) raises
# StopIteration carrying the yielded value (in .value and .args), and the end
# of the generator is StopAsyncIteration raised by the awaitable. Values of
# every kind (None, tuples, a StopIteration object) come through unchanged.


async def numbers():
    print("  body starts")
    yield 1
    print("  after 1")
    yield None
    yield (2, 3)
    yield StopIteration(4)
    yield [5]
    print("  body ends")


def next_value(ag):
    aw = ag.__anext__()
    try:
        aw.send(None)
    except StopIteration as stop:
        return ("value", stop.value, stop.args)
    except StopAsyncIteration as end:
        return ("end", type(end).__name__, end.args)
    return ("suspended",)


ag = numbers()
print("aiter is self:", ag.__aiter__() is ag)
print("created, nothing ran yet")
for _ in range(7):
    out = next_value(ag)
    if out[0] == "value" and isinstance(out[1], StopIteration):
        print(out[0], "StopIteration object", out[1].value, len(out[2]))
    else:
        print(*out)

print("an async generator that yields nothing:")


async def empty():
    print("  empty body ran")
    return
    yield


e = empty()
print(*next_value(e))
print(*next_value(e))

print("the __anext__ awaitable is iterated with next() too:")
ag = numbers()
aw = ag.__anext__()
try:
    next(aw)
except StopIteration as stop:
    print("next() ->", stop.value)
aw = ag.__anext__()
try:
    for x in aw:
        print("never", x)
except Exception as e:
    print("unexpected", e)
else:
    print("for over the awaitable ended without yielding")
