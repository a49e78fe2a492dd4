# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A class body inside an async def is not async.
async def main(source):
    class Holder:
        items = [x async for x in source]
    return Holder
# CHECK: fail_async_comp_in_class_body.py:5:17: error: asynchronous comprehension outside of an asynchronous function
