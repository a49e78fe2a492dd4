# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A name cannot be both nonlocal and global; the error points at the first declaration.
def outer():
    step = 1
    def inner():
        global step
        nonlocal step
    return inner
# CHECK: fail_nonlocal_and_global.py:6:9: error: name 'step' is nonlocal and global
