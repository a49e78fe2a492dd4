# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# return (yield): a return with a value in an async generator.
async def echo():
    yield "ready"
    return (yield)
# CHECK: fail_return_value_yield_in_return.py:5:5: error: 'return' with value in async generator
