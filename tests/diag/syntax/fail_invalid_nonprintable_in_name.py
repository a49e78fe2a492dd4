# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_nonprintable_in_name.py:4:3: error: invalid non-printable character U+200B
# A zero-width space inside a name: non-printable, so named by its code point.
ab​c = 1
