# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Even `return None` is a return with a value in an async generator.
async def stream():
    yield 1
    return None
# CHECK: fail_return_none_async_generator.py:5:5: error: 'return' with value in async generator
