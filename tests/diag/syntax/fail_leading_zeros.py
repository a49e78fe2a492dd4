# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_leading_zeros.py:3:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
x = 012
