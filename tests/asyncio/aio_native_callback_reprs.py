# RUN: %difftest %s
# Reprs that show asyncio's own done callbacks: the main task of
# asyncio.run (and of run_until_complete) carries _run_until_complete_cb,
# a child of gather carries gather's _done_callback, and a task's wakeup is
# Task.task_wakeup. asyncio's source path depends on where CPython is
# installed: it is cut to <lib>/asyncio/..., keeping the line.
import asyncio

ASYNCIO_DIR = "/lib/python3.11/asyncio/"


def norm(text):
    while ASYNCIO_DIR in text:
        i = text.find(ASYNCIO_DIR)
        j = text.rfind(" ", 0, i) + 1
        text = text[:j] + "<lib>/asyncio/" + text[i + len(ASYNCIO_DIR):]
    return text


async def child():
    await asyncio.sleep(0)
    return "child"


async def main():
    print("main task:", norm(repr(asyncio.current_task())))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(child())
    g = asyncio.gather(f, t)
    print("future in a gather:", norm(repr(f)))
    print("task in a gather:", norm(repr(t)))
    f.set_result(1)
    print(await g)
    other = asyncio.new_event_loop()
    try:
        await other.create_future()
    except RuntimeError as e:
        print("foreign future:", norm(str(e)))
    other.close()


asyncio.run(main())

loop = asyncio.new_event_loop()
t = loop.create_task(child())
loop.call_soon(lambda: print("legacy task:", norm(repr(t))))
loop.run_until_complete(t)
loop.close()
