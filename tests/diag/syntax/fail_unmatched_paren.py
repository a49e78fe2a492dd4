# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_unmatched_paren.py:3:6: error: unmatched ')'
x = 1)
