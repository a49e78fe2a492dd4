# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_forgot_comma.py:3:13: error: invalid syntax. Perhaps you forgot a comma?
items = [1, 2 3]
