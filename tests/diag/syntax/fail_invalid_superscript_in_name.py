# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_superscript_in_name.py:5:6: error: invalid character '²' (U+00B2)
# A superscript digit is no XID_Continue (its NFKC form would be); indented.
def f():
    x² = 3
