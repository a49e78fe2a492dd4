# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# Seed 004_17d448dfeee676df.txt, code block 6 (lines 121-143),
# under "##### 1.4 async、await关键字".
# The block is kept exactly as in the seed (asyncio.wait on tasks: valid in
# 3.11).
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (asyncio.sleep
# takes no time; CPython sleeps for real): what it prints does not
# depend on time.
import asyncio


async def func_1():
    print(1)
    await asyncio.sleep(2)
    print(2)


async def func_2():
    print(3)
    await asyncio.sleep(2)
    print(4)


task = [
    asyncio.ensure_future(func_1()),
    asyncio.ensure_future(func_2())
]

loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(task))

