# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield at module level.
values = [1, 2]
item = (yield values)
# CHECK: fail_yield_module.py:4:9: error: 'yield' outside function
