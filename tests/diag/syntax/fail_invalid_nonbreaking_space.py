# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_nonbreaking_space.py:4:4: error: invalid non-printable character U+00A0
# A no-break space between tokens starts a name candidate, as in CPython.
a = 1
