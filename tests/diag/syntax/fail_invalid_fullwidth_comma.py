# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_fullwidth_comma.py:3:8: error: invalid character '，' (U+FF0C)
def f(a，b):
    pass
