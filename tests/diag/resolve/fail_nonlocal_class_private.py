# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A private name is looked up mangled, and CPython's message names it mangled.
def make():
    __mode = 1
    class Settings:
        nonlocal __mode
    return Settings
# CHECK: fail_nonlocal_class_private.py:6:9: error: no binding for nonlocal '_Settings__mode' found
