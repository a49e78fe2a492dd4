# RUN: %difftest %s
# Coroutines driven by hand: send(None) until StopIteration, whose .value is
# the return value; sending a value into a just-started coroutine; the value
# a suspension yields out and the value sent back in.
import types


@types.coroutine
def suspend(tag):
    got = yield tag
    return got


async def add_two():
    a = await suspend("need a")
    b = await suspend("need b")
    return a + b


def drive(coro, answers):
    """Send None, then each answer; print what comes out; return the result."""
    out = coro.send(None)
    print("  yielded", repr(out))
    for answer in answers:
        try:
            out = coro.send(answer)
        except StopIteration as stop:
            print("  returned", repr(stop.value), "args", stop.args)
            return stop.value
        print("  yielded", repr(out))
    print("  still suspended")
    return None


print("add_two:")
print(drive(add_two(), [3, 4]))
print(drive(add_two(), ["x", "y"]))
print(drive(add_two(), [[1], [2, 3]]))

print("partial:")
c = add_two()
drive(c, [1])
c.close()


async def returns(value):
    return value


print("return values:")
for v in [None, 0, 1.5, "s", (1, 2), [3], {"k": 4}, returns]:
    c = returns(v)
    try:
        c.send(None)
    except StopIteration as stop:
        print(" ", type(stop.value).__name__, stop.value is v, stop.args == ((v,) if v is not None else ()))


async def nothing():
    pass


try:
    nothing().send(None)
except StopIteration as stop:
    print("nothing returns", stop.value, stop.args)

print("non-None into a just-started coroutine:")
c = add_two()
try:
    c.send(5)
except TypeError as e:
    print("  TypeError:", e)
# The failed send did not start it.
print("  suspended?", c.cr_suspended, "frame?", c.cr_frame is not None)
print("  first", c.send(None))
c.close()

print("a tuple returned is not unpacked into args:")


async def pair():
    return (1, 2)


try:
    pair().send(None)
except StopIteration as stop:
    print(" ", stop.value, stop.args)

print("StopIteration object returned is wrapped:")


async def stop_value():
    return StopIteration(7)


try:
    stop_value().send(None)
except StopIteration as stop:
    print(" ", type(stop.value).__name__, stop.value.value)
