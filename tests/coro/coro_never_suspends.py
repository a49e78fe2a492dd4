# RUN: %difftest %s
# Coroutines that never suspend: one send(None) runs them to the end, and
# awaiting them from another coroutine does not suspend the awaiter either.
# Chains of such coroutines, and a mix of suspending and non-suspending ones.
import types

trace = []


async def leaf(x):
    trace.append(("leaf", x))
    return x * 2


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    trace.append(("middle", a, b))
    return a + b


async def top():
    total = 0
    for i in range(4):
        total += await middle(i)
    return total


def run_once(c):
    try:
        c.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("suspended")


print(run_once(top()))
print(len(trace), trace[:4])

c = top()
print("before", c.cr_suspended, c.cr_running, c.cr_await)
print(run_once(c))
print("after", c.cr_suspended, c.cr_running, c.cr_await, c.cr_frame)


@types.coroutine
def maybe_suspend(flag):
    if flag:
        yield "paused"
    return "resumed" if flag else "straight"


async def mixed(flags):
    out = []
    for f in flags:
        out.append(await maybe_suspend(f))
    return out


for flags in ([], [False], [False, False], [True], [False, True, False, True]):
    c = mixed(flags)
    pauses = 0
    while True:
        try:
            c.send(None)
            pauses += 1
        except StopIteration as stop:
            print(flags, "->", stop.value, "pauses:", pauses)
            break


# An empty types.coroutine generator (never yields) is awaitable and
# returns its value at once.
@types.coroutine
def immediate(v):
    return v
    yield


async def use_immediate():
    out = []
    for i in range(3):
        out.append(await immediate(i))
    return out


print(run_once(use_immediate()))

# A coroutine that never suspends, driven by the three protocol calls.
c = leaf(21)
try:
    c.throw(ValueError("before start"))
except ValueError as e:
    print("throw before start:", e)
print("after throw:", c.cr_frame)
c = leaf(21)
c.close()
print("close before start:", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("send after close:", e)
