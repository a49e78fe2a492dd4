# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield from in an async def.
async def pump(source):
    got = yield from source
    return got
# CHECK: fail_yield_from_async.py:4:11: error: 'yield from' inside async function
