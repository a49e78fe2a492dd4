# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_attribute_in_if.py:3:4: error: cannot assign to attribute here. Maybe you meant '==' instead of '='?
if x.y = 1:
    pass
