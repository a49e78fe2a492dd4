# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A def inside a loop starts over: continue in it has no loop.
for i in range(3):
    def skip():
        continue
# CHECK: fail_continue_outside_loop.py:5:9: error: 'continue' not properly in loop
