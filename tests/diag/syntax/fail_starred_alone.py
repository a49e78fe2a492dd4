# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_starred_alone.py:3:1: error: starred assignment target must be in a list or tuple
*a = [1]
