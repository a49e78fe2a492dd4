# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# yield inside a list comprehension.
def gen(rows):
    return [(yield r) for r in rows]
# CHECK: fail_yield_in_list_comprehension.py:4:14: error: 'yield' inside list comprehension
