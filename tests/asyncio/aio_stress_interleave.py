# RUN: %difftest %s
# Forty tasks driven by a fixed pseudo-random script (an LCG, no random
# module): each step is sleep(0), awaiting a future another task resolves,
# awaiting an earlier task, creating a sub-task, or call_soon'ing a note.
# The whole trace of events is printed, so any difference in the order of
# steps, wakeups or callbacks shows.
import asyncio

trace = []
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 16) % n


def resolve(fut, value):
    # a resolution scheduled by call_soon may find the future already done
    if fut.done():
        trace.append(f"late{value}")
    else:
        fut.set_result(value)


async def sub(owner, k):
    trace.append(f"s{owner}.{k}")
    await asyncio.sleep(0)
    trace.append(f"S{owner}.{k}")
    return k


async def actor(i, futs, tasks):
    loop = asyncio.get_running_loop()
    total = 0
    for step in range(6):
        op = rnd(5)
        if op == 0:
            await asyncio.sleep(0)
            trace.append(f"{i}z")
        elif op == 1:
            j = rnd(len(futs))
            if not futs[j].done():
                if rnd(2):
                    loop.call_soon(resolve, futs[j], i)
                else:
                    futs[j].set_result(i)
            total += await futs[j]
            trace.append(f"{i}f{j}")
        elif op == 2 and i > 0:
            j = rnd(i)
            r = await tasks[j]
            total += r
            trace.append(f"{i}t{j}")
        elif op == 3:
            total += await asyncio.create_task(sub(i, step))
            trace.append(f"{i}s")
        else:
            loop.call_soon(trace.append, f"{i}n{step}")
            trace.append(f"{i}c")
    return total


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(15)]
    tasks = []
    for i in range(40):
        tasks.append(asyncio.create_task(actor(i, futs, tasks)))
        if i % 7 == 0:
            await asyncio.sleep(0)
    results = await asyncio.gather(*tasks)
    print(results)
    for k in range(0, len(trace), 20):
        print(" ".join(trace[k:k + 20]))
    print(len(trace), sum(results))
    print([f.result() if f.done() else None for f in futs])


asyncio.run(main())
