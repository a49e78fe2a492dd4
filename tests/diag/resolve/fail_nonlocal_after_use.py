# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# nonlocal after the name was read.
def outer():
    step = 1
    def inner():
        print(step)
        nonlocal step
    return inner
# CHECK: fail_nonlocal_after_use.py:7:9: error: name 'step' is used prior to nonlocal declaration
