# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# asyncio.run's main raising while an async generator it iterated is still
# suspended (kept alive by the exception's traceback, which holds main's
# frame): the generator is still closed by shutdown_asyncgens before the
# exception leaves asyncio.run (its finally, which awaits, prints first),
# then the program dies with the exception (exit status 1, last stderr line
# "KeyError: 'main failed'").
import asyncio


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally start")
        await asyncio.sleep(0)
        print("gen finally end")


async def main():
    ag = gen()
    print("got", await ag.__anext__())
    print("main raising")
    raise KeyError("main failed")


try:
    asyncio.run(main())
finally:
    print("asyncio.run left")
