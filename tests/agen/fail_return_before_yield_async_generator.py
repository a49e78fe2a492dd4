# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A return with a value before the yield that makes it an async
# generator: the return is still the error.
async def stream(flag):
    if flag:
        return "early"
    yield 1
# CHECK: fail_return_before_yield_async_generator.py:6:9: error: 'return' with value in async generator
