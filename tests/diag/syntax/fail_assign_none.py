# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_assign_none.py:3:1: error: cannot assign to None
None = 1
