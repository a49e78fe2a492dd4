# RUN: %difftest %s
# A pipeline of async generators under asyncio: a source fed by an
# asyncio.Queue from a producer task (None ends it), a mapping stage that
# awaits asyncio.sleep(0) per item, a filtering stage, and a batching stage;
# two pipelines run as concurrent tasks and the interleaving of their
# prints is the loop's order; when the consumer stops early (break after
# two batches) the stages are left suspended and their finally blocks run
# later through the loop's finalizer hook, one stage after another from the
# consumer's end (closing a stage drops the stage it was iterating, whose
# aclose is then scheduled in turn), interleaved with the other tasks.
import asyncio


async def from_queue(tag, q):
    try:
        while True:
            item = await q.get()
            if item is None:
                return
            yield item
    finally:
        print(f"  {tag} source finally")


async def mapped(tag, source):
    try:
        async for x in source:
            await asyncio.sleep(0)
            yield x * x
    finally:
        print(f"  {tag} map finally")


async def filtered(tag, source):
    try:
        async for x in source:
            if x % 2 == 0:
                yield x
    finally:
        print(f"  {tag} filter finally")


async def batched(source, n):
    batch = []
    async for x in source:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


async def producer(tag, q, items):
    for i in items:
        await q.put(i)
        print(f"{tag} put {i}")
        await asyncio.sleep(0)
    await q.put(None)


async def run_pipeline(tag, items, limit):
    q = asyncio.Queue()
    p = asyncio.create_task(producer(tag, q, items))
    count = 0
    async for b in batched(filtered(tag, mapped(tag, from_queue(tag, q))), 2):
        print(f"{tag} batch {b}")
        count += 1
        if count == limit:
            break
    print(f"{tag} consumer done")
    await p
    return tag


async def main():
    print(await asyncio.gather(run_pipeline("P", range(6), 10),
                               run_pipeline("Q", range(10, 20), 2)))
    for _ in range(3):
        await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
