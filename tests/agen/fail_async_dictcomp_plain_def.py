# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# An async dict comprehension needs an async function.
async def source():
    yield 1
def collect():
    return {x: x async for x in source()}
# CHECK: fail_async_dictcomp_plain_def.py:6:12: error: asynchronous comprehension outside of an asynchronous function
