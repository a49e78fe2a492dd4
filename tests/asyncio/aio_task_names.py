# RUN: %difftest %s
# Task names: generated Task-N in creation order (unnamed tasks only, and
# asyncio.create_task(name=) too, since it names the task after making it);
# name= and set_name() turn any object into its str(); get_name() after
# set_name(); names in reprs; get_coro() returns the coroutine object.
import asyncio


class Named:
    def __str__(self):
        return "from __str__"


async def idle():
    await asyncio.sleep(0)


async def main():
    tasks = []
    tasks.append(asyncio.create_task(idle()))
    tasks.append(asyncio.create_task(idle(), name="explicit"))
    tasks.append(asyncio.create_task(idle(), name=None))
    loop = asyncio.get_running_loop()
    tasks.append(loop.create_task(idle(), name=3.5))
    tasks.append(loop.create_task(idle()))
    tasks.append(asyncio.create_task(idle(), name=Named()))
    tasks.append(asyncio.Task(idle()))
    tasks.append(asyncio.Task(idle(), name=("tu", "ple")))
    tasks.append(asyncio.ensure_future(idle()))
    print([t.get_name() for t in tasks])
    print([type(t.get_name()).__name__ for t in tasks])
    tasks[0].set_name(123)
    tasks[1].set_name("renamed")
    tasks[2].set_name(Named())
    print([t.get_name() for t in tasks[:3]])
    print(repr(tasks[1]).split(" coro=")[0])
    c = idle()
    t = asyncio.create_task(c)
    print("get_coro is the coroutine:", t.get_coro() is c)
    tasks.append(t)
    await asyncio.gather(*tasks)
    print("get_coro after done:", t.get_coro() is c)


asyncio.run(main())
