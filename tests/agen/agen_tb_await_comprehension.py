# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# A traceback through comprehensions made async by an await inside them: a
# dict comprehension (<dictcomp>) whose value awaits a coroutine, nested in
# the element of a set comprehension (<setcomp>) that async-iterates a
# generator; frames <module>, main, <setcomp>, <dictcomp>, the awaited
# coroutine.
import types


@types.coroutine
def tick():
    yield


async def source():
    for i in range(3):
        await tick()
        yield i


async def invert(x):
    await tick()
    return 1 / x


async def main():
    result = {frozenset({k: await invert(k - i) for k in range(2)}) async for i in source()}
    print("not reached", result)


c = main()
while True:
    c.send(None)
