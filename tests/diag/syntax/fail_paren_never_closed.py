# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_paren_never_closed.py:4:6: error: '(' was never closed
x = 1
print((1, 2)
