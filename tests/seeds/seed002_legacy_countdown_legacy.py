# RUN: env PYTHONPATH=%srcdir/tests/coro/tools/asyncio_legacy %python %s > %t.py.out 2> %t.py.err
# RUN: FileCheck %s --check-prefix=ERR < %t.py.err
# RUN: count 2 < %t.py.err
# RUN: %pyco2cpp build --asyncio-legacy %s -o %t.prog
# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %t.prog > %t.prog.out 2> %t.prog.err
# RUN: diff %t.py.out %t.prog.out
# RUN: FileCheck %s --check-prefix=ERR < %t.prog.err
# RUN: count 2 < %t.prog.err
# Seed 002_75752d8b71f48ace.txt, code block 5 (lines 151-166),
# under "### 6.async和await 是如何运作的".
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

# Borrowed from http://curio.readthedocs.org/en/latest/tutorial.html.
@asyncio.coroutine
def countdown(number, n):
    while n > 0:
        print('T-minus', n, '({})'.format(number))
        yield from asyncio.sleep(1)
        n -= 1

loop = asyncio.get_event_loop()
tasks = [
    asyncio.ensure_future(countdown("A", 2)),
    asyncio.ensure_future(countdown("B", 3))]
loop.run_until_complete(asyncio.wait(tasks))
loop.close()
# ERR: {{^}}{{.*}}/seed002_legacy_countdown_legacy.py:23: DeprecationWarning: "@coroutine" decorator is deprecated since Python 3.8, use "async def" instead{{$}}
# ERR-NEXT: {{^}}  @asyncio.coroutine{{$}}
