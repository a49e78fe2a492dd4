# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# break outside any loop.
ready = True
if ready:
    break
# CHECK: fail_break_outside_loop.py:5:5: error: 'break' outside loop
