# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# asyncio.to_thread exists in CPython 3.11 and not in the runtime: rejected
# where it is read, not an AttributeError when the coroutine runs.
import asyncio


async def main():
    await asyncio.sleep(0)
    await asyncio.to_thread(print, 1)
# CHECK: fail_asyncio_attribute_missing.py:9:11: error: unsupported: 'to_thread' of module 'asyncio' is not available in pyco2cpp
# CHECK-NEXT: {{^}}    await asyncio.to_thread(print, 1)
# CHECK-NEXT: {{^}}          ^

asyncio.run(main())
