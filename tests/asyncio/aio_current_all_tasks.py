# RUN: %difftest %s
# current_task() and all_tasks() at different points: the running task in
# its own steps, None in plain callbacks and done callbacks, all_tasks() as
# sorted names (a set: its order is not deterministic) before tasks start,
# while they wait, after they finish; done tasks leave all_tasks(); the
# loop argument forms; a task created from a callback.
import asyncio

log = []


def names(tasks):
    return sorted(t.get_name() for t in tasks)


def plain_cb():
    log.append(f"callback: current_task={asyncio.current_task()}")
    log.append(f"callback: all_tasks={names(asyncio.all_tasks())}")


async def child(tag, steps):
    me = asyncio.current_task()
    log.append(f"{tag}: current is me {me.get_name() == tag}")
    for _ in range(steps):
        await asyncio.sleep(0)
        log.append(f"{tag}: still me {asyncio.current_task() is me}")
    return tag


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print("main is", me.get_name(), me is asyncio.current_task(loop))
    print("all at start", names(asyncio.all_tasks()), names(asyncio.all_tasks(loop)))
    ts = [asyncio.create_task(child(f"c{i}", i), name=f"c{i}") for i in range(3)]
    print("after create", names(asyncio.all_tasks()))
    loop.call_soon(plain_cb)
    ts[2].add_done_callback(lambda t: log.append(f"done cb: current={asyncio.current_task()}"))
    await asyncio.sleep(0)
    print("after one step", names(asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print("after gather", names(asyncio.all_tasks()))
    await asyncio.sleep(0)
    for line in log:
        print(line)
    del log[:]

    # a task created from a plain callback
    made = []
    loop.call_soon(lambda: made.append(loop.create_task(child("from-cb", 1), name="from-cb")))
    await asyncio.sleep(0)
    print("made from callback", names(asyncio.all_tasks()))
    await made[0]
    print(log)
    print("at end", names(asyncio.all_tasks()), asyncio.current_task() is me)


asyncio.run(main())

# Outside any loop, with a loop that is not running
loop = asyncio.new_event_loop()
print("not running loop: all_tasks", asyncio.all_tasks(loop), "current", asyncio.current_task(loop))
t = loop.create_task(child("pending", 0), name="pending")
print("pending on a stopped loop", names(asyncio.all_tasks(loop)))
loop.run_until_complete(t)
print("after", names(asyncio.all_tasks(loop)), log)
loop.close()
