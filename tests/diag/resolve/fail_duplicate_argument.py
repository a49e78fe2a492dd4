# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# The same parameter twice; the error points at the second.
def move(x, y, *, x=0):
    return x + y
# CHECK: fail_duplicate_argument.py:3:19: error: duplicate argument 'x' in function definition
