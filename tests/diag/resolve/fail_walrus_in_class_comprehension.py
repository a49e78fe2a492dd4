# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A walrus inside a comprehension in a class body.
class Table:
    rows = [(last := r) for r in range(3)]
# CHECK: fail_walrus_in_class_comprehension.py:4:14: error: assignment expression within a comprehension cannot be used in a class body
