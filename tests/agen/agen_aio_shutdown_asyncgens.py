# RUN: %difftest %s
# asyncio.run returning while an async generator is still suspended (kept
# alive by a global, so no finalizer runs): after main ends, asyncio.run
# first cancels the pending tasks (their finally blocks run), then
# loop.shutdown_asyncgens() closes every generator the loop's firstiter hook
# saw, with aclose() run as concurrent tasks (so a finally that awaits
# still completes), then returns main's result. A generator never iterated
# under the loop is not registered and is left alone. While the loop runs,
# sys.get_asyncgen_hooks() holds the loop's two hook methods (by name
# _asyncgen_firstiter_hook/_asyncgen_finalizer_hook); asyncio.run restores
# the previous (None, None) hooks afterwards.
import asyncio
import sys

kept = []


async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally start")
        await asyncio.sleep(0)
        print(name, "finally end")


async def pending():
    try:
        await asyncio.sleep(10)
    finally:
        print("pending task finally (cancelled)")


async def main():
    g = gen("G")
    kept.append(g)
    print("first value", await g.__anext__())
    kept.append(gen("never iterated"))
    asyncio.create_task(pending())
    await asyncio.sleep(0)
    print("hooks installed:", sys_hooks_are_loop_methods())
    print("main end")
    return "result"


def sys_hooks_are_loop_methods():
    hooks = sys.get_asyncgen_hooks()
    return (hooks.firstiter is not None, hooks.finalizer is not None,
            getattr(hooks.firstiter, "__name__", None), getattr(hooks.finalizer, "__name__", None))


print(asyncio.run(main()))
print("after run: G closed:", kept[0].ag_frame is None,
      "never-iterated one untouched:", kept[1].ag_frame is not None)
print("hooks after run:", sys.get_asyncgen_hooks())
