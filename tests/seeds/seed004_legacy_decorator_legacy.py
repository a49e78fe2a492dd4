# RUN: env PYTHONPATH=%srcdir/tests/coro/tools/asyncio_legacy %python %s > %t.py.out 2> %t.py.err
# RUN: FileCheck %s --check-prefix=ERR < %t.py.err
# RUN: count 4 < %t.py.err
# RUN: %pyco2cpp build --asyncio-legacy %s -o %t.prog
# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %t.prog > %t.prog.out 2> %t.prog.err
# RUN: diff %t.py.out %t.prog.out
# RUN: FileCheck %s --check-prefix=ERR < %t.prog.err
# RUN: count 4 < %t.prog.err
# Seed 004_17d448dfeee676df.txt, code block 5 (lines 86-111),
# under "##### 3.3  asyncio装饰器模块实现协程 py3.4之后".
# The block is kept exactly as in the seed, compiled with --asyncio-legacy.
# Legacy run: pyco2cpp build --asyncio-legacy, against CPython 3.11 with
# tests/coro/tools/asyncio_legacy/sitecustomize.py imported first (asyncio as
# 3.8-3.10 had it: there is no such interpreter here). The compiled program
# runs under PYCO2CPP_VIRTUAL_CLOCK=1 (sleeps take no time).
# stdout byte for byte (diff).
# stderr (CHECK lines at the end): the DeprecationWarnings 3.10 showed,
# with their source lines; the exception line if it fails, else its
# line count (nothing else printed).
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

# ERR: {{^}}{{.*}}/seed004_legacy_decorator_legacy.py:24: DeprecationWarning: "@coroutine" decorator is deprecated since Python 3.8, use "async def" instead{{$}}
# ERR-NEXT: {{^}}  @asyncio.coroutine{{$}}
# ERR: {{^}}{{.*}}/seed004_legacy_decorator_legacy.py:31: DeprecationWarning: "@coroutine" decorator is deprecated since Python 3.8, use "async def" instead{{$}}
# ERR-NEXT: {{^}}  @asyncio.coroutine{{$}}
