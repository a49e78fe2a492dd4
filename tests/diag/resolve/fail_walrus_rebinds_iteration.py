# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A walrus cannot rebind a comprehension's loop variable.
def last(values):
    return [v for v in values if (v := v * 2)]
# CHECK: fail_walrus_rebinds_iteration.py:4:35: error: assignment expression cannot rebind comprehension iteration variable 'v'
