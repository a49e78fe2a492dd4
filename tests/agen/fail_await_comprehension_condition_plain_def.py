# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# await in the condition of a comprehension in a plain def.
def keep(values, check):
    return [v for v in values if await check(v)]
# CHECK: fail_await_comprehension_condition_plain_def.py:4:12: error: asynchronous comprehension outside of an asynchronous function
