# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Declared both nonlocal and global in a class body: located at the first declaration.
def make():
    mode = 1
    class Settings:
        nonlocal mode
        global mode
    return Settings
# CHECK: fail_nonlocal_class_and_global.py:6:9: error: name 'mode' is nonlocal and global
