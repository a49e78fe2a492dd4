# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# nonlocal after the name was assigned.
def outer():
    step = 1
    def inner():
        step = 2
        nonlocal step
    return inner
# CHECK: fail_nonlocal_after_assign.py:7:9: error: name 'step' is assigned to before nonlocal declaration
