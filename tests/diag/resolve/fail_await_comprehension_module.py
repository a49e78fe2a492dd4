# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A comprehension with await at module level.
import asyncio
waits = [await asyncio.sleep(0) for _ in range(2)]
# CHECK: fail_await_comprehension_module.py:4:9: error: asynchronous comprehension outside of an asynchronous function
