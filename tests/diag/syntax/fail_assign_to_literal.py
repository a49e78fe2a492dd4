# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_assign_to_literal.py:3:1: error: cannot assign to literal here. Maybe you meant '==' instead of '='?
1 = x
