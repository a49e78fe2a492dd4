# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A walrus in a comprehension's iterable.
def pairs(values):
    return [v for v in (copy := values)]
# CHECK: fail_walrus_in_iterable.py:4:25: error: assignment expression cannot be used in a comprehension iterable expression
