# coding: cp1252
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_cp1252_undefined.py:4:8: error: encoding problem: cp1252
print("")
