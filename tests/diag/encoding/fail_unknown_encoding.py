# coding: xyz
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_unknown_encoding.py:1:11: error: encoding problem: xyz
# CHECK-NEXT: {{^}}# coding: xyz
# CHECK-NEXT: {{^}}          ^{{$}}
print("hi")
