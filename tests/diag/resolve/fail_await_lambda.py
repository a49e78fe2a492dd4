# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A lambda inside an async def is not async.
async def main():
    later = lambda: await main()
    return later
# CHECK: fail_await_lambda.py:4:21: error: 'await' outside async function
