# RUN: %difftest %s
# Generators as tasks' coroutines: asyncio.iscoroutine accepts a generator,
# so create_task runs one; each bare yield is one loop iteration; its
# return value is the task's result; reprs show the generator by name and
# line (running at its yield, done: defined at its def line).
import asyncio


def plain_gen(log):
    log.append("gen step 1")
    yield
    log.append("gen step 2")
    yield
    log.append("gen returns")
    return "plain generator result"


async def ticker(log):
    for i in range(4):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    log = []
    g = plain_gen(log)
    print(asyncio.iscoroutine(g), asyncio.iscoroutinefunction(plain_gen))
    t = asyncio.create_task(g)
    tk = asyncio.create_task(ticker(log))
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    print(await t)
    print(repr(t))
    await tk
    print(log)


asyncio.run(main())
