# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_fstring_empty.py:3:10: error: f-string: empty expression not allowed
x = f'{}'
