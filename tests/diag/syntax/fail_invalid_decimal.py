# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_decimal.py:3:5: error: invalid decimal literal
x = 1abc
