# RUN: %difftest %s
# A future's done callbacks: several per future run in registration order,
# each as its own handle on the ready queue (one iteration after set_result,
# never inline); one added after the future is done is scheduled at once;
# remove_done_callback removes every equal registration and counts them; a
# callback that adds another to a done future; the wakeup of a task awaiting
# the future is just one more callback in that order.
import asyncio

log = []


def make_cb(tag):
    def cb(fut):
        log.append(f"{tag}:{fut.result() if not fut.cancelled() else 'cancelled'}")
    return cb


def plain(fut):
    log.append("plain")


async def waiter(fut, tag):
    log.append(f"{tag} waits")
    v = await fut
    log.append(f"{tag} got {v}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(make_cb("a"))
    t1 = asyncio.create_task(waiter(fut, "T1"))
    await asyncio.sleep(0)  # T1 now waits: its wakeup is registered after "a"
    fut.add_done_callback(make_cb("b"))
    fut.add_done_callback(plain)
    fut.add_done_callback(plain)
    fut.add_done_callback(make_cb("c"))
    print("removed", fut.remove_done_callback(plain))
    print("removed again", fut.remove_done_callback(plain))
    fut.set_result(7)
    log.append("set_result returned")
    fut.add_done_callback(make_cb("after-done"))
    log.append("added after done")
    await asyncio.sleep(0)
    log.append("main resumed")
    await t1
    print(log)

    # A callback that adds callbacks to the (done) future it is called with.
    del log[:]
    fut2 = loop.create_future()

    def spawner(f):
        log.append("spawner")
        f.add_done_callback(make_cb("spawned"))
        loop.call_soon(log.append, "soon-from-spawner")

    fut2.add_done_callback(spawner)
    fut2.add_done_callback(make_cb("second"))
    loop.call_soon(fut2.set_result, "x")
    loop.call_soon(log.append, "soon-after-set")
    for i in range(3):
        await asyncio.sleep(0)
        log.append(f"tick{i}")
    print(log)

    # Cancellation runs the callbacks too; set_exception as well.
    del log[:]
    fut3 = loop.create_future()
    fut3.add_done_callback(make_cb("c3"))
    fut3.cancel()
    fut4 = loop.create_future()
    fut4.add_done_callback(lambda f: log.append(f"exc {f.exception()!r}"))
    fut4.set_exception(KeyError("k"))
    await asyncio.sleep(0)
    print(log)

    # Callbacks on tasks: run after the task finished, in order, mixed with
    # the wakeup of another task awaiting it.
    del log[:]

    async def child():
        log.append("child runs")
        await asyncio.sleep(0)
        log.append("child ends")
        return "R"

    t = asyncio.create_task(child())
    t.add_done_callback(make_cb("t-cb1"))
    t2 = asyncio.create_task(waiter(t, "W"))
    t.add_done_callback(make_cb("t-cb2"))
    await asyncio.sleep(0)
    t.add_done_callback(make_cb("t-cb3"))
    await t2
    print(log)


asyncio.run(main())
