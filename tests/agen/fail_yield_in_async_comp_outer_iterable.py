# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield as the outermost iterable of an async comprehension: that
# iterable is evaluated in the enclosing async def, which becomes an async
# generator, so its `return <value>` is the error CPython reports.
async def pairs(source):
    return [x async for x in (yield source)]
# CHECK: fail_yield_in_async_comp_outer_iterable.py:6:5: error: 'return' with value in async generator
