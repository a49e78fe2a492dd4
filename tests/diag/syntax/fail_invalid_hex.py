# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_hex.py:3:6: error: invalid hexadecimal literal
x = 0xg
