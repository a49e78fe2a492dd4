# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# The traceback of an exception raised inside an async generator that an
# async list comprehension is consuming: frames <module>, main, <listcomp>
# (the comprehension is its own frame), then the generator's frame at the
# failing line; partial output printed first. The comprehension spans three
# lines: both main's and <listcomp>'s frames report the line of its opening
# bracket, not the line of its `async for`.
import types


@types.coroutine
def tick():
    yield


async def source(n):
    for i in range(n):
        await tick()
        print("yielding", i)
        yield 10 // (n - 1 - i)


async def main():
    values = [
        v + 1
        async for v in source(3)
    ]
    print("not reached", values)


c = main()
while True:
    c.send(None)
