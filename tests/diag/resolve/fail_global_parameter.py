# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A parameter cannot be global.
def scale(value, factor):
    global factor
    return value * factor
# CHECK: fail_global_parameter.py:4:5: error: name 'factor' is parameter and global
