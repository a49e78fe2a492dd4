# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# return at module level.
total = 1
return total
# CHECK: fail_return_module.py:4:1: error: 'return' outside function
