# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# Awaiting a coroutine that already finished, uncaught: "RuntimeError: cannot
# reuse already awaited coroutine" at the second await.


async def fetch():
    return 42


async def twice():
    c = fetch()
    a = await c
    print("first await:", a)
    b = await c
    return a + b


try:
    twice().send(None)
except StopIteration as stop:
    print("not reached", stop.value)
