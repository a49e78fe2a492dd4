# RUN: %difftest %s
# Several asyncio.run calls in one program: each makes a new loop (closed
# afterwards), the Task-N numbering continues across them (asyncio.run's
# clean-up steps run as tasks too, and take numbers), tasks named by
# loop.create_task(name=) take no number while asyncio.create_task(name=)
# does; results come back from each run; a task left pending is cancelled
# at the end of its run.
import asyncio

loops = []


async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def lingering():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("lingering task cancelled by asyncio.run's clean-up")
        raise


async def main(k):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    me = asyncio.current_task().get_name()
    names = [me]
    names.append(await asyncio.create_task(child()))
    names.append(await asyncio.create_task(child(), name="named-by-asyncio"))
    names.append(await loop.create_task(child(), name="named-by-loop"))
    names.append(await asyncio.ensure_future(child()))
    names.append(await loop.create_task(child()))
    if k == 1:
        asyncio.create_task(lingering())
        await asyncio.sleep(0)
    return k, names


for k in range(4):
    print(asyncio.run(main(k)))

print("distinct loops:", len(set(map(id, loops))) == len(loops))
print("all closed:", [l.is_closed() for l in loops])
print("no running loop after:", end=" ")
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)


async def plain():
    return "plain"


print(asyncio.run(plain()))
print(asyncio.run(plain()))


async def name_of_main():
    return asyncio.current_task().get_name()


print(asyncio.run(name_of_main()))
