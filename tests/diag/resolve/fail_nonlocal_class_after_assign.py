# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# In a class body too, nonlocal must come before the name is bound.
def make():
    mode = 1
    class Settings:
        mode = 2
        nonlocal mode
    return Settings
# CHECK: fail_nonlocal_class_after_assign.py:7:9: error: name 'mode' is assigned to before nonlocal declaration
