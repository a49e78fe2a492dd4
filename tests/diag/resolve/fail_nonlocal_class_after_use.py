# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# In a class body too, nonlocal must come before the name is read.
def make():
    mode = 1
    class Settings:
        print(mode)
        nonlocal mode
    return Settings
# CHECK: fail_nonlocal_class_after_use.py:7:9: error: name 'mode' is used prior to nonlocal declaration
