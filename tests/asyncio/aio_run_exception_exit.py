# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# An exception that leaves asyncio.run ends the program with status 1 and
# its traceback on stderr, after everything printed before it; the tasks
# still pending are cancelled by asyncio.run's clean-up first (their
# finally blocks run; in the order of a set of tasks, so they record and the
# module's finally prints the record sorted).
import asyncio

cleaned = []


async def background(tag):
    try:
        print(tag, "starts")
        await asyncio.sleep(1)
    finally:
        cleaned.append(f"{tag} cleaned up")


async def fails():
    await asyncio.sleep(0)
    print("fails raises")
    raise ValueError("the main coroutine failed")


async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    await asyncio.sleep(0)
    print("main awaits the failing task")
    await asyncio.create_task(fails())
    print("never printed")


try:
    asyncio.run(main())
finally:
    print(sorted(cleaned))
print("never printed either")
