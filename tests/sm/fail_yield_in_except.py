# Not lowered yet: a yield inside an except block.
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
def g():
    try:
        yield 1
    except ValueError:
        yield 2
# CHECK: fail_yield_in_except.py:6:5: error: unsupported: 'yield' inside an 'except' block (not yet)
