# RUN: %difftest %s
# sys.exit inside a task: SystemExit is not kept in the task like other
# exceptions but goes straight out of the loop (and asyncio.run, after its
# clean-up cancels what is left), so the program exits with that status.
# Before that: a caught exception from a task, and two asyncio.run calls.
# The task that called sys.exit keeps SystemExit as its exception, never
# retrieved: reported on stderr when it goes, ending with "SystemExit: 3".
# DIFFTEST: stderr-last-line
import asyncio
import sys

cleaned = []


async def worker(tag):
    try:
        await asyncio.sleep(0.5)
    finally:
        cleaned.append(f"{tag} cleaned up")


async def quitter():
    await asyncio.sleep(0)
    print("quitter calls sys.exit(3)")
    sys.exit(3)


async def failing():
    raise OSError("no")


async def first():
    try:
        await asyncio.create_task(failing())
    except OSError as e:
        print("first caught", e)
    return "first ok"


async def main():
    asyncio.create_task(worker("w1"))
    q = asyncio.create_task(quitter())
    try:
        await asyncio.sleep(0.2)
    finally:
        cleaned.append(f"main finally; quitter done: {q.done()}")


print(asyncio.run(first()))
try:
    asyncio.run(main())
finally:
    print("after asyncio.run, in the module's finally")
    # the clean-up order of the tasks left follows a set of tasks: sorted here
    print(sorted(cleaned))
print("never printed")
