# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Two compiler errors in one async generator: the one earlier in the
# source is reported (here the return, before the yield from).
async def stream(source):
    yield 1
    return 2
    yield from source
# CHECK: fail_agen_first_compiler_error.py:6:5: error: 'return' with value in async generator
