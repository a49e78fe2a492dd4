# RUN: %difftest %s
# RUN: not %python %s 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: traceback-frames
# Seed 004_17d448dfeee676df.txt, code block 5 (lines 86-111),
# under "##### 3.3  asyncio装饰器模块实现协程 py3.4之后".
# The block is kept exactly as in the seed. CPython 3.11 has no
# asyncio.coroutine: AttributeError at the first decorator, status 1.
# CHECK: {{^}}AttributeError: module 'asyncio' has no attribute 'coroutine'
import asyncio
# py3.8之后装饰器方式已经弃用

# asyncio装饰器_实现协程
@asyncio.coroutine
def func_1():
    print(4)
    yield from asyncio.sleep(2)
    print(2)


@asyncio.coroutine
def func_2():
    print(3)
    yield from asyncio.sleep(2)
    print(4)


task = [
    asyncio.ensure_future(func_1()),
    asyncio.ensure_future(func_2())
]

loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(task))

