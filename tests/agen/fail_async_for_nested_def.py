# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A plain def nested in an async def cannot use async for.
async def main(source):
    def drain():
        async for x in source:
            print(x)
    return drain
# CHECK: fail_async_for_nested_def.py:5:9: error: 'async for' outside async function
