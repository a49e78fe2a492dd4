# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Nor can it be a parameter.
def trace(message, __debug__=True):
    print(message)
# CHECK: fail_debug_parameter.py:3:1: error: cannot assign to __debug__
