# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A CPython builtin the runtime lacks is rejected where it is named, not
# left to fail with NameError when the program starts.
def names():
    return globals()
# CHECK: fail_builtin_not_provided.py:5:12: error: unsupported: builtin 'globals' is not available in pyco2cpp
# CHECK-NEXT: {{^}}    return globals()
# CHECK-NEXT: {{^}}           ^
