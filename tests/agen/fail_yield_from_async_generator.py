# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield from in an async def that is an async generator.
async def relay(source):
    yield "first"
    got = yield from source
# CHECK: fail_yield_from_async_generator.py:5:11: error: 'yield from' inside async function
