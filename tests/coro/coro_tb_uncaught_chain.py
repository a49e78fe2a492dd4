# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# An exception raised at the bottom of an await chain after a suspension,
# never caught: the program ends with status 1 and the traceback lists the
# driver, then every coroutine of the chain down to the raise.
import types


@types.coroutine
def pause():
    yield "paused"


async def bottom(x):
    await pause()
    if x > 2:
        raise ValueError(f"x is too big: {x}")
    return x


async def middle(x):
    y = await bottom(x + 1)
    return y * 2


async def top():
    total = 0
    for i in range(5):
        total += await middle(i)
        print("total", total)
    return total


def drive(coro):
    while True:
        coro.send(None)


print("start")
drive(top())
print("not reached")
