# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# The main task cancelled from outside (by another task): asyncio.run raises
# CancelledError, the program ends with status 1 and the last line of stderr
# names asyncio.exceptions.CancelledError; finally blocks run on the way.
import asyncio


async def killer(target):
    await asyncio.sleep(0)
    print("killer cancels main:", target.cancel())


async def main():
    me = asyncio.current_task()
    asyncio.create_task(killer(me))
    try:
        print("main sleeps")
        await asyncio.sleep(1)
    finally:
        print("main finally, cancelling =", me.cancelling())


asyncio.run(main())
print("never printed")
