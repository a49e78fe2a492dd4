# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield in the value of an async dict comprehension in an async def.
async def table(source):
    return {x: (yield x) async for x in source}
# CHECK: fail_yield_in_async_dictcomp.py:4:17: error: 'yield' inside dict comprehension
