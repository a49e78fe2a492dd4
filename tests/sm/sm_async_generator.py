# An async generator is the third machine kind: its yields and its awaits are
# resume points of one machine, told apart in the listing (a yield ends the
# asend awaitable that drives it; an await passes through to the event loop).
# An async comprehension is a coroutine machine of its own, awaited where it
# stands; its `async for` is a resume point of that machine, not of the caller.
# RUN: %pyco2cpp --dump=sm %s | FileCheck %s
import asyncio


async def ticks(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def consume():
    async for v in ticks(3):
        print(v)
    return [v async for v in ticks(2)]
# CHECK: async generator ticks line 10: resume resume_ticks, frame Frame_ticks
# CHECK-NEXT: frame: func_ v_n v_i {{.*}}it_{{[0-9]+}}
# CHECK-NEXT: state 1: yield at line 12
# CHECK-NEXT: state 2: await at line 13
# CHECK-NOT: state
# CHECK: coroutine consume.<locals>.<listcomp> line 19: resume resume_consume_listcomp, frame Frame_consume_listcomp
# CHECK-NEXT: frame: func_ v__x2e0 v_v
# CHECK-NEXT: state 1: async for at line 19
# CHECK-NOT: state
# CHECK: coroutine consume line 16: resume resume_consume, frame Frame_consume
# CHECK-NEXT: frame:
# CHECK-NEXT: state 1: async for at line 17
# CHECK-NEXT: state 2: await at line 19
# CHECK-NOT: state
