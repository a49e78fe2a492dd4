# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_walrus_in_if.py:3:4: error: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
if x = 1:
    pass
