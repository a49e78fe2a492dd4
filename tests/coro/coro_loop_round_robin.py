# RUN: %difftest %s
# A round-robin scheduler over coroutines: each task gives up control with
# `await switch()` (a types.coroutine generator), the loop resumes tasks in
# turn from a deque, collects their return values, and spawns new tasks a
# running task asks for.
import collections
import types


@types.coroutine
def switch():
    yield ("switch",)


@types.coroutine
def spawn(coro):
    task_id = yield ("spawn", coro)
    return task_id


class Loop:
    def __init__(self):
        self.ready = collections.deque()
        self.results = {}
        self.next_id = 0
        self.steps = 0

    def add(self, coro):
        tid = self.next_id
        self.next_id += 1
        self.ready.append((tid, coro, None))
        return tid

    def run(self):
        while self.ready:
            tid, coro, value = self.ready.popleft()
            self.steps += 1
            try:
                request = coro.send(value)
            except StopIteration as stop:
                self.results[tid] = stop.value
                print(f"  [loop] task {tid} finished with {stop.value!r}")
                continue
            if request[0] == "switch":
                self.ready.append((tid, coro, None))
            elif request[0] == "spawn":
                child = self.add(request[1])
                self.ready.append((tid, coro, child))
            else:
                raise ValueError(request)
        return self.results


async def counter(name, n):
    total = 0
    for i in range(n):
        print(f"{name} step {i}")
        total += i
        await switch()
    return total


async def parent():
    print("parent starts")
    a = await spawn(counter("child-a", 2))
    b = await spawn(counter("child-b", 3))
    print("parent spawned", a, b)
    await switch()
    print("parent ends")
    return (a, b)


loop = Loop()
loop.add(counter("x", 3))
loop.add(parent())
loop.add(counter("y", 1))
results = loop.run()
print(sorted(results.items()))
print("steps:", loop.steps)


# The same scheduler with many small tasks: ordering is strictly round-robin.
async def tick(i, n, log):
    for k in range(n):
        log.append((i, k))
        await switch()
    return i * 10 + n


log = []
loop = Loop()
for i in range(5):
    loop.add(tick(i, i % 3 + 1, log))
print(loop.run())
print(log)


# A task nested several awaits deep still switches at the bottom.
async def deep(level, name):
    if level == 0:
        await switch()
        return name
    r = await deep(level - 1, name)
    await switch()
    return r + str(level)


loop = Loop()
loop.add(deep(3, "p"))
loop.add(deep(1, "q"))
print(loop.run(), loop.steps)
