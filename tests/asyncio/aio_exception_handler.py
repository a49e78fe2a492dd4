# RUN: %difftest %s
# The loop's exception handler: a callback that raises is reported ("Exception
# in callback ..." with the handle) and the loop goes on; a task whose
# exception nobody retrieved is reported when the task goes ("Task exception
# was never retrieved", with the future); call_exception_handler with a
# context of our own; set_exception_handler(None) restores the default
# (which prints on stderr: not compared). The handler prints the message and
# the context's keys on stdout.
import asyncio


def handler(loop, context):
    keys = sorted(context)
    print("HANDLER:", context["message"])
    print("  keys:", keys)
    if "exception" in context:
        print("  exception:", repr(context["exception"]))
    for k in ("handle", "future", "task"):
        if k in context:
            print(f"  {k} type:", type(context[k]).__name__)


def bad_callback(x):
    raise ZeroDivisionError(f"bad {x}")


async def failing():
    raise KeyError("never retrieved")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, 1)
    loop.call_soon(print, "the loop goes on")
    await asyncio.sleep(0)

    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t  # the last reference: reported now
    print("after del")

    loop.call_exception_handler({"message": "custom report", "answer": 42})
    loop.call_exception_handler({"message": "with exception", "exception": OSError(5, "io")})

    f = loop.create_future()
    f.set_exception(ValueError("future never retrieved"))
    del f
    print("after del future")

    loop.set_exception_handler(None)
    print("handler removed")


asyncio.run(main())
print("end")
