# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_fstring_backslash.py:3:22: error: f-string expression part cannot include a backslash
x = f'{"\n".join(a)}'
