# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A parameter cannot be nonlocal.
def outer():
    step = 1
    def inner(step):
        nonlocal step
    return inner
# CHECK: fail_nonlocal_parameter.py:6:9: error: name 'step' is parameter and nonlocal
