# RUN: %difftest %s
# The loop's RuntimeErrors, with CPython's messages: using a closed loop;
# run_until_complete / run_forever while the loop runs; closing a running
# loop; run_until_complete whose future is not done when the loop stops;
# get_running_loop outside a loop; asyncio.run inside a running loop;
# asyncio.run of something that is not a coroutine.
import asyncio


def show(what, fn, *args):
    try:
        r = fn(*args)
        print(what, "->", r)
    except (RuntimeError, ValueError, TypeError) as e:
        print(what, "raised", type(e).__name__ + ":", e)


async def nothing():
    return "nothing"


def main():
    show("get_running_loop outside", asyncio.get_running_loop)
    show("current_task outside", asyncio.current_task)
    show("all_tasks outside", asyncio.all_tasks)
    show("create_task outside", lambda: asyncio.create_task(None))
    show("asyncio.run(42)", asyncio.run, 42)

    loop = asyncio.new_event_loop()

    async def inside():
        show("run_until_complete while running", lambda: loop.run_until_complete(loop.create_future()))
        show("run_forever while running", loop.run_forever)
        show("close while running", loop.close)
        coro = nothing()
        show("asyncio.run while running", asyncio.run, coro)
        coro.close()
        return "inside done"

    print(loop.run_until_complete(inside()))

    # the loop stops before the future is done
    fut = loop.create_future()
    loop.call_soon(loop.stop)
    show("stopped early", loop.run_until_complete, fut)
    print("fut still pending:", not fut.done())
    fut.cancel()

    loop.close()
    coro = nothing()
    show("closed run_until_complete", loop.run_until_complete, coro)
    coro.close()
    show("closed run_forever", loop.run_forever)
    show("closed call_soon", loop.call_soon, print)
    show("closed call_later", loop.call_later, 1, print)
    show("closed is_closed", loop.is_closed)
    coro = nothing()
    show("closed create_task", loop.create_task, coro)
    coro.close()


main()
