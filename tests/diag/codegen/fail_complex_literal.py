# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
z = 1 + 2j
# CHECK: fail_complex_literal.py:2:9: error: unsupported: complex numbers
