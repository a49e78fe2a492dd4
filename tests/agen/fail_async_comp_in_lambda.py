# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A lambda inside an async def is not async: no async comprehension.
async def main(source):
    later = lambda: [x async for x in source]
    return later
# CHECK: fail_async_comp_in_lambda.py:4:21: error: asynchronous comprehension outside of an asynchronous function
