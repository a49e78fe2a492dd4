# RUN: %difftest %s
# A small program in the usual shape, without asyncio.Queue: a hand-made
# channel of futures between three producers and two consumers, a pipeline
# stage, a shutdown by cancellation, and a summary. The interleaving of
# puts and gets is the behaviour under test.
import asyncio
from collections import deque


class Channel:
    def __init__(self):
        self.items = deque()
        self.getters = deque()

    def put(self, item):
        while self.getters:
            g = self.getters.popleft()
            if not g.done():
                g.set_result(item)
                return
        self.items.append(item)

    async def get(self):
        if self.items:
            return self.items.popleft()
        fut = asyncio.get_running_loop().create_future()
        self.getters.append(fut)
        return await fut


log = []


async def producer(name, ch, n, pause):
    for i in range(n):
        item = f"{name}{i}"
        log.append(f"put {item}")
        ch.put(item)
        for _ in range(pause):
            await asyncio.sleep(0)
    log.append(f"{name} finished")


async def stage(src, dst):
    while True:
        item = await src.get()
        dst.put(item.upper())


async def consumer(name, ch, got):
    try:
        while True:
            item = await ch.get()
            log.append(f"{name} got {item}")
            got.append(item)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{name} shut down after {len(got)} items")
        raise


async def main():
    raw, cooked = Channel(), Channel()
    got_a, got_b = [], []
    consumers = [asyncio.create_task(consumer("A", cooked, got_a)),
                 asyncio.create_task(consumer("B", cooked, got_b))]
    st = asyncio.create_task(stage(raw, cooked))
    await asyncio.gather(producer("p", raw, 5, 1), producer("q", raw, 4, 2), producer("r", raw, 3, 0))
    for _ in range(6):
        await asyncio.sleep(0)
    st.cancel()
    for c in consumers:
        c.cancel()
    await asyncio.gather(st, *consumers, return_exceptions=True)
    for line in log:
        print(line)
    print("A:", got_a)
    print("B:", got_b)
    print("total", len(got_a) + len(got_b), "left", len(raw.items), len(cooked.items))


asyncio.run(main())
