# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# await in a list comprehension of a plain def nested in an async def.
async def main(values):
    def collect():
        return [await v for v in values]
    return collect
# CHECK: fail_await_comprehension_nested_def.py:5:16: error: asynchronous comprehension outside of an asynchronous function
