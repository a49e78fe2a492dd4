# RUN: %difftest %s
# Cycles through asyncio futures and tasks are collected as CPython collects
# them: a pending future whose done callback is a method of what holds it, a
# finished one whose result holds it, a task whose result holds the task, a
# pending task that waits for a future only its own coroutine reaches (its
# coroutine is closed, then "Task was destroyed but it is pending!"), and
# many such cycles made in a loop stay bounded without gc.collect().
import asyncio
import gc


def handler(loop, context):
    task = context.get("task")
    print("HANDLER:", context["message"], task.get_name() if task else None)


class Holder:
    def __init__(self, name, fut):
        self.name = name
        self.fut = fut
        fut.add_done_callback(self.on_done)

    def on_done(self, fut):
        print("callback of", self.name)

    def __del__(self):
        print("del holder", self.name)


class Job:
    def __init__(self, name):
        self.name = name
        self.task = asyncio.ensure_future(self.run())

    async def run(self):
        return self

    def __del__(self):
        print("del job", self.name)


async def stuck(name):
    me = asyncio.current_task()
    fut = asyncio.get_running_loop().create_future()
    try:
        await fut
    finally:
        print("stuck closed", name, me.get_name())


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    Holder("pending", loop.create_future())
    print("collected:", gc.collect() > 0)
    h = Holder("finished", loop.create_future())
    h.fut.set_result(h)
    await asyncio.sleep(0)
    del h
    print("collected:", gc.collect() > 0)
    j = Job("a")
    await j.task
    del j
    await asyncio.sleep(0)
    print("collected:", gc.collect() > 0)
    t = asyncio.create_task(stuck("s"), name="stuck-task")
    await asyncio.sleep(0)
    del t
    print("collecting the stuck task")
    print("collected:", gc.collect() > 0)
    print("again:", gc.collect())
    print("end of main")


asyncio.run(main())
print("after run")


# Many task <-> result cycles, made in a loop: the collector keeps them
# bounded by itself (no gc.collect() here).
live = 0
peak = 0


class Session:
    def __init__(self):
        global live, peak
        live += 1
        peak = max(peak, live)
        self.fut = asyncio.get_running_loop().create_future()
        self.fut.add_done_callback(self.on_done)

    def on_done(self, fut):
        pass

    def __del__(self):
        global live
        live -= 1


async def serve(i):
    s = Session()
    s.task = asyncio.current_task()
    s.fut.set_result(s)
    return s


async def server():
    for i in range(20000):
        await asyncio.create_task(serve(i))
    print("peak bounded:", peak < 10000)


asyncio.run(server())
gc.collect()
print("live after collect:", live)
