# Locals live in the frame; `yield from` is one resume point that the
# delegate re-enters until it finishes.
# RUN: %pyco2cpp --dump=sm %s | FileCheck %s
def count(n):
    i = 0
    while i < n:
        got = yield i
        i += 1
    return "done"

def outer():
    r = yield from count(2)
    yield r
# CHECK: generator count line 4:
# CHECK-NEXT: frame: func_ v_n v_i v_got{{$}}
# CHECK-NEXT: state 1: yield at line 7
# CHECK-NOT: state 2
# CHECK: generator outer line 11:
# CHECK-NEXT: frame: func_ v_r a_{{[0-9]+}}[1]{{$}}
# CHECK-NEXT: state 1: yield from at line 12
# CHECK-NEXT: state 2: yield at line 13
