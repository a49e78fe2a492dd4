# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_missing_else.py:3:5: error: expected 'else' after 'if' expression
x = 1 if y
