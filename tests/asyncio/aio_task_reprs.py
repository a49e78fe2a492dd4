# RUN: %difftest %s
# Task reprs in every state: pending before its first step (the coroutine
# "running at" its def line), running (seen from inside itself, at the line
# of the repr call), waiting on a sleep's future (wait_for=...), waiting on
# another task, cancelling, finished with a result (reprlib-shortened),
# finished with an exception, cancelled, and done (the coroutine "done,
# defined at" its def line); names given and generated; callbacks on the
# task. The paths are this file's absolute path, the same for both runs.
import asyncio

reprs = []


async def quick(x):
    return x


async def sleeper():
    await asyncio.sleep(0.5)


async def awaiting(t):
    return await t


async def raiser():
    raise ValueError("bad value")


async def selfrepr():
    reprs.append(("self", repr(asyncio.current_task())))
    await asyncio.sleep(0)
    reprs.append(("self again", repr(asyncio.current_task())))


def show(label, obj):
    print(label + ":", repr(obj))


def on_done(fut):
    pass


async def main():
    # (the main task's own repr shows asyncio.run's done callback:
    # aio_native_callback_reprs.py)
    t = asyncio.create_task(quick(1))
    show("unstarted", t)
    await t
    show("finished int", t)
    path = repr(t).split(" defined at ")[1].rsplit(":", 1)[0]
    print("absolute path of this file:", path.startswith("/"), path.endswith("/tests/asyncio/aio_task_reprs.py"))

    t = asyncio.create_task(quick("a fairly long string result that reprlib will shorten"))
    await t
    show("finished long str", t)
    # (a long list result: aio_future_repr_reprlib.py)
    t = asyncio.create_task(quick(10 ** 50))
    await t
    show("finished big int", t)
    t = asyncio.create_task(quick(None))
    await t
    show("finished None", t)

    s = asyncio.create_task(sleeper(), name="the sleeper")
    await asyncio.sleep(0)
    show("sleeping", s)
    w = asyncio.create_task(awaiting(s), name=42)
    await asyncio.sleep(0)
    show("waiting on a task", w)
    show("sleeper, now with a waiter", s)
    s.cancel()
    show("sleeper cancelling", s)
    show("waiter while the sleeper is cancelling", w)
    await asyncio.gather(w, return_exceptions=True)
    show("cancelled", s)
    show("cancelled waiter", w)

    r = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    show("finished with exception", r)
    r.exception()

    c = asyncio.create_task(selfrepr())
    await c
    for label, text in reprs:
        print(label + ":", text)

    t = asyncio.create_task(quick(2))
    t.add_done_callback(on_done)
    show("with a callback", t)
    t.add_done_callback(print)
    t.add_done_callback(on_done)
    show("with three callbacks", t)
    t.cancel()
    show("cancelled before start, cancelling", t)
    await asyncio.sleep(0)
    show("cancelled before start, done", t)


asyncio.run(main())
