# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# global after the name was assigned.
counter = 0
def reset():
    counter = 0
    global counter
# CHECK: fail_global_after_assign.py:6:5: error: name 'counter' is assigned to before global declaration
