# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_c1_control.py:5:6: error: invalid non-printable character U+0085
# A C1 control character is a name candidate, like every non-ASCII character,
# and no identifier character: non-printable, at its column.
a = 1
