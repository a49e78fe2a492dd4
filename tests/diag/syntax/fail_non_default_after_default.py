# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_non_default_after_default.py:3:12: error: non-default argument follows default argument
def f(x=1, y):
    pass
