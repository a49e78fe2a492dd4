# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# async for in a plain def.
def drain(source):
    async for item in source:
        print(item)
# CHECK: fail_async_for_plain_def.py:4:5: error: 'async for' outside async function
