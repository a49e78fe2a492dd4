# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A class at module level has no enclosing function binding.
class Settings:
    nonlocal mode
# CHECK: fail_nonlocal_class_top.py:4:5: error: no binding for nonlocal 'mode' found
