# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# global after the name was read.
counter = 0
def bump():
    print(counter)
    global counter
    counter += 1
# CHECK: fail_global_after_use.py:6:5: error: name 'counter' is used prior to global declaration
