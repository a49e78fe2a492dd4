# coding: ascii
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_ascii_byte.py:4:11: error: encoding problem: ascii
print("ok é")
