# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# import * inside a function.
def helper():
    from math import *
    return pi
# CHECK: fail_import_star_function.py:4:22: error: import * only allowed at module level
