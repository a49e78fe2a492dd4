# RUN: %difftest %s
# A custom exception handler that itself raises: the loop logs that on
# stderr and goes on running, for a failing callback, a never-retrieved
# task exception, and an explicit call_exception_handler.
import asyncio


def bad_handler(loop, ctx):
    print("bad handler called:", ctx["message"])
    raise RuntimeError("the handler broke")


async def fails():
    raise KeyError("never retrieved")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(bad_handler)
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(print, "the loop goes on after the broken handler")
    await asyncio.sleep(0)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del t
    print("after the task was dropped")
    loop.call_exception_handler({"message": "explicit"})
    print("after call_exception_handler")
    return "main finished"


print(asyncio.run(main()))
