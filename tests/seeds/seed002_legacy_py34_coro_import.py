# RUN: %difftest %s
# RUN: not %python %s 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: traceback-frames
# Seed 002_75752d8b71f48ace.txt, code block 6 (lines 190-193),
# under "### 7. py3.5 从yield from到await".
# Changed: the comment line also imports asyncio (line numbers unchanged);
# `stuff` (a 3.4-style coroutine) and a driver are appended. CPython 3.11:
# AttributeError at the first decorator, status 1.
# CHECK: {{^}}AttributeError: module 'asyncio' has no attribute 'coroutine'
import asyncio  # This also works in Python 3.5.
@asyncio.coroutine
def py34_coro():
    yield from stuff()

# added: `stuff` as a 3.4-style coroutine too, and a driver
@asyncio.coroutine
def stuff():
    yield from asyncio.sleep(0)
    print('stuff ran')


async def main():
    await py34_coro()
    print('py34_coro done')


asyncio.run(main())

