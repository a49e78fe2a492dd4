# RUN: env PYTHONPATH=%srcdir/tests/coro/tools/asyncio_legacy %python %s > %t.py.out 2> %t.py.err
# RUN: FileCheck %s --check-prefix=ERR < %t.py.err
# RUN: count 4 < %t.py.err
# RUN: %pyco2cpp build --asyncio-legacy %s -o %t.prog
# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %t.prog > %t.prog.out 2> %t.prog.err
# RUN: diff %t.py.out %t.prog.out
# RUN: FileCheck %s --check-prefix=ERR < %t.prog.err
# RUN: count 4 < %t.prog.err
# Seed 002_75752d8b71f48ace.txt, code block 6 (lines 190-193),
# under "### 7. py3.5 从yield from到await".
# Changed as seed002_legacy_py34_coro_import.py (asyncio imported on the
# comment line, `stuff` and a driver appended), compiled with --asyncio-legacy.
# Legacy run: pyco2cpp build --asyncio-legacy, against CPython 3.11 with
# tests/coro/tools/asyncio_legacy/sitecustomize.py imported first (asyncio as
# 3.8-3.10 had it: there is no such interpreter here). The compiled program
# runs under PYCO2CPP_VIRTUAL_CLOCK=1 (sleeps take no time).
# stdout byte for byte (diff).
# stderr (CHECK lines at the end): the DeprecationWarnings 3.10 showed,
# with their source lines; the exception line if it fails, else its
# line count (nothing else printed).
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

# ERR: {{^}}{{.*}}/seed002_legacy_py34_coro_import_legacy.py:22: DeprecationWarning: "@coroutine" decorator is deprecated since Python 3.8, use "async def" instead{{$}}
# ERR-NEXT: {{^}}  @asyncio.coroutine{{$}}
# ERR: {{^}}{{.*}}/seed002_legacy_py34_coro_import_legacy.py:27: DeprecationWarning: "@coroutine" decorator is deprecated since Python 3.8, use "async def" instead{{$}}
# ERR-NEXT: {{^}}  @asyncio.coroutine{{$}}
