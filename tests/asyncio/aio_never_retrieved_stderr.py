# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# "Task exception was never retrieved" from the default exception handler,
# on stderr: a task fails, nobody awaits it or asks for its exception, and
# it is reported when dropped; the program itself goes on and exits 0. The
# last line of stderr is the exception's own line. Tasks whose exception was
# retrieved (by exception(), result(), await or gather) are not reported.
import asyncio


async def fails(msg):
    raise ValueError(msg)


async def main():
    retrieved = [asyncio.create_task(fails(f"retrieved {i}")) for i in range(4)]
    await asyncio.sleep(0)
    print(repr(retrieved[0].exception()))
    try:
        retrieved[1].result()
    except ValueError as e:
        print("result():", e)
    try:
        await retrieved[2]
    except ValueError as e:
        print("await:", e)
    print(await asyncio.gather(retrieved[3], return_exceptions=True))
    del retrieved
    print("nothing reported so far")
    t = asyncio.create_task(fails("nobody looked at me"))
    await asyncio.sleep(0)
    print("dropping the failed task")
    del t
    print("after the drop")


asyncio.run(main())
print("exit normally")
