# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_coding_line3.py:4:8: error: Non-UTF-8 code starting with '\xe9' in file {{.*}}fail_coding_line3.py on line 4, but no encoding declared
# coding: latin-1 (too late: a declaration counts on line 1 or 2 only)
print("é")
