# RUN: %difftest %s
# The timers are tens of milliseconds apart so that the order CPython
# prints does not change on a loaded machine.
import asyncio

order = []

async def ticker(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        print(name, d)

async def waiter(t, name):
    try:
        r = await t
        print(name, "got", r)
    except asyncio.CancelledError:
        print(name, "saw cancel")
        raise

def cb(fut):
    print("done callback", fut.result() if not fut.cancelled() else "cancelled")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    loop.call_later(0.04, print, "later 0.04")
    loop.call_later(0, print, "later 0")
    loop.call_soon(print, "soon 2")
    tasks = [asyncio.create_task(ticker(f"t{i}", [0.04, 0, 0.08])) for i in range(4)]
    await asyncio.sleep(0)
    print("main after sleep0")
    f = loop.create_future()
    f.add_done_callback(cb)
    loop.call_later(0.06, f.set_result, "F")
    print(await f)
    await asyncio.gather(*tasks)
    inner = asyncio.create_task(asyncio.sleep(1, "never"))
    outer = asyncio.create_task(waiter(inner, "outer"))
    await asyncio.sleep(0)
    inner.add_done_callback(cb)
    outer.cancel("stop it")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args, inner.cancelled())
    t = asyncio.create_task(asyncio.sleep(0.01, "val"))
    print(await asyncio.gather(t, t, return_exceptions=True))
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))

asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, "legacy")))
loop.close()
print(loop.is_closed())
