# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_assign_in_tuple.py:3:5: error: cannot assign to function call
(a, f()) = 1, 2
