# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_character.py:3:7: error: invalid character '–' (U+2013)
x = 1 – 2
