# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A loop's else clause is not inside the loop.
n = 0
while n < 3:
    n += 1
else:
    break
# CHECK: fail_break_loop_else.py:7:5: error: 'break' outside loop
