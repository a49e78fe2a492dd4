# RUN: %difftest %s
# RUN: not %python %s 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# Seed 002_75752d8b71f48ace.txt, code block 6 (lines 190-193),
# under "### 7. py3.5 从yield from到await".
# The block is kept exactly as in the seed. asyncio is never imported:
# NameError at the decorator (under 3.8-3.10 as well), status 1.
# Both stderrs must hold the NameError (CPython's traceback printer may add
# a "Did you mean" hint: not checked) and the RuntimeWarnings:
# CHECK: {{^}}NameError: name 'asyncio' is not defined{{$}}
# This also works in Python 3.5.
@asyncio.coroutine
def py34_coro():
    yield from stuff()
