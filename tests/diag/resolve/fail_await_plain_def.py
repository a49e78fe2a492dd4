# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# await in a plain def.
import asyncio
def tick():
    return await asyncio.sleep(0)
# CHECK: fail_await_plain_def.py:5:12: error: 'await' outside async function
