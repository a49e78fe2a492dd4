# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_paren_never_closed_next_line.py:3:10: error: '{{\[}}' was never closed
values = [1,
          2
foo(values)
