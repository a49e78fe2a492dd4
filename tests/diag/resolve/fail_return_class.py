# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A class body is not a function either.
class Config:
    debug = True
    return debug
# CHECK: fail_return_class.py:5:5: error: 'return' outside function
