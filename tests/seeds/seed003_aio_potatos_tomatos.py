# RUN: %difftest %s
# RUN: not %python %s 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# Seed 003_90882ea0a30126d8.txt, code block 9 (lines 265-317),
# under "> 异步生成器".
# The block is kept exactly as in the seed. CPython 3.11 forbids coroutines
# in asyncio.wait: TypeError, status 1; both coroutines are never awaited
# (CPython reports them in an order that follows their addresses:
# CHECK-DAG). The exception is raised inside asyncio's loop: its frames
# are not compared (pyco2cpp's runtime does not show asyncio's own).
# CHECK: {{^}}TypeError: Passing coroutines is forbidden, use tasks explicitly.{{$}}
# CHECK-DAG: {{^}}sys:1: RuntimeWarning: coroutine 'buy_potatos' was never awaited{{$}}
# CHECK-DAG: {{^}}sys:1: RuntimeWarning: coroutine 'buy_tomatos' was never awaited{{$}}
import time
import asyncio
import random
class Potato:
    @classmethod
    def make(cls, num, *args, **kws):
        potatos = []
        for i in range(num):
            potatos.append(cls.__new__(cls, *args, **kws))
        return potatos


all_potatos = Potato.make(2)


async def take_potatos(num):
    count = 0
    while True:
        if len(all_potatos) == 0:
            await ask_for_potato()
        potato = all_potatos.pop()
        yield potato
        count += 1
        if count == num:
            break


async def ask_for_potato():
    await asyncio.sleep(random.random())
    all_potatos.extend(Potato.make(random.randint(1, 3)))


async def buy_potatos():
    global bucket
    async for p in take_potatos(10):
        bucket.append(p)
        print(f'Got potato {id(p)}...')


async def buy_tomatos():
    global bucket
    async for p in take_potatos(10):
        bucket.append(p)
        print(f'Got tomato {id(p)}...')


def main():
    loop = asyncio.get_event_loop()
    res = loop.run_until_complete(asyncio.wait([buy_potatos(), buy_tomatos()]))
    loop.close()

bucket = []
main()
