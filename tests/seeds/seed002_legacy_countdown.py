# RUN: %difftest %s
# RUN: not %python %s 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: traceback-frames
# Seed 002_75752d8b71f48ace.txt, code block 5 (lines 151-166),
# under "### 6.async和await 是如何运作的".
# The block is kept exactly as in the seed. CPython 3.11 has no
# asyncio.coroutine: AttributeError at the decorator, status 1.
# CHECK: {{^}}AttributeError: module 'asyncio' has no attribute 'coroutine'
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
