# RUN: %difftest %s
# The path in a task's repr (and a coroutine's code) is the program's own
# file, the same string as the module's __file__.
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    print("pending:", __file__ in repr(t))
    await t
    print("done:", f"defined at {__file__}:9>" in repr(t))


asyncio.run(main())
