# A coroutine is the same machine as a generator: each await is one resume
# point (its delegation loop resumes there), and what lives across it is in
# the frame: the awaited object (t_N) and the for loop's iterator (it_N). A
# coroutine without an await has no resume point at all.
# RUN: %pyco2cpp --dump=sm %s | FileCheck %s
async def leaf(x):
    return x + 1


async def chain(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


async def guarded(lock, f):
    async with lock:
        try:
            return await f()
        finally:
            await f()
# CHECK: coroutine leaf line 6: resume resume_leaf, frame Frame_leaf
# CHECK-NEXT: frame: func_ v_x{{$}}
# CHECK-NOT: state
# CHECK: coroutine chain line 10: resume resume_chain, frame Frame_chain
# CHECK-NEXT: frame: func_ v_n v_total v_i {{.*}}it_{{[0-9]+}}{{.*}} t_{{[0-9]+$}}
# CHECK-NEXT: state 1: await at line 13
# CHECK-NOT: state
# CHECK: coroutine guarded line 17: resume resume_guarded, frame Frame_guarded
# CHECK-NEXT: frame: func_ ret_ v_lock v_f with_[[W:[0-9]+]] {{.*}}pend_[[W]]{{.*}}
# CHECK-NEXT: state 1: async with at line 18
# CHECK-NEXT: state 2: await at line 20
# CHECK-NEXT: try entry {{[0-9]+}}: states 2
# CHECK-NEXT: state 3: await at line 22
# CHECK-NEXT: try entry {{[0-9]+}}: states 3
# CHECK-NEXT: try entry [[WITH:[0-9]+]]: states 2 3
# CHECK-NEXT: state 4: async with at line 18
# CHECK-NEXT: try entry {{[0-9]+}}: states 4
# CHECK-NEXT: state 5: async with at line 18
# CHECK-NOT: state
