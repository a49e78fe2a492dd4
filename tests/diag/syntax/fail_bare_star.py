# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_bare_star.py:3:7: error: named arguments must follow bare *
def f(*):
    pass
