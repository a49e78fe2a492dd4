# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# async for at module level.
async def source():
    yield 1
async for item in source():
    print(item)
# CHECK: fail_async_for_module.py:5:1: error: 'async for' outside async function
