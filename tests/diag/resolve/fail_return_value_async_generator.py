# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# An async generator cannot return a value.
async def stream():
    yield 1
    return 2
# CHECK: fail_return_value_async_generator.py:5:5: error: 'return' with value in async generator
