# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_fstring_conversion.py:3:13: error: f-string: invalid conversion character: expected 's', 'r', or 'a'
x = f'{x!z}'
