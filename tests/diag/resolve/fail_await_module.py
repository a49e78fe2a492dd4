# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# await at module level.
import asyncio
result = 1 + await asyncio.sleep(0)
# CHECK: fail_await_module.py:4:14: error: 'await' outside function
