x = 1
# coding: latin-1
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_coding_after_code.py:6:8: error: Non-UTF-8 code starting with '\xe9' in file {{.*}}fail_coding_after_code.py on line 6
# A declaration on line 2 counts only after a comment or blank line 1.
print("é")
