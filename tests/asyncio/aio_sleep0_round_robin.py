# RUN: %difftest %s
# Twenty tasks interleave through sleep(0) (a bare yield: one loop iteration
# each): every round runs the tasks in creation order, the main task's own
# steps fall between them where its wakeups were scheduled, and gather's
# results follow the argument order.
import asyncio

trace = []


async def worker(i, rounds):
    for r in range(rounds):
        trace.append(f"w{i}.{r}")
        await asyncio.sleep(0)
    trace.append(f"w{i}.end")
    return i * i


async def main():
    tasks = [asyncio.create_task(worker(i, 3)) for i in range(20)]
    trace.append("main.created")
    await asyncio.sleep(0)
    trace.append("main.after1")
    await asyncio.sleep(0)
    trace.append("main.after2")
    results = await asyncio.gather(*tasks)
    trace.append("main.gathered")
    print(results)
    # one line per loop iteration's worth of trace, split at the main task's marks
    line = []
    for item in trace:
        line.append(item)
        if item.startswith("main."):
            print(" ".join(line))
            line = []
    print(" ".join(line))
    print(len(trace))


asyncio.run(main())

# A second round: tasks with different numbers of rounds finish in an order
# that depends only on their round counts and creation order.
finished = []


async def uneven(i):
    for _ in range(i % 4):
        await asyncio.sleep(0)
    finished.append(i)
    return i


async def main2():
    tasks = [asyncio.create_task(uneven(i)) for i in range(12)]
    print(await asyncio.gather(*tasks))
    print(finished)


asyncio.run(main2())
