# A yield inside an except block: the handlers run after the try (the
# exception waits in the frame), each with its own try entry.
# RUN: %pyco2cpp --dump=sm %s | FileCheck %s
def g():
    try:
        yield 1
    except ValueError:
        yield 2
# CHECK: generator g line 4:
# CHECK-NEXT: frame: func_ exc_[[T:[0-9]+]] {{.*}}outer_exc_[[T]]
# CHECK-NEXT: state 1: yield at line 6
# CHECK-NEXT: try entry [[T]]: states 1
# CHECK-NEXT: state 2: yield at line 8
# CHECK-NEXT: try entry {{[0-9]+}}: states 2
