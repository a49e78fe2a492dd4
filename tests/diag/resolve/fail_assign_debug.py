# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# __debug__ is a constant.
verbose = True
__debug__ = verbose
# CHECK: fail_assign_debug.py:4:1: error: cannot assign to __debug__
