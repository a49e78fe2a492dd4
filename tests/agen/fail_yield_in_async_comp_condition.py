# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield in the condition of an async list comprehension.
async def picky(source):
    return [x async for x in source if (yield x)]
# CHECK: fail_yield_in_async_comp_condition.py:4:41: error: 'yield' inside list comprehension
