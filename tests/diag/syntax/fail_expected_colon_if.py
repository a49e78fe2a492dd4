# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_expected_colon_if.py:3:5: error: expected ':'
if x
    pass
