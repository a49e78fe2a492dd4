# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# An async list comprehension at module level.
async def source():
    yield 1
items = [x async for x in source()]
# CHECK: fail_async_listcomp_module.py:5:9: error: asynchronous comprehension outside of an asynchronous function
