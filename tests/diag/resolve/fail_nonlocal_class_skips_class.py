# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# An enclosing class's names are no binding for nonlocal: only functions count.
def make():
    class Outer:
        level = 1
        class Inner:
            nonlocal level
    return Outer
# CHECK: fail_nonlocal_class_skips_class.py:7:13: error: no binding for nonlocal 'level' found
