# RUN: %difftest %s
# call_soon/call_later/call_at with something that is not callable: the
# loop (not in debug mode) accepts it, and running the handle fails with a
# TypeError that goes to the exception handler; the loop goes on.
import asyncio


def handler(loop, ctx):
    print("HANDLER:", ctx["message"], "|", repr(ctx["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for bad in (None, 42, "print"):
        for label, schedule in [("call_soon", lambda: loop.call_soon(bad)),
                                ("call_later", lambda: loop.call_later(0, bad, "arg")),
                                ("call_at", lambda: loop.call_at(loop.time(), bad, 1, 2))]:
            try:
                h = schedule()
                print(label, repr(bad), "accepted:", type(h).__name__)
            except TypeError as e:
                print(label, repr(bad), "TypeError:", e)
    loop.call_soon(print, "the loop goes on")
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
