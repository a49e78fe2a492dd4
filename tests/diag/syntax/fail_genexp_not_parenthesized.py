# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_genexp_not_parenthesized.py:3:3: error: Generator expression must be parenthesized
f(x for x in y, 1)
