# RUN: not %python %s > %t.py.out 2> %t.py.err
# RUN: count 50 < %t.py.out
# RUN: FileCheck %s --match-full-lines --check-prefix=OUT1 < %t.py.out
# RUN: FileCheck %s --check-prefix=ERR < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not env PYCO2CPP_VIRTUAL_CLOCK=1 %t.prog > %t.prog.out 2> %t.prog.err
# RUN: count 50 < %t.prog.out
# RUN: FileCheck %s --match-full-lines --check-prefix=OUT1 < %t.prog.out
# RUN: FileCheck %s --check-prefix=ERR < %t.prog.err
# Seed 003_90882ea0a30126d8.txt, code block 8 (lines 214-260),
# under "> 异步生成器".
# The block is kept exactly as in the seed. It prints id() of 50 objects
# (unseeded random sleeps between refills), then main() names the undefined
# buy_tomatos: NameError, status 1, before asyncio.wait is reached (so
# --asyncio-legacy would change nothing), and a buy_potatos() coroutine is
# never awaited.
# Its output varies (id(), random sleeps): each line's shape (numbers
# as {{[0-9]+}}) with CPython's count of lines of that shape, the line
# count and the status; the traceback's frames, the exception line and
# the RuntimeWarnings on stderr (CHECK lines at the end). CPython runs for
# real, the compiled program under PYCO2CPP_VIRTUAL_CLOCK=1.
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


all_potatos = Potato.make(5)


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
    all_potatos.extend(Potato.make(random.randint(1, 10)))


async def buy_potatos():
    bucket = []
    async for p in take_potatos(50):
        bucket.append(p)
        print(f'Got potato {id(p)}...')


def main():
    loop = asyncio.get_event_loop()
    res = loop.run_until_complete(buy_potatos())
    res = loop.run_until_complete(asyncio.wait([buy_potatos(), buy_tomatos()]))
    loop.close()
    

main()
# OUT1-COUNT-50: Got potato {{[0-9]+}}...
# ERR: {{^}}  File "{{.*}}seed003_aio_potatos_50.py", line 68, in <module>{{$}}
# ERR: {{^}}  File "{{.*}}seed003_aio_potatos_50.py", line 64, in main{{$}}
# ERR: {{^}}NameError: name 'buy_tomatos' is not defined
