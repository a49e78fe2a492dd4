# RUN: %difftest %s
# A sleeping event loop with a fake clock: `await sleep(d)` yields the wake-up
# time to the loop, which keeps tasks in a heap ordered by (time, sequence),
# advances its clock to the earliest one instead of waiting, and sends the
# time back in. Deterministic, so the whole schedule is printed.
import heapq
import types


class Clock:
    def __init__(self):
        self.now = 0.0


clock = Clock()


@types.coroutine
def sleep(delay):
    wake_at = clock.now + delay
    woke = yield wake_at
    return woke - (wake_at - delay)


class SleepingLoop:
    def __init__(self):
        self.heap = []
        self.seq = 0
        self.done = []

    def schedule(self, when, coro, started):
        heapq.heappush(self.heap, (when, self.seq, coro, started))
        self.seq += 1

    def run(self, *coros):
        for c in coros:
            self.schedule(clock.now, c, False)
        while self.heap:
            when, seq, coro, started = heapq.heappop(self.heap)
            clock.now = max(clock.now, when)
            try:
                # The time of waking is sent back in (None to start).
                wake_at = coro.send(clock.now if started else None)
            except StopIteration as stop:
                self.done.append((clock.now, stop.value))
                continue
            self.schedule(wake_at, coro, True)
        return self.done


async def countdown(label, length, delay=0):
    print(f"{clock.now:5.1f} {label} waiting {delay}")
    waited = await sleep(delay)
    print(f"{clock.now:5.1f} {label} starting after {waited}")
    while length:
        print(f"{clock.now:5.1f} {label} T-minus {length}")
        await sleep(1)
        length -= 1
    print(f"{clock.now:5.1f} {label} lift-off")
    return label


loop = SleepingLoop()
print(loop.run(countdown("A", 5), countdown("B", 3, delay=2), countdown("C", 4, delay=1)))
print("final clock", clock.now)


# Sleeps nested in helper coroutines, and equal wake-up times resolved by
# the order they were scheduled in.
async def nap_twice(d):
    a = await sleep(d)
    b = await sleep(d)
    return a + b


async def sleeper(name, d):
    total = await nap_twice(d)
    print(f"{clock.now:5.1f} {name} slept {total}")
    total += await nap_twice(d / 2)
    print(f"{clock.now:5.1f} {name} slept {total}")
    return name, total


clock.now = 100.0
loop = SleepingLoop()
print(loop.run(sleeper("p", 0.5), sleeper("q", 0.5), sleeper("r", 0.25)))


# A zero sleep only lets the others run.
async def polite(name, n):
    for i in range(n):
        print(f"{clock.now:5.1f} {name}{i}")
        await sleep(0)
    return n


clock.now = 0.0
loop = SleepingLoop()
print(loop.run(polite("a", 3), polite("b", 2)))
