# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_fstring_comma.py:3:2: error: f-string: invalid syntax. Perhaps you forgot a comma?
x = f'{a b}'
