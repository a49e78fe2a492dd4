# RUN: %difftest %s
# A small event loop with futures: a Future's __await__ is a generator that
# yields the future itself until it has a result; the loop parks the task on
# the future and wakes it when the future is resolved. Tasks are futures, so
# a task can await another task (join); exceptions set on a future come out
# of the await.
import collections


class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.error = None
        self.waiters = []

    def set_result(self, value):
        self.done, self.result = True, value
        loop.wake(self)

    def set_error(self, error):
        self.done, self.error = True, error
        loop.wake(self)

    def __await__(self):
        while not self.done:
            yield self
        if self.error is not None:
            raise self.error
        return self.result


class Task(Future):
    def __init__(self, coro, name):
        super().__init__(name)
        self.coro = coro
        loop.ready.append(self)

    def step(self):
        try:
            waiting_on = self.coro.send(None)
        except StopIteration as stop:
            print(f"  [{self.name}] returned {stop.value!r}")
            self.set_result(stop.value)
            return
        except Exception as e:
            print(f"  [{self.name}] raised {type(e).__name__}: {e}")
            self.set_error(e)
            return
        waiting_on.waiters.append(self)


class Loop:
    def __init__(self):
        self.ready = collections.deque()
        self.timers = []

    def wake(self, fut):
        self.ready.extend(fut.waiters)
        fut.waiters = []

    def call_later(self, fn):
        self.timers.append(fn)

    def run(self):
        rounds = 0
        while self.ready or self.timers:
            rounds += 1
            while self.ready:
                self.ready.popleft().step()
            if self.timers:
                self.timers.pop(0)()
        return rounds


loop = Loop()


async def compute(name, x, fut):
    print(f"{name} waits for {fut.name}")
    y = await fut
    print(f"{name} got {y}")
    return x * y


async def failing(fut):
    await fut
    raise ValueError("failing after " + fut.name)


async def joiner(tasks):
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except ValueError as e:
            results.append("error: " + str(e))
    return results


f1, f2 = Future("f1"), Future("f2")
t1 = Task(compute("t1", 2, f1), "t1")
t2 = Task(compute("t2", 3, f2), "t2")
t3 = Task(failing(f1), "t3")
t4 = Task(compute("t4", 5, t1), "t4")  # awaits another task
j = Task(joiner([t1, t2, t3, t4]), "joiner")
loop.call_later(lambda: f2.set_result(10))
loop.call_later(lambda: f1.set_result(7))
print("rounds:", loop.run())
print("joiner:", j.result)

# An error set on a future is raised in every waiter.
loop = Loop()
bad = Future("bad")


async def victim(n):
    try:
        return await bad
    except KeyError as e:
        return f"victim {n} caught {e!r}"


vs = [Task(victim(i), f"v{i}") for i in range(3)]
loop.call_later(lambda: bad.set_error(KeyError("k")))
loop.run()
print([v.result for v in vs])

# Awaiting an already resolved future does not suspend.
loop = Loop()
ready_fut = Future("ready")
ready_fut.done, ready_fut.result = True, "instant"


async def no_wait():
    a = await ready_fut
    b = await ready_fut
    return a + " " + b


t = Task(no_wait(), "nw")
print("rounds:", loop.run(), t.result)
