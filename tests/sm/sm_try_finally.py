# A resume point inside try/finally is reached through the try's entry;
# the frame keeps the locals and the pending exception.
# RUN: %pyco2cpp --dump=sm %s | FileCheck %s
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
# CHECK: generator fin line 4: resume resume_fin, frame Frame_fin
# CHECK-NEXT: frame: func_ ret_ why_[[T:[0-9]+]] {{.*}}pend_[[T]]
# CHECK-NEXT: state 1: yield at line 6
# CHECK-NEXT: state 2: yield at line 7
# CHECK-NEXT: try entry [[T]]: states 1 2
