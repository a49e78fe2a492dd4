# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_positional_after_keyword.py:3:9: error: positional argument follows keyword argument
f(x=1, y)
