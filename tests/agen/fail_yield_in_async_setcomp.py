# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield inside an async set comprehension in an async def.
async def seen(source):
    return {(yield x) async for x in source}
# CHECK: fail_yield_in_async_setcomp.py:4:14: error: 'yield' inside set comprehension
