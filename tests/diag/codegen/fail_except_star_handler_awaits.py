# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# An except* handler that can suspend (await or yield in it) is not
# translated yet: a located error at the clause, never broken C++.
import asyncio


async def main():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        await asyncio.sleep(0)
# CHECK: fail_except_star_handler_awaits.py:10:5: error: unsupported: an 'except*' handler that can suspend (yield or await)
# CHECK-NEXT: {{^}}    except* ValueError:
# CHECK-NEXT: {{^}}    ^
