# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# async with in a plain def.
def use(lock):
    async with lock:
        pass
# CHECK: fail_async_with_plain_def.py:4:5: error: 'async with' outside async function
