# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_fstring_single_brace.py:3:11: error: f-string: single '{{[}]}}' is not allowed
x = f'a}b'
