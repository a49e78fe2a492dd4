# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_assign_to_call.py:3:1: error: cannot assign to function call here. Maybe you meant '==' instead of '='?
f() = 1
