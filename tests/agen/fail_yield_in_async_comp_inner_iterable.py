# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield in a later for clause's iterable of an async comprehension
# (evaluated inside the comprehension).
async def pairs(source):
    return [(x, y) async for x in source for y in (yield x)]
# CHECK: fail_yield_in_async_comp_inner_iterable.py:5:52: error: 'yield' inside list comprehension
