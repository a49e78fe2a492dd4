# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield inside an async generator expression in an async def.
async def lazy(source):
    return ((yield x) async for x in source)
# CHECK: fail_yield_in_async_genexp.py:4:14: error: 'yield' inside generator expression
