# RUN: %difftest %s
# A loop that cancels: after a number of steps it throws Cancelled into a
# task (suspended deep in an await chain); tasks clean up in finally blocks
# and with-statements, may catch the cancellation and return a value, or
# ignore it and be closed. At the end the loop closes what is left.
import types


class Cancelled(Exception):
    pass


@types.coroutine
def step(tag):
    yield tag


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"    open {self.name}")
        return self

    def __exit__(self, t, v, tb):
        print(f"    close {self.name} ({t.__name__ if t else 'ok'})")
        return False


async def worker(name, n):
    with Resource(name):
        try:
            for i in range(n):
                await step((name, i))
            return f"{name} finished"
        finally:
            print(f"    {name} finally")


async def stubborn(name):
    count = 0
    while True:
        try:
            await worker(name + "-inner", 10)
        except Cancelled:
            count += 1
            print(f"    {name} swallowed cancellation {count}")
            if count == 2:
                return f"{name} gave up after {count}"


async def polite(name):
    try:
        await worker(name + "-inner", 10)
    except Cancelled as c:
        return f"{name} cancelled: {c}"


async def deaf(name):
    try:
        while True:
            try:
                await step(name)
            except Cancelled as c:
                print(f"    {name} ignores {c}")
    finally:
        print(f"    {name} finally (closed)")


def run(tasks, budget):
    """tasks: name -> coroutine. Each task gets `budget` steps, then is
    cancelled; the value it then yields or returns is reported."""
    results = {}
    for name, coro in tasks.items():
        print(f"running {name}")
        try:
            for _ in range(budget):
                coro.send(None)
            print(f"  cancelling {name}")
            out = coro.throw(Cancelled(name))
            print(f"  {name} went on and yielded {out}")
            coro.throw(Cancelled(name + " again"))
            print(f"  {name} still running: closing it")
            coro.close()
            results[name] = "closed"
        except StopIteration as stop:
            results[name] = stop.value
        except Cancelled as c:
            results[name] = f"died of {c}"
    return results


tasks = {
    "quick": worker("quick", 2),
    "slow": worker("slow", 5),
    "polite": polite("polite"),
    "stubborn": stubborn("stubborn"),
    "deaf": deaf("deaf"),
}
for k, v in run(tasks, 3).items():
    print(k, "->", v)


# A task that never gets to run its first step, cancelled before start:
# nothing in it runs, not even its finally.
c = worker("unstarted", 3)
try:
    c.throw(Cancelled("early"))
except Cancelled as e:
    print("unstarted: died of", e)
