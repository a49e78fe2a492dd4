# RUN: %difftest %s
# XFAIL: *
# Reason: the traceback of an exception leaving asyncio.run lacks asyncio's own frames (runners.py run x2, base_events.py run_until_complete); the program's frames are CPython's.
# DIFFTEST: traceback-frames stderr-last-line
# The traceback of an exception leaving asyncio.run through two tasks and a
# directly awaited coroutine: the module line, asyncio's runner and loop
# frames, then the coroutines' frames (the task's coroutine is re-raised
# from its result, so each task's frames follow those of its awaiter).
import asyncio


async def deepest(n):
    await asyncio.sleep(0)
    if n == 0:
        raise KeyError("deep")
    return await deepest(n - 1)


async def middle():
    return await asyncio.create_task(deepest(2))


async def main():
    print("main starts")
    await middle()


asyncio.run(main())
