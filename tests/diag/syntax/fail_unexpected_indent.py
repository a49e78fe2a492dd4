# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_unexpected_indent.py:4:4: error: IndentationError: unexpected indent
x = 1
    y = 2
