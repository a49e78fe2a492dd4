# RUN: env PYTHONPATH=%srcdir/tests/coro/tools/asyncio_legacy %python %s > %t.py.out 2> %t.py.err
# RUN: count 20 < %t.py.out
# RUN: FileCheck %s --match-full-lines --check-prefix=OUT1 < %t.py.out
# RUN: FileCheck %s --match-full-lines --check-prefix=OUT2 < %t.py.out
# RUN: count 0 < %t.py.err
# RUN: %pyco2cpp build --asyncio-legacy %s -o %t.prog
# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %t.prog > %t.prog.out 2> %t.prog.err
# RUN: count 20 < %t.prog.out
# RUN: FileCheck %s --match-full-lines --check-prefix=OUT1 < %t.prog.out
# RUN: FileCheck %s --match-full-lines --check-prefix=OUT2 < %t.prog.out
# RUN: count 0 < %t.prog.err
# Seed 003_90882ea0a30126d8.txt, code block 9 (lines 265-317),
# under "> 异步生成器".
# The block is kept exactly as in the seed, compiled with --asyncio-legacy:
# wait() wraps the two coroutines into tasks. It prints id() of 20 objects
# and sleeps at random: its shape is checked (10 potatoes, 10 tomatoes, any
# interleaving).
# Legacy run: pyco2cpp build --asyncio-legacy, against CPython 3.11 with
# tests/coro/tools/asyncio_legacy/sitecustomize.py imported first (asyncio as
# 3.8-3.10 had it: there is no such interpreter here). The compiled program
# runs under PYCO2CPP_VIRTUAL_CLOCK=1 (sleeps take no time).
# stdout: each line's shape (numbers as {{[0-9]+}}) and count.
# stderr (CHECK lines at the end): the DeprecationWarnings 3.10 showed,
# with their source lines; the exception line if it fails, else its
# line count (nothing else printed).
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
# OUT1-COUNT-10: Got potato {{[0-9]+}}...
# OUT2-COUNT-10: Got tomato {{[0-9]+}}...
