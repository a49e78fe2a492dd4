# RUN: %difftest %s
# Producers and consumers over bounded channels, on a round-robin loop:
# `await ch.put(x)` and `await ch.get()` are awaitable objects whose
# __await__ generators yield while the channel is full or empty. A closed
# channel ends the consumers with an exception they catch.
import collections
import types


class Closed(Exception):
    pass


class Put:
    def __init__(self, ch, item):
        self.ch, self.item = ch, item

    def __await__(self):
        while len(self.ch.items) >= self.ch.size:
            yield "full"
        self.ch.items.append(self.item)
        return len(self.ch.items)


class Get:
    def __init__(self, ch):
        self.ch = ch

    def __await__(self):
        while not self.ch.items:
            if self.ch.closed:
                raise Closed(self.ch.name)
            yield "empty"
        return self.ch.items.popleft()


class Channel:
    def __init__(self, name, size):
        self.name, self.size = name, size
        self.items = collections.deque()
        self.closed = False

    def put(self, item):
        return Put(self, item)

    def get(self):
        return Get(self)


def run(*coros):
    tasks = collections.deque(coros)
    waits = collections.Counter()
    results = []
    while tasks:
        c = tasks.popleft()
        try:
            why = c.send(None)
        except StopIteration as stop:
            results.append(stop.value)
            continue
        waits[why] += 1
        tasks.append(c)
    return results, sorted(waits.items())


async def producer(ch, items, name):
    for it in items:
        n = await ch.put(it)
        print(f"{name} put {it!r} (now {n})")
    return f"{name} done"


async def closer(ch, after):
    for _ in range(after):
        await types.coroutine(lambda: (yield "idle"))()
    ch.closed = True
    print("closer closed", ch.name)
    return "closer done"


async def consumer(ch, name):
    got = []
    try:
        while True:
            item = await ch.get()
            print(f"{name} got {item!r}")
            got.append(item)
    except Closed as e:
        print(f"{name}: channel {e} closed")
    return got


ch = Channel("c1", 2)
print(run(producer(ch, "abcde", "P"), consumer(ch, "C"), closer(ch, 8)))

ch = Channel("c2", 1)
print(run(producer(ch, [1, 2, 3], "P1"), producer(ch, [10, 20], "P2"),
          consumer(ch, "C1"), consumer(ch, "C2"), closer(ch, 12)))


# A pipeline: numbers -> squares -> sum, through two channels.
async def stage(src, dst, fn):
    try:
        while True:
            await dst.put(fn(await src.get()))
    except Closed:
        dst.closed = True
        return "stage done"


async def feeder(dst, n):
    for i in range(n):
        await dst.put(i)
    dst.closed = True
    return "fed"


async def summer(src):
    total = 0
    try:
        while True:
            total += await src.get()
    except Closed:
        return total


a, b = Channel("a", 1), Channel("b", 3)
print(run(summer(b), stage(a, b, lambda x: x * x), feeder(a, 6)))
