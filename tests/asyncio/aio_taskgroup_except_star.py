# RUN: %difftest %s
# TaskGroup failures handled with except* in coroutines: the group of the
# tasks' errors is split between the clauses; the body of the try awaits
# (a resume point inside the try), the handlers do not; handlers see the
# part as sys.exc_info(); what is left propagates to the caller's except*.
import asyncio
import sys


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def ok(delay, value):
    await asyncio.sleep(delay)
    print("ok", value)
    return value


async def inner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0, "a"))
            tg.create_task(fail(0, ValueError("v1")))
            tg.create_task(fail(0, KeyError("k1")))
            tg.create_task(fail(0, TypeError("t1")))
            tg.create_task(ok(0.01, "never"))
    except* ValueError as e:
        print("inner values:", repr(e), sys.exc_info()[1] is e)
    except* KeyError as e:
        print("inner keys:", repr(e))
        raise RuntimeError("converted")
    print("not reached")


async def main():
    try:
        await inner()
    except* RuntimeError as e:
        print("outer runtime:", repr(e), repr(e.exceptions[0].__context__))
    except* TypeError as e:
        print("outer types:", e.exceptions)
    print("main done")
    try:
        await fail(0, ValueError("naked"))
    except* ValueError as e:
        print("naked in a coroutine:", repr(e))
    results = []
    for i in range(3):
        try:
            async with asyncio.TaskGroup() as tg:
                for j in range(i + 1):
                    tg.create_task(fail(0, OSError(j)))
        except* OSError as e:
            results.append(sorted(x.args[0] for x in e.exceptions))
    print(results)


asyncio.run(main())
