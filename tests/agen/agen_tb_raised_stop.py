# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# Uncaught "RuntimeError: async generator raised StopAsyncIteration": the
# traceback shows the original StopAsyncIteration (raised in a helper the
# generator awaits) first, then "The above exception was the direct cause
# of the following exception:" and the RuntimeError's own frames: <module>
# and main's async for only (the generator's frame is in the cause's
# traceback, not in the RuntimeError's).
import types


@types.coroutine
def tick():
    yield


async def helper():
    await tick()
    raise StopAsyncIteration("leaked")


async def leaky():
    yield 1
    await helper()
    yield 2


async def main():
    async for v in leaky():
        print("got", v)


c = main()
while True:
    c.send(None)
