# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_line_continuation.py:3:8: error: unexpected character after line continuation character
x = 1 \ 2
