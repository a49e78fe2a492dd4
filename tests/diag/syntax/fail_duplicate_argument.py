# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_duplicate_argument.py:3:10: error: duplicate argument 'x' in function definition
def f(x, x):
    pass
