# A resume point inside try/finally is reached through the try's entry. A
# clean-up that cannot suspend runs in a C++ catch block: the frame keeps no
# pending exception for it; one that can suspend keeps the exception (pend_N)
# and the handled exception it replaced (outer_exc_N) in the frame.
# RUN: %pyco2cpp --dump=sm %s | FileCheck %s
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


def fin_yields():
    try:
        yield 1
    finally:
        yield "cleanup"
# CHECK: generator fin line 6: resume resume_fin, frame Frame_fin
# CHECK-NEXT: frame: func_{{$}}
# CHECK-NEXT: state 1: yield at line 8
# CHECK-NEXT: state 2: yield at line 9
# CHECK-NEXT: try entry [[T:[0-9]+]]: states 1 2
# CHECK: generator fin_yields line 14: resume resume_fin_yields, frame Frame_fin_yields
# CHECK-NEXT: frame: func_ pend_[[F:[0-9]+]] outer_exc_[[F]]{{$}}
# CHECK-NEXT: state 1: yield at line 16
# CHECK-NEXT: try entry [[F]]: states 1
# CHECK-NEXT: state 2: yield at line 18
# CHECK-NEXT: try entry {{[0-9]+}}: states 2
