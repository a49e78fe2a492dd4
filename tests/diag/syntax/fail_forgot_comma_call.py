# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_forgot_comma_call.py:3:7: error: invalid syntax. Perhaps you forgot a comma?
print('a' 'b' c)
