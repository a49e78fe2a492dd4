# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_unterminated_string.py:3:5: error: unterminated string literal (detected at line 3)
x = 'abc
y = 2
