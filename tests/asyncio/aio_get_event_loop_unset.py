# RUN: %difftest %s
# get_event_loop() of the main thread makes a loop only while no loop was
# ever set: after asyncio.run, and after set_event_loop(None), it raises
# RuntimeError; set_event_loop rejects what is not a loop.
import asyncio


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (RuntimeError, TypeError) as e:
        print(label, "raised", type(e).__name__ + ":", e)


async def main():
    return 1


print(asyncio.run(main()))
attempt("get_event_loop after asyncio.run", asyncio.get_event_loop)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("set:", asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
attempt("get_event_loop after set_event_loop(None)", asyncio.get_event_loop)
attempt("set_event_loop(42)", lambda: asyncio.set_event_loop(42))
attempt("set_event_loop('loop')", lambda: asyncio.set_event_loop("loop"))
loop.close()
